import { Button, Group, Stack } from "@mantine/core";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import type { WORKFLOW_ACTIONS } from "../../../shared/api/cases.js";
import { CASE_STAGES, type CaseStage } from "../../../shared/htcds/index.js";
import { can, useSession } from "../../api/session.js";
import { ConfirmAction } from "../../components/ConfirmAction.js";
import { useTransition } from "./case-api.js";
import { FormError } from "./FormError.js";
import { ReasonModal } from "./ReasonModal.js";
import { useVocab } from "./vocab.js";

type Action = (typeof WORKFLOW_ACTIONS)[number];

/** Stages a case moves through one by one; after follow-up only closure is left. */
const WORKING: readonly CaseStage[] = ["open", "assessment", "support_plan", "assistance", "follow_up"];

export function nextStage(stage: CaseStage): CaseStage | null {
  const next = CASE_STAGES[CASE_STAGES.indexOf(stage) + 1];
  return WORKING.includes(stage) && next && WORKING.includes(next) ? next : null;
}

interface WorkflowActionsProps {
  caseId: string;
  stage: CaseStage;
  version: number;
  /** Other actions shown in the same row (assigning the case). */
  children?: ReactNode;
}

/** Only the steps the case's stage allows, and approval only for those who may approve. */
export function WorkflowActions({ caseId, stage, version, children }: WorkflowActionsProps) {
  const { t } = useTranslation();
  const vocab = useVocab();
  const { data: session } = useSession();
  const transition = useTransition(caseId);
  const [asking, setAsking] = useState<Action | null>(null);
  if (!can(session, "case.write")) return <Group gap="xs">{children}</Group>;
  const canApprove = can(session, "case.approve");
  const next = nextStage(stage);
  const open = (action: Action) => {
    transition.reset();
    setAsking(action);
  };
  const run = (action: Action, extra: { to?: CaseStage; reason?: string; referred?: boolean } = {}) =>
    transition.mutate({ action, version, ...extra }, { onSuccess: () => setAsking(null) });

  const reasonTexts: Partial<Record<Action, { title: string; label: string; submit: string }>> = {
    request_closure: {
      title: t("casePage.workflow.requestClosureTitle"),
      label: t("casePage.workflow.closureReason"),
      submit: t("casePage.workflow.requestClosure"),
    },
    return: {
      title: t("casePage.workflow.returnTitle"),
      label: t("casePage.workflow.returnReason"),
      submit: t("casePage.workflow.return"),
    },
    reopen: {
      title: t("casePage.workflow.reopenTitle"),
      label: t("casePage.workflow.reopenReason"),
      submit: t("casePage.workflow.reopen"),
    },
  };
  const texts = asking ? reasonTexts[asking] : undefined;

  return (
    <Stack gap="xs">
      <Group gap="xs">
        {next ? (
          <ConfirmAction
            label={t("casePage.workflow.advance", { stage: vocab.label("caseStage", next) })}
            title={t("casePage.workflow.advanceTitle")}
            message={t("casePage.workflow.advanceText", { stage: vocab.label("caseStage", next) })}
            variant="filled"
            loading={transition.isPending && transition.variables?.action === "advance"}
            onConfirm={() => run("advance", { to: next })}
          />
        ) : null}
        {WORKING.includes(stage) ? (
          <StepButton label={t("casePage.workflow.requestClosure")} onClick={() => open("request_closure")} />
        ) : null}
        {stage === "closure_requested" && canApprove ? (
          <>
            <ConfirmAction
              label={t("casePage.workflow.approve")}
              title={t("casePage.workflow.approveTitle")}
              message={t("casePage.workflow.approveText")}
              color="green"
              variant="filled"
              loading={transition.isPending && transition.variables?.action === "approve_closure"}
              onConfirm={() => run("approve_closure")}
            />
            <StepButton label={t("casePage.workflow.return")} onClick={() => open("return")} />
          </>
        ) : null}
        {stage === "closed" ? (
          <StepButton label={t("casePage.workflow.reopen")} onClick={() => open("reopen")} />
        ) : null}
        {children}
      </Group>
      {!asking ? <FormError error={transition.error} titled={false} /> : null}
      {asking && texts ? (
        <ReasonModal
          opened
          onClose={() => setAsking(null)}
          title={texts.title}
          reasonLabel={texts.label}
          submitLabel={texts.submit}
          withReferred={asking === "request_closure"}
          loading={transition.isPending}
          error={transition.error}
          onSubmit={(reason, referred) => run(asking, asking === "request_closure" ? { reason, referred } : { reason })}
        />
      ) : null}
    </Stack>
  );
}

function StepButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button variant="default" onClick={onClick}>
      {label}
    </Button>
  );
}
