import { Alert, Button, List, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../api/client.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { useRefreshCases } from "./case-api.js";

interface FormErrorProps {
  error: unknown;
  /**
   * False where the request has no fields a person filled in (a workflow step): the problems alone say it,
   * without "some fields need attention" above them.
   */
  titled?: boolean;
}

/**
 * What went wrong with a save, in words: a stale version gets its own plain explanation, and every field
 * problem is listed in the alert too, so nothing hides in a collapsed section or another tab.
 */
export function FormError({ error, titled = true }: FormErrorProps) {
  const { t } = useTranslation();
  const refresh = useRefreshCases();
  if (!error) return null;
  // A conflict without fields is a stale version; one with fields says what clashed (an intake sent twice).
  if (isApiError(error) && error.code === "conflict" && error.fields.length === 0) {
    return (
      <Alert color="orange" variant="light" role="alert" title={t("casePage.conflictTitle")}>
        <Text size="sm">{t("casePage.conflictText")}</Text>
        <Button size="xs" variant="default" mt="xs" onClick={() => void refresh()}>
          {t("casePage.loadLatest")}
        </Button>
      </Alert>
    );
  }
  const messages = isApiError(error) ? [...new Set(error.fields.map((field) => field.message))] : [];
  if (!isApiError(error) || messages.length === 0) return <ErrorAlert error={error} />;
  return (
    <Alert color="red" variant="light" role="alert" title={titled ? error.message : undefined}>
      <List size="sm" aria-label={t("casePage.problems")}>
        {messages.map((message) => (
          <List.Item key={message}>{message}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
