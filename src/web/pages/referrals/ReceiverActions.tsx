import { Button, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import type { IncomingDetail } from "../../../shared/api/referrals.js";
import { can, useSession } from "../../api/session.js";
import { AnswerActions } from "./AnswerActions.js";
import { incomingPath, postTo, useReferralWrite } from "./referral-api.js";
import { WriteError } from "./WriteError.js";

/** The receiver's answers and, once it has accepted, opening its own case from what was shared. */
export function ReceiverActions({ referral }: { referral: IncomingDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: session } = useSession();
  const base = incomingPath(referral.id);
  const openCase = useReferralWrite(postTo<{ caseId: string }>(base, "open-case"), (opened) =>
    navigate(`/cases/${opened.caseId}`),
  );
  // Once accepted, the server offers "open_case": a case of the receiver's own holding only what was shared.
  const mayOpenCase = can(session, "case.write") && referral.actions.includes("open_case");
  const answers = referral.actions.some((action) => action !== "open_case");
  if (!answers && !mayOpenCase) return null;

  return (
    <Stack gap="sm" component="section" aria-labelledby="referral-actions">
      <Title order={2} size="h3" id="referral-actions">
        {t("referralsPage.actions.title")}
      </Title>
      {answers ? <AnswerActions referral={referral} base={base} part="status" /> : null}
      {mayOpenCase ? (
        <Stack gap={4}>
          <Text size="sm">{t("referralsPage.actions.openCaseHint")}</Text>
          <Group>
            <Button variant="default" loading={openCase.isPending} onClick={() => openCase.mutate({})}>
              {t("referralsPage.actions.openCase")}
            </Button>
          </Group>
          <WriteError error={openCase.error} titled={false} />
        </Stack>
      ) : null}
    </Stack>
  );
}
