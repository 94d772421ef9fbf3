import { Badge, Group } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ReferralSummary } from "../../../shared/api/referrals.js";
import { STATUS_COLOURS, URGENCY_COLOURS, useReferralLabels } from "./referral-labels.js";

type Badged = Pick<ReferralSummary, "status" | "urgency" | "overdue" | "receiverOutside">;

/** Where the referral stands, how urgent it is, and whether the answer is late: words first, colour second. */
export function ReferralBadges({ referral }: { referral: Badged }) {
  const { t } = useTranslation();
  const labels = useReferralLabels();
  return (
    <Group gap={6} wrap="wrap">
      <Badge component="span" color={STATUS_COLOURS[referral.status] ?? "gray"} variant="light" tt="none">
        {labels.status(referral.status)}
      </Badge>
      <Badge
        component="span"
        color={URGENCY_COLOURS[referral.urgency] ?? "gray"}
        variant={referral.urgency === "emergency" ? "filled" : "outline"}
        tt="none"
      >
        {t("referralsPage.card.urgency", { value: labels.urgency(referral.urgency) })}
      </Badge>
      {referral.overdue ? (
        <Badge component="span" color="red" variant="filled" tt="none">
          {t("referralsPage.card.overdue")}
        </Badge>
      ) : null}
      {referral.receiverOutside ? (
        <Badge component="span" color="gray" variant="outline" tt="none">
          {t("referralsPage.card.outside")}
        </Badge>
      ) : null}
    </Group>
  );
}
