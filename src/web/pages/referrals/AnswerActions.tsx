import { Button, Group, Stack } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { StatusInput } from "../../../shared/api/referrals.js";
import { RECEIVER_ACTIONS, type ReceiverAction } from "../../../shared/referrals/status.js";
import { DECLINE_REASONS, NOT_COMPLETED_REASONS } from "../../../shared/referrals/vocab.js";
import { CompleteDialog, ReasonDialog } from "./AnswerDialogs.js";
import { type AnyReferral, isConflict, postTo, useReferralWrite } from "./referral-api.js";
import { useReferralLabels } from "./referral-labels.js";
import { WriteError } from "./WriteError.js";

/** The steps that need nothing more than a press; the others open a short form. */
const AT_ONCE: readonly ReceiverAction[] = ["acknowledge", "accept", "start"];

interface AnswerActionsProps {
  referral: AnyReferral;
  /** Where the answer goes: the receiver's status, or the sender's record of an outside provider's response. */
  base: string;
  part: "status" | "response";
}

/**
 * The receiver's buttons, exactly those the server offers now (`actions`): acknowledge, accept, decline with
 * a reason, start, complete with what was provided, or close as not completed. The version read goes with
 * each answer; if someone answered meanwhile the page is refreshed and says so.
 */
export function AnswerActions({ referral, base, part }: AnswerActionsProps) {
  const { t } = useTranslation();
  const labels = useReferralLabels();
  const [dialog, setDialog] = useState<ReceiverAction | null>(null);
  const write = useReferralWrite(postTo(base, part), () => setDialog(null));
  const offered = RECEIVER_ACTIONS.filter((action) => referral.actions.includes(action));
  if (offered.length === 0) return null;
  const answer = (body: Omit<StatusInput, "version">) =>
    write.mutate(
      { ...body, version: referral.version },
      { onError: (error) => (isConflict(error) ? setDialog(null) : undefined) },
    );
  const open = (action: ReceiverAction) => {
    write.reset();
    if (AT_ONCE.includes(action)) answer({ action });
    else setDialog(action);
  };
  const close = () => setDialog(null);

  return (
    <Stack gap="xs">
      <Group gap="xs" wrap="wrap">
        {offered.map((action) => (
          <Button
            key={action}
            variant={action === "accept" || action === "complete" ? "filled" : "default"}
            loading={
              write.isPending && write.variables !== undefined && (write.variables as StatusInput).action === action
            }
            onClick={() => open(action)}
          >
            {t(`referralsPage.actions.${action}`)}
          </Button>
        ))}
      </Group>
      {dialog === null ? <WriteError error={write.error} titled={false} /> : null}
      <ReasonDialog
        key={`decline-${referral.version}`}
        opened={dialog === "decline"}
        onClose={close}
        title={t("referralsPage.actions.declineTitle")}
        submitLabel={t("referralsPage.actions.declineConfirm")}
        reasonLabel={t("referralsPage.actions.declineReason")}
        options={DECLINE_REASONS.map((value) => ({ value, label: labels.declineReason(value) }))}
        field="declineReason"
        pending={write.isPending}
        error={dialog === "decline" ? write.error : null}
        onSubmit={(reason, note) =>
          answer({ action: "decline", declineReason: reason as StatusInput["declineReason"], note })
        }
      />
      <ReasonDialog
        key={`not-complete-${referral.version}`}
        opened={dialog === "not_complete"}
        onClose={close}
        title={t("referralsPage.actions.notCompleteTitle")}
        submitLabel={t("referralsPage.actions.notCompleteConfirm")}
        reasonLabel={t("referralsPage.actions.notCompletedReason")}
        options={NOT_COMPLETED_REASONS.map((value) => ({ value, label: labels.notCompletedReason(value) }))}
        field="notCompletedReason"
        pending={write.isPending}
        error={dialog === "not_complete" ? write.error : null}
        onSubmit={(reason, note) =>
          answer({ action: "not_complete", notCompletedReason: reason as StatusInput["notCompletedReason"], note })
        }
      />
      <CompleteDialog
        key={`complete-${referral.version}`}
        opened={dialog === "complete"}
        onClose={close}
        pending={write.isPending}
        error={dialog === "complete" ? write.error : null}
        onSubmit={(provided, note) => answer({ action: "complete", provided, note })}
      />
    </Stack>
  );
}
