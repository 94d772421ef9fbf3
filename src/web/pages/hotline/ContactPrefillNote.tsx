import { Alert, Anchor, Loader, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { ErrorAlert } from "../../components/ErrorAlert.js";

interface ContactPrefillNoteProps {
  contactId: string;
  loading: boolean;
  error: unknown;
}

/** On an intake opened from a hotline contact: where the details came from, and that the two will be linked. */
export function ContactPrefillNote({ contactId, loading, error }: ContactPrefillNoteProps) {
  const { t } = useTranslation();
  return (
    <>
      <Alert color="blue" variant="light" title={t("hotlineWeb.prefill.title")}>
        <Text size="sm">{t("hotlineWeb.prefill.text")}</Text>
        <Anchor component={Link} to={`/hotline/contacts/${encodeURIComponent(contactId)}`} size="sm">
          {t("hotlineWeb.prefill.back")}
        </Anchor>
        {loading ? <Loader size="sm" mt="xs" aria-label={t("app.loading")} /> : null}
      </Alert>
      <ErrorAlert error={error} />
    </>
  );
}
