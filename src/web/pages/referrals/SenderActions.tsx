import { Alert, Button, Group, Modal, Stack, Text, Textarea, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ReferralDetail } from "../../../shared/api/referrals.js";
import { AnswerActions } from "./AnswerActions.js";
import { ConsentProblem } from "./ConsentProblem.js";
import { consentProblem } from "./consent-problem.js";
import { isConflict, outgoingPath, postTo, useReferralWrite } from "./referral-api.js";
import { WriteError } from "./WriteError.js";

/**
 * What the sender may do now: send a draft (consent is checked at that moment), withdraw with a note, and —
 * for a provider outside Safepath — record its answers as they arrive by phone, e-mail or letter.
 */
export function SenderActions({ referral }: { referral: ReferralDetail }) {
  const { t } = useTranslation();
  const base = outgoingPath(referral.id);
  const [withdrawing, setWithdrawing] = useState(false);
  const [note, setNote] = useState("");
  const send = useReferralWrite(postTo(base, "send"));
  const withdraw = useReferralWrite(postTo(base, "withdraw"), () => setWithdrawing(false));
  const mayAnswer = referral.receiverOutside && referral.actions.some((a) => a !== "send" && a !== "withdraw");
  if (referral.actions.length === 0) return null;
  const consent = consentProblem(send.error);
  const submitWithdraw = (event: FormEvent) => {
    event.preventDefault();
    withdraw.mutate(
      { version: referral.version, note: note.trim() || null },
      // Someone changed it meanwhile: the page now shows how it stands, and says so below the buttons.
      { onError: (error) => (isConflict(error) ? setWithdrawing(false) : undefined) },
    );
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="referral-actions">
      <Title order={2} size="h3" id="referral-actions">
        {t("referralsPage.actions.title")}
      </Title>
      {mayAnswer ? (
        <Alert color="blue" variant="light">
          <Text size="sm">{t("referralsPage.actions.outsideHint")}</Text>
        </Alert>
      ) : null}
      <Group gap="xs" wrap="wrap">
        {referral.actions.includes("send") ? (
          <Button loading={send.isPending} onClick={() => send.mutate({ version: referral.version })}>
            {t("referralsPage.actions.send")}
          </Button>
        ) : null}
        {referral.actions.includes("withdraw") ? (
          <Button
            variant="default"
            onClick={() => {
              withdraw.reset();
              setWithdrawing(true);
            }}
          >
            {t("referralsPage.actions.withdraw")}
          </Button>
        ) : null}
      </Group>
      {consent ? (
        <ConsentProblem
          message={consent}
          caseId={referral.caseId}
          pending={send.isPending}
          onOverride={(reason) => send.mutate({ version: referral.version, emergencyOverride: { reason } })}
        />
      ) : (
        <WriteError error={send.error} titled={false} />
      )}
      {withdrawing ? null : <WriteError error={withdraw.error} titled={false} />}
      {mayAnswer ? <AnswerActions referral={referral} base={base} part="response" /> : null}
      <Modal
        opened={withdrawing}
        onClose={() => setWithdrawing(false)}
        title={t("referralsPage.actions.withdrawTitle")}
        closeButtonProps={{ "aria-label": t("common.close") }}
      >
        <form onSubmit={submitWithdraw} noValidate>
          <Stack>
            <Text size="sm">
              {t("referralsPage.actions.withdrawText", { organisation: referral.toOrganisationName })}
            </Text>
            <Textarea
              label={t("referralsPage.actions.note")}
              description={t("referralsPage.actions.noteHint")}
              autosize
              minRows={2}
              maxLength={2000}
              value={note}
              onChange={(event) => setNote(event.currentTarget.value)}
              data-autofocus
            />
            <WriteError error={withdraw.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setWithdrawing(false)}>
                {t("common.cancel")}
              </Button>
              <Button type="submit" color="red" loading={withdraw.isPending}>
                {t("referralsPage.actions.withdrawConfirm")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}
