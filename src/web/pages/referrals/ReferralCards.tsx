import { Anchor, Card, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { IncomingSummary, ReferralSummary } from "../../../shared/api/referrals.js";
import { ReferralBadges } from "./ReferralBadges.js";
import { useReferralLabels } from "./referral-labels.js";

type Summary = ReferralSummary | IncomingSummary;

interface ReferralCardsProps {
  items: readonly Summary[];
  /** The sender reads where it went (and from which case); the receiver reads where it came from. */
  side: "outgoing" | "incoming";
  label: string;
  /** Headings one level below the section holding the list. */
  headingOrder?: 2 | 3;
}

/** Referrals as cards: the service (a link to the referral), where it stands, with whom, and the dates that matter. */
export function ReferralCards({ items, side, label, headingOrder = 2 }: ReferralCardsProps) {
  const { t } = useTranslation();
  const labels = useReferralLabels();
  return (
    <Stack gap="sm" component="ol" style={{ listStyle: "none", padding: 0, margin: 0 }} aria-label={label}>
      {items.map((item) => {
        const to = side === "outgoing" ? `/referrals/${item.id}` : `/referrals/incoming/${item.id}`;
        const service = item.serviceName ?? labels.serviceType(item.serviceType);
        const party =
          side === "outgoing"
            ? t("referralsPage.card.to", { organisation: item.toOrganisationName })
            : t("referralsPage.card.from", { organisation: item.fromOrganisationName });
        const caseNumber = "caseNumber" in item && item.caseNumber ? item.caseNumber : null;
        return (
          <Card key={item.id} withBorder padding="sm" component="li">
            <Stack gap={6}>
              <Title order={headingOrder} size="h4" style={{ overflowWrap: "anywhere" }}>
                <Anchor component={Link} to={to}>
                  {service}
                </Anchor>
              </Title>
              <ReferralBadges referral={item} />
              <Text size="sm" style={{ overflowWrap: "anywhere" }}>
                {[item.number, party, caseNumber ? t("referralsPage.card.case", { number: caseNumber }) : ""]
                  .filter(Boolean)
                  .join(" · ")}
              </Text>
              <Text size="sm" c="dimmed">
                {item.sentAt
                  ? [
                      t("referralsPage.card.sent", { date: labels.when(item.sentAt) }),
                      item.dueAt && !item.decidedAt && !item.finishedAt
                        ? t("referralsPage.card.due", { date: labels.when(item.dueAt) })
                        : "",
                    ]
                      .filter(Boolean)
                      .join(" · ")
                  : t("referralsPage.card.notSent")}
              </Text>
            </Stack>
          </Card>
        );
      })}
    </Stack>
  );
}
