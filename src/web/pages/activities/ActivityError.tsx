import { Alert, Button, List, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../api/client.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { useRefreshActivities } from "./activity-api.js";

/**
 * What went wrong with a save or a step, in words. A change made meanwhile gets its own explanation and a way
 * to load it; a locked month or a field problem is listed here too, so none hides below the fold on a phone.
 */
export function ActivityError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const refresh = useRefreshActivities();
  if (!error) return null;
  const messages = isApiError(error) ? [...new Set(error.fields.map((field) => field.message))] : [];
  if (isApiError(error) && error.code === "conflict" && messages.length === 0) {
    return (
      <Alert color="orange" variant="light" role="alert" title={t("activitiesWeb.conflict.title")}>
        <Text size="sm">{t("activitiesWeb.conflict.text")}</Text>
        <Button size="xs" variant="default" mt="xs" onClick={() => void refresh()}>
          {t("activitiesWeb.conflict.load")}
        </Button>
      </Alert>
    );
  }
  if (!isApiError(error) || messages.length === 0) return <ErrorAlert error={error} />;
  return (
    <Alert color="red" variant="light" role="alert" title={error.message || undefined}>
      <List size="sm" aria-label={t("activitiesWeb.form.problems")}>
        {messages.map((message) => (
          <List.Item key={message}>{message}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
