import { Alert, Button, Group, Loader, Stack, Text, Title } from "@mantine/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { isLanguage, type Language } from "../../../../shared/i18n/languages.js";
import { can, useSession } from "../../../api/session.js";
import { ErrorAlert } from "../../../components/ErrorAlert.js";
import { LanguageSelect } from "../../../components/LanguageSelect.js";
import type { CaseDetail } from "../case-types.js";
import { ReportCards } from "./ReportCards.js";
import { ReportForm } from "./ReportForm.js";
import { useReports } from "./report-api.js";

interface LawEnforcementTabProps {
  item: CaseDetail;
  canWrite: boolean;
}

/** The case's reports to law enforcement, each printable in the authority's language, and the way to record one. */
export function LawEnforcementTab({ item }: LawEnforcementTabProps) {
  const { t, i18n } = useTranslation();
  const { data: session } = useSession();
  const mayRecord = can(session, "case.share") && !item.identifyingErased;
  const reports = useReports(item.id);
  const [recording, setRecording] = useState(false);
  const [done, setDone] = useState(false);
  const [printLanguage, setPrintLanguage] = useState<Language>(() =>
    isLanguage(i18n.language) ? i18n.language : "en",
  );
  const recordButton = useRef<HTMLButtonElement>(null);
  const close = (recorded: boolean) => {
    setRecording(false);
    setDone(recorded);
    // Back to the button that opened the form, so the keyboard does not fall to the top of the page.
    requestAnimationFrame(() => recordButton.current?.focus());
  };
  const items = reports.data?.items ?? [];

  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Title order={2} size="h3">
          {t("caseActionsPage.lawEnforcement.title")}
        </Title>
        {mayRecord && !recording ? (
          <Button
            ref={recordButton}
            onClick={() => {
              setDone(false);
              setRecording(true);
            }}
          >
            {t("caseActionsPage.lawEnforcement.record")}
          </Button>
        ) : null}
      </Group>
      {recording ? <ReportForm item={item} onCancel={() => close(false)} onDone={() => close(true)} /> : null}
      {done ? (
        <Alert color="green" variant="light" role="status">
          {t("caseActionsPage.lawEnforcement.saved")}
        </Alert>
      ) : null}
      <ErrorAlert error={reports.error} />
      {reports.isPending ? <Loader size="sm" aria-label={t("app.loading")} /> : null}
      {reports.isSuccess && items.length === 0 ? <Text>{t("caseActionsPage.lawEnforcement.empty")}</Text> : null}
      {items.length > 0 ? (
        <>
          <LanguageSelect
            label={t("caseActionsPage.lawEnforcement.printLanguage")}
            description={t("caseActionsPage.lawEnforcement.printLanguageHint")}
            value={printLanguage}
            onChange={setPrintLanguage}
            maw={320}
          />
          <ReportCards items={items} printLanguage={printLanguage} />
        </>
      ) : null}
    </Stack>
  );
}
