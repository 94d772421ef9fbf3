import { Button, Group, Stack } from "@mantine/core";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import type { WORKFLOW_ACTIONS } from "../../../shared/api/cases.js";
import type { CaseStage } from "../../../shared/htcds/index.js";
import { can, useSession } from "../../api/session.js";
import { ConfirmAction } from "../../components/ConfirmAction.js";
import { useTransition } from "./case-api.js";
import type { CaseDetail } from "./case-types.js";
import { FormError } from "./FormError.js";
import { ReasonModal } from "./ReasonModal.js";
import { SkipStageModal } from "./SkipStageModal.js";
import { useVocab } from "./vocab.js";

type Action = (typeof WORKFLOW_ACTIONS)[number];
type Asking = Action | "skip";

interface WorkflowActionsProps {
  caseId: string;
  version: number;
  /** The moves the server allows this person in the case's current stage. */
  workflow: CaseDetail["workflow"];
  /** Other actions shown in the same row (assigning the case). */
  children?: ReactNode;
}

/**
 * The workflow steps the server offers, and nothing else: which moves a stage allows (and who may approve)
 * is decided in one place, on the server, so the buttons cannot promise a move it would refuse.
 */
export function WorkflowActions({ caseId, version, workflow, children }: WorkflowActionsProps) {
  const { t } = useTranslation();
  const vocab = useVocab();
  const { data: session } = useSession();
  const transition = useTransition(caseId);
  const [asking, setAsking] = useState<Asking | null>(null);
  // The server's list follows the stage and approval rights; moving a case at all needs case.write.
  const allowed = (action: Action) => can(session, "case.write") && workflow.actions.includes(action);
  const [next, ...later] = allowed("advance") ? workflow.nextStages : [];
  const open = (action: Asking) => {
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
  const texts = asking && asking !== "skip" ? reasonTexts[asking] : undefined;

  return (
    <Stack gap="xs">
      <Group gap="xs">
        {next ? (
          <ConfirmAction
            label={t("casePage.workflow.advance", { stage: vocab.label("caseStage", next) })}
            title={t("casePage.workflow.advanceTitle")}
            message={t("casePage.workflow.advanceText", { stage: vocab.label("caseStage", next) })}
            variant="filled"
            loading={transition.isPending && transition.variables?.to === next}
            onConfirm={() => run("advance", { to: next })}
          />
        ) : null}
        {later.length > 0 ? <StepButton label={t("casePage.workflow.skip")} onClick={() => open("skip")} /> : null}
        {allowed("request_closure") ? (
          <StepButton label={t("casePage.workflow.requestClosure")} onClick={() => open("request_closure")} />
        ) : null}
        {allowed("approve_closure") ? (
          <ConfirmAction
            label={t("casePage.workflow.approve")}
            title={t("casePage.workflow.approveTitle")}
            message={t("casePage.workflow.approveText")}
            color="green"
            variant="filled"
            loading={transition.isPending && transition.variables?.action === "approve_closure"}
            onConfirm={() => run("approve_closure")}
          />
        ) : null}
        {allowed("return") ? <StepButton label={t("casePage.workflow.return")} onClick={() => open("return")} /> : null}
        {allowed("reopen") ? <StepButton label={t("casePage.workflow.reopen")} onClick={() => open("reopen")} /> : null}
        {children}
      </Group>
      {!asking ? <FormError error={transition.error} titled={false} /> : null}
      {asking === "skip" ? (
        <SkipStageModal
          stages={later}
          onClose={() => setAsking(null)}
          loading={transition.isPending}
          error={transition.error}
          onSubmit={(to) => run("advance", { to })}
        />
      ) : null}
      {asking && asking !== "skip" && texts ? (
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
