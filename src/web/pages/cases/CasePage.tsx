import { Alert, Anchor, Center, Loader, Stack, Tabs, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router-dom";
import { isApiError } from "../../api/client.js";
import { can, useSession } from "../../api/session.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { usePageTitle } from "../../components/usePageTitle.js";
import { CaseReferralsTab } from "../referrals/CaseReferralsTab.js";
import { CaseHeader } from "./CaseHeader.js";
import { useCase } from "./case-api.js";
import type { CaseDetail } from "./case-types.js";
import { LawEnforcementTab } from "./law-enforcement/LawEnforcementTab.js";
import { AssistanceTab } from "./tabs/AssistanceTab.js";
import { AttachmentsTab } from "./tabs/AttachmentsTab.js";
import { CaseTasksTab } from "./tabs/CaseTasksTab.js";
import { ConsentTab } from "./tabs/ConsentTab.js";
import { EventsTab } from "./tabs/EventsTab.js";
import { HistoryTab } from "./tabs/HistoryTab.js";
import { NotesTab } from "./tabs/NotesTab.js";
import { PersonTab } from "./tabs/PersonTab.js";
import { VictimTab } from "./tabs/VictimTab.js";

export interface TabProps {
  item: CaseDetail;
  canWrite: boolean;
}

/** A tab whose label lives with its capability's strings names its key; the others are `casePage.tabs.<key>`. */
const TABS: { key: string; label?: string; render: (props: TabProps) => ReactNode }[] = [
  { key: "person", render: (props) => <PersonTab {...props} /> },
  { key: "victim", render: (props) => <VictimTab {...props} /> },
  { key: "events", render: (props) => <EventsTab {...props} /> },
  { key: "consent", render: (props) => <ConsentTab {...props} /> },
  { key: "assistance", render: (props) => <AssistanceTab {...props} /> },
  { key: "referrals", label: "referralsPage.caseTab.title", render: (props) => <CaseReferralsTab {...props} /> },
  {
    key: "law-enforcement",
    label: "caseActionsPage.lawEnforcement.tab",
    render: (props) => <LawEnforcementTab {...props} />,
  },
  { key: "notes", render: (props) => <NotesTab {...props} /> },
  { key: "tasks", render: (props) => <CaseTasksTab {...props} /> },
  { key: "attachments", render: (props) => <AttachmentsTab {...props} /> },
  { key: "history", render: (props) => <HistoryTab {...props} /> },
];

export function CasePage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const [params, setParams] = useSearchParams();
  const { data: session } = useSession();
  const query = useCase(id);
  usePageTitle(query.data ? t("casePage.title", { number: query.data.caseNumber }) : t("cases.title"));
  const requested = params.get("tab");
  const tab = TABS.some((entry) => entry.key === requested) ? (requested as string) : "person";

  if (query.isPending) {
    return (
      <Center>
        <Loader aria-label={t("app.loading")} />
      </Center>
    );
  }
  if (query.isError || !query.data) {
    const missing = isApiError(query.error) && query.error.status === 404;
    return (
      <Stack>
        <Title order={1}>{missing ? t("casePage.notFoundTitle") : t("cases.title")}</Title>
        {missing ? <Alert color="gray">{t("casePage.notFoundText")}</Alert> : <ErrorAlert error={query.error} />}
        <Anchor component={Link} to="/cases">
          {t("casePage.backToList")}
        </Anchor>
      </Stack>
    );
  }

  const item = query.data;
  const props: TabProps = { item, canWrite: can(session, "case.write") };
  return (
    <Stack>
      <Anchor component={Link} to="/cases" size="sm">
        {t("casePage.backToList")}
      </Anchor>
      <CaseHeader item={item} />
      <Tabs
        value={tab}
        onChange={(value) => setParams(value && value !== "person" ? { tab: value } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List>
          {TABS.map((entry) => (
            <Tabs.Tab key={entry.key} value={entry.key}>
              {t(entry.label ?? `casePage.tabs.${entry.key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {TABS.map((entry) => (
          <Tabs.Panel key={entry.key} value={entry.key} pt="md">
            {entry.render(props)}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
