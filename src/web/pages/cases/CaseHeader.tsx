import { Alert, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { AssignAction } from "./AssignAction.js";
import { CaseBadges } from "./CaseBadges.js";
import type { CaseDetail } from "./case-types.js";
import { formatDate } from "./format.js";
import { TransferAction } from "./transfer/TransferAction.js";
import { useVocab } from "./vocab.js";
import { WorkflowActions } from "./WorkflowActions.js";

/** Who and where the case is, and what can be done with it next. */
export function CaseHeader({ item }: { item: CaseDetail }) {
  const { t } = useTranslation();
  const vocab = useVocab();
  return (
    <Stack gap="xs">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1}>{t("casePage.title", { number: item.caseNumber })}</Title>
          <Text size="lg">
            {item.identifyingErased ? (
              <Text span c="dimmed">
                {t("casePage.erased")}
              </Text>
            ) : (
              (item.personName ?? t("cases.nameHidden"))
            )}
          </Text>
        </Stack>
        <CaseBadges stage={item.stage} status={item.status} />
      </Group>
      <Text size="sm">
        {t("casePage.ownerLine", { owner: item.ownerName ?? t("casePage.noOwner") })}
        {" · "}
        {t("cases.openedOn", { date: formatDate(item.openedOn, vocab.lang) })}
        {item.closedOn ? ` · ${t("casePage.closedOn", { date: formatDate(item.closedOn, vocab.lang) })}` : ""}
      </Text>
      {(item.stage === "closure_requested" || item.stage === "closed") &&
      (item.closureReason || item.identifyingErased) ? (
        <Text size="sm">
          {t("casePage.closureReason", { reason: item.closureReason ?? t("casePage.erased") })}
          {item.closureReferred ? ` · ${t("casePage.workflow.referred")}` : ""}
        </Text>
      ) : null}
      {item.identifyingErased ? (
        <Alert color="gray" variant="light" role="note" title={t("casePage.erasedTitle")}>
          {t("casePage.erasedText")}
        </Alert>
      ) : null}
      <WorkflowActions caseId={item.id} version={item.version} workflow={item.workflow}>
        <AssignAction caseId={item.id} ownerUserId={item.ownerUserId} version={item.version} />
        <TransferAction item={item} />
      </WorkflowActions>
    </Stack>
  );
}
