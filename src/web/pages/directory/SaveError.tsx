import { Alert, Button, List, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../api/client.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { useRefreshDirectory } from "./directory-api.js";

/**
 * What went wrong with a save, in words. Someone else's change in between gets its own explanation and a
 * way to load it; every field problem is listed here too, so none hides below the fold on a phone.
 */
export function SaveError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const refresh = useRefreshDirectory();
  if (!error) return null;
  if (isApiError(error) && error.code === "conflict") {
    return (
      <Alert color="orange" variant="light" role="alert" title={t("directoryPage.conflict.title")}>
        <Text size="sm">{t("directoryPage.conflict.text")}</Text>
        <Button size="xs" variant="default" mt="xs" onClick={() => void refresh()}>
          {t("directoryPage.conflict.load")}
        </Button>
      </Alert>
    );
  }
  const messages = isApiError(error) ? [...new Set(error.fields.map((field) => field.message))] : [];
  if (!isApiError(error) || messages.length === 0) return <ErrorAlert error={error} />;
  return (
    <Alert color="red" variant="light" role="alert" title={error.message}>
      <List size="sm" aria-label={t("directoryPage.form.problems")}>
        {messages.map((message) => (
          <List.Item key={message}>{message}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
