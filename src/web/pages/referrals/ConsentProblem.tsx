import { Alert, Anchor, Button, Group, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { can, useSession } from "../../api/session.js";
import { OVERRIDE_MIN_LENGTH } from "./consent-problem.js";

interface ConsentProblemProps {
  message: string;
  /** The case, for the link to its consent tab. */
  caseId: string | null;
  pending: boolean;
  /** Sends again with the supervisor's reason. */
  onOverride: (reason: string) => void;
}

/**
 * Nothing was sent because the person has not consented to sharing. The caseworker is pointed to the consent
 * tab; a supervisor may refer anyway in an emergency, saying why — the reason is kept with the referral.
 */
export function ConsentProblem({ message, caseId, pending, onOverride }: ConsentProblemProps) {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const supervisor = can(session, "case.approve");
  const [reason, setReason] = useState("");
  const [tooShort, setTooShort] = useState(false);
  return (
    <Alert color="orange" variant="light" role="alert" title={t("referralsPage.consent.title")}>
      <Stack gap="sm">
        <Text size="sm">{message}</Text>
        {caseId ? (
          <Anchor component={Link} to={`/cases/${caseId}?tab=consent`} size="sm" underline="always">
            {t("referralsPage.consent.record")}
          </Anchor>
        ) : null}
        {supervisor ? (
          <Stack gap="xs">
            <Textarea
              label={t("referralsPage.consent.overrideReason")}
              description={t("referralsPage.consent.overrideHint", { min: OVERRIDE_MIN_LENGTH })}
              autosize
              minRows={2}
              maxLength={1000}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              error={tooShort ? t("referralsPage.consent.tooShort", { min: OVERRIDE_MIN_LENGTH }) : undefined}
            />
            <Group>
              <Button
                color="red"
                loading={pending}
                onClick={() => {
                  const text = reason.trim();
                  setTooShort(text.length < OVERRIDE_MIN_LENGTH);
                  if (text.length >= OVERRIDE_MIN_LENGTH) onOverride(text);
                }}
              >
                {t("referralsPage.consent.override")}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Text size="sm">{t("referralsPage.consent.askSupervisor")}</Text>
        )}
      </Stack>
    </Alert>
  );
}
