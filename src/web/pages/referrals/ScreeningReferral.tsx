import { Alert, Anchor, Badge, Button, Group, List, Stack, Text } from "@mantine/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { ReferralDetail } from "../../../shared/api/referrals.js";
import type { ScreeningDetail } from "../../../shared/api/screening.js";
import { can, useSession } from "../../api/session.js";
import { ReferForm } from "./ReferForm.js";
import { STATUS_COLOURS, useReferralLabels } from "./referral-labels.js";

interface ScreeningReferralProps {
  screening: Pick<ScreeningDetail, "id" | "caseId" | "consentRefer">;
}

interface Outcome {
  created: ReferralDetail[];
  sent: boolean;
}

/**
 * Referring the screened person straight from the screening. Screeners may refer without reading referrals,
 * so what was made is shown here from the answer — its number and status — and linked only for those who can
 * open it.
 */
export function ScreeningReferral({ screening }: ScreeningReferralProps) {
  const { t } = useTranslation();
  const labels = useReferralLabels();
  const { data: session } = useSession();
  const reads = can(session, "referral.read");
  const [referring, setReferring] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const referButton = useRef<HTMLButtonElement>(null);
  const close = (next: Outcome | null) => {
    setReferring(false);
    setOutcome(next);
    // Back to the button that opened the form, so the keyboard does not fall to the top of the page.
    requestAnimationFrame(() => referButton.current?.focus());
  };

  return (
    <Stack gap="sm">
      {referring ? (
        <ReferForm
          screening={screening}
          onCancel={() => close(null)}
          onDone={(created, sent) => close({ created, sent })}
        />
      ) : (
        <Button
          ref={referButton}
          w="fit-content"
          onClick={() => {
            setOutcome(null);
            setReferring(true);
          }}
        >
          {t("referralsPage.screening.refer")}
        </Button>
      )}
      {outcome ? (
        <Alert color="green" variant="light" role="status">
          <Stack gap="xs">
            <Text size="sm">
              {t(outcome.sent ? "referralsPage.screening.sent" : "referralsPage.screening.drafted", {
                count: outcome.created.length,
              })}
            </Text>
            <List size="sm" spacing={4}>
              {outcome.created.map((referral) => (
                <List.Item key={referral.id}>
                  <Group gap={6} wrap="wrap" component="span">
                    {reads ? (
                      <Anchor component={Link} to={`/referrals/${referral.id}`} size="sm" fw={600}>
                        {referral.number}
                      </Anchor>
                    ) : (
                      <Text component="span" size="sm" fw={600}>
                        {referral.number}
                      </Text>
                    )}
                    <Text component="span" size="sm">
                      {[referral.serviceName, referral.providerName].filter(Boolean).join(" · ")}
                    </Text>
                    <Badge component="span" color={STATUS_COLOURS[referral.status] ?? "gray"} variant="light" tt="none">
                      {labels.status(referral.status)}
                    </Badge>
                  </Group>
                </List.Item>
              ))}
            </List>
          </Stack>
        </Alert>
      ) : null}
    </Stack>
  );
}
