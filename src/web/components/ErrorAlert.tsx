import { Alert, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { isApiError } from "../api/client.js";

interface ErrorAlertProps {
  error: unknown;
  title?: string;
}

/** Shows what went wrong in words: the server's translated message, or our own when the server was not reached. */
export function ErrorAlert({ error, title }: ErrorAlertProps) {
  const { t } = useTranslation();
  if (!error) return null;
  let message = t("common.unknownError");
  if (isApiError(error)) {
    if (error.code === "network") message = t("common.networkError");
    else if (error.message) message = error.message;
    else if (error.status >= 500) message = t("errors.internal");
  }
  return (
    <Alert color="red" variant="light" title={title} role="alert">
      <Text size="sm">{message}</Text>
      {isApiError(error) && error.requestId ? (
        <Text size="xs" mt={4}>
          {t("common.reference", { id: error.requestId })}
        </Text>
      ) : null}
    </Alert>
  );
}
