import { Anchor, List, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { type Fact, Facts } from "../cases/Facts.js";
import type { AnyReferral } from "./referral-api.js";
import { useReferralLabels } from "./referral-labels.js";

/** The referral at a glance: what, to or from whom, why, how urgent, and when each step happened. */
export function ReferralFacts({ referral }: { referral: AnyReferral }) {
  const { t } = useTranslation();
  const labels = useReferralLabels();
  const outgoing = "caseId" in referral;
  const awaiting = referral.status === "sent" || referral.status === "acknowledged";
  const facts: (Fact | null)[] = [
    { label: t("referralsPage.detail.service"), value: referral.serviceName ?? "" },
    { label: t("referralsPage.detail.serviceType"), value: labels.serviceType(referral.serviceType) },
    outgoing
      ? { label: t("referralsPage.detail.to"), value: referral.toOrganisationName }
      : { label: t("referralsPage.detail.from"), value: referral.fromOrganisationName },
    outgoing && referral.caseId
      ? {
          label: t("referralsPage.detail.case"),
          value: (
            <Anchor component={Link} to={`/cases/${referral.caseId}?tab=referrals`}>
              {referral.caseNumber ?? referral.caseId}
            </Anchor>
          ),
        }
      : null,
    !outgoing && referral.receiverCaseId
      ? {
          label: t("referralsPage.detail.ourCase"),
          value: (
            <Anchor component={Link} to={`/cases/${referral.receiverCaseId}`}>
              {t("referralsPage.detail.openOurCase")}
            </Anchor>
          ),
        }
      : null,
    { label: t("referralsPage.detail.reason"), value: labels.reason(referral.reason) },
    { label: t("referralsPage.detail.urgency"), value: labels.urgency(referral.urgency) },
    referral.sentAt ? { label: t("referralsPage.detail.sentAt"), value: labels.when(referral.sentAt) } : null,
    referral.dueAt && awaiting
      ? {
          label: t("referralsPage.detail.dueAt"),
          value: referral.overdue
            ? t("referralsPage.detail.dueOverdue", { date: labels.when(referral.dueAt) })
            : labels.when(referral.dueAt),
        }
      : null,
    referral.acknowledgedAt
      ? { label: t("referralsPage.detail.acknowledgedAt"), value: labels.when(referral.acknowledgedAt) }
      : null,
    referral.decidedAt ? { label: t("referralsPage.detail.decidedAt"), value: labels.when(referral.decidedAt) } : null,
    referral.finishedAt
      ? { label: t("referralsPage.detail.finishedAt"), value: labels.when(referral.finishedAt) }
      : null,
    referral.declineReason
      ? { label: t("referralsPage.detail.declineReason"), value: labels.declineReason(referral.declineReason) }
      : null,
    referral.notCompletedReason
      ? {
          label: t("referralsPage.detail.notCompletedReason"),
          value: labels.notCompletedReason(referral.notCompletedReason),
        }
      : null,
  ];
  return (
    <Stack gap="md">
      <Facts facts={facts.filter((fact): fact is Fact => fact !== null)} />
      {referral.provided.length > 0 ? (
        <Stack gap={4}>
          <Title order={2} size="h4">
            {t("referralsPage.detail.provided")}
          </Title>
          <List aria-label={t("referralsPage.detail.provided")}>
            {referral.provided.map((item, index) => (
              // The items never change once the referral is completed, and two may be alike: the position is theirs.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above.
              <List.Item key={index}>
                <Text span>
                  {[
                    labels.assistanceType(item.assistanceType),
                    labels.day(item.providedOn),
                    labels.amount(item.quantity, item.unit),
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </Text>
              </List.Item>
            ))}
          </List>
        </Stack>
      ) : null}
    </Stack>
  );
}
