import { Alert, Anchor, Button, Center, Divider, Loader, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import type { Answers, FormDefinition } from "../../../../shared/forms/definition.js";
import type { DelphiAssessment } from "../../../../shared/screening/delphi/rule.js";
import { isApiError } from "../../../api/client.js";
import { can, useSession } from "../../../api/session.js";
import { ErrorAlert } from "../../../components/ErrorAlert.js";
import { usePageTitle } from "../../../components/usePageTitle.js";
import { countryName, formatDateTime } from "../../../format.js";
import { currentLanguage } from "../../../i18n.js";
import { ScreeningReferral } from "../../referrals/ScreeningReferral.js";
import { formTitle } from "../form-text.js";
import { useFormDetail, useScreening } from "../screening-api.js";
import { AnswersSection } from "./AnswersSection.js";
import { DelphiSection } from "./DelphiSection.js";
import { LevelPanel } from "./LevelPanel.js";
import { OverrideForm } from "./OverrideForm.js";
import { WhySection } from "./WhySection.js";

/** /screenings/:id — the result and why, the screener's judgement, the way to a case, the answers. */
export function ScreeningPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const { data: session } = useSession();
  const lang = currentLanguage();
  const query = useScreening(id);
  const screening = query.data;
  const form = useFormDetail(screening?.formId ?? "", screening?.formVersion, screening !== undefined);
  usePageTitle(t("screeningWeb.result.title"));
  const back = (
    <Anchor component={Link} to="/screenings" size="sm">
      {t("screeningWeb.backToList")}
    </Anchor>
  );

  if (query.isPending) {
    return (
      <Center>
        <Loader aria-label={t("app.loading")} />
      </Center>
    );
  }
  if (!screening) {
    const missing = isApiError(query.error) && query.error.status === 404;
    return (
      <Stack>
        <Title order={1}>{t("screeningWeb.result.title")}</Title>
        {missing ? <Alert color="gray">{t("screeningWeb.result.notFound")}</Alert> : <ErrorAlert error={query.error} />}
        {back}
      </Stack>
    );
  }

  const definition = (form.data?.definition as FormDefinition | undefined) ?? null;
  const title = form.data
    ? formTitle(form.data.title, lang)
    : t(`screening.instruments.${screening.formKey}`, { defaultValue: screening.formKey });
  const where = [screening.place, screening.country ? countryName(screening.country, lang) : null]
    .filter(Boolean)
    .join(", ");
  const delphi = screening.result?.delphi as DelphiAssessment | undefined;

  return (
    <Stack maw={820} gap="lg">
      {back}
      <Stack gap={4}>
        <Title order={1}>{t("screeningWeb.result.title")}</Title>
        <Text>{title}</Text>
        <Text size="sm" c="dimmed">
          {[
            formatDateTime(screening.screenedAt, lang),
            where,
            screening.siteType ? t(`screeningWeb.siteTypes.${screening.siteType}`) : null,
            screening.screenerName,
          ]
            .filter(Boolean)
            .join(" · ")}
        </Text>
      </Stack>
      <LevelPanel screening={screening} lang={lang} />
      {screening.caseId ? (
        <Text>
          {can(session, "case.read") ? (
            <Anchor component={Link} to={`/cases/${screening.caseId}`} fw={600}>
              {t("screeningWeb.result.linkedCase", { number: screening.caseNumber ?? "" })}
            </Anchor>
          ) : (
            t("screeningWeb.result.linkedCase", { number: screening.caseNumber ?? "" })
          )}
        </Text>
      ) : can(session, "case.write") ? (
        <Button component={Link} to={`/cases/new?screening=${encodeURIComponent(screening.id)}`} w="fit-content">
          {t("screeningWeb.result.openCase")}
        </Button>
      ) : null}
      {!screening.consentRefer && screening.consentRecord ? (
        <Text size="sm">{t("screeningWeb.result.noReferralConsent")}</Text>
      ) : null}
      {/* Once the person's identifying data is erased there is nothing left to share with a service. */}
      {can(session, "referral.write") && screening.answers !== null ? (
        <ScreeningReferral screening={screening} />
      ) : null}
      <ErrorAlert error={form.error} />
      {screening.result ? (
        <WhySection result={screening.result} definition={definition} scoring={form.data?.scoring} lang={lang} />
      ) : null}
      {delphi ? <DelphiSection assessment={delphi} /> : null}
      {can(session, "screening.write") && screening.riskLevel ? <OverrideForm screening={screening} /> : null}
      <Divider />
      {screening.answers === null ? (
        <Alert color="gray" variant="light">
          {t("screeningWeb.result.answersErased")}
        </Alert>
      ) : definition ? (
        <AnswersSection definition={definition} answers={screening.answers as Answers} lang={lang} />
      ) : null}
    </Stack>
  );
}
