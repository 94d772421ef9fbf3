import { Alert, Anchor, Loader, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { ErrorAlert } from "../../components/ErrorAlert.js";

interface ScreeningPrefillNoteProps {
  screeningId: string;
  loading: boolean;
  error: unknown;
}

/** On an intake opened from a screening: says where the details came from and that the case will be linked. */
export function ScreeningPrefillNote({ screeningId, loading, error }: ScreeningPrefillNoteProps) {
  const { t } = useTranslation();
  return (
    <>
      <Alert color="blue" variant="light" title={t("screeningWeb.prefill.title")}>
        <Text size="sm">{t("screeningWeb.prefill.text")}</Text>
        <Anchor component={Link} to={`/screenings/${encodeURIComponent(screeningId)}`} size="sm">
          {t("screeningWeb.prefill.back")}
        </Anchor>
        {loading ? <Loader size="sm" mt="xs" aria-label={t("app.loading")} /> : null}
      </Alert>
      <ErrorAlert error={error} />
    </>
  );
}
