import { Alert, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { IDENTIFYING_SHARED_FIELDS } from "../../../shared/referrals/fields.js";
import { type Fact, Facts } from "../cases/Facts.js";
import type { AnyReferral } from "./referral-api.js";
import { useReferralLabels } from "./referral-labels.js";

/**
 * Exactly the fields the sender chose to share, and the referral letter. A field shared but empty in the
 * sender's record says so, rather than disappearing: the receiver knows it was asked and not answered.
 */
export function SharedDetails({ referral }: { referral: AnyReferral }) {
  const { t } = useTranslation();
  const labels = useReferralLabels();
  const facts: Fact[] = referral.sharedFields.map((field) => ({
    label: IDENTIFYING_SHARED_FIELDS.has(field)
      ? t("referralsPage.detail.identifyingField", { field: labels.field(field) })
      : labels.field(field),
    value: labels.sharedValue(field, referral.shared),
  }));
  const override = "emergencyOverride" in referral ? referral.emergencyOverride : null;
  return (
    <Stack gap="md" component="section" aria-labelledby="referral-shared">
      <Title order={2} size="h3" id="referral-shared">
        {t("referralsPage.detail.shared")}
      </Title>
      {override ? (
        <Alert color="orange" variant="light">
          <Text size="sm">
            {t("referralsPage.detail.emergencyOverride", {
              name: override.by,
              reason: override.reason ?? t("referralsPage.detail.reasonUnavailable"),
            })}
          </Text>
        </Alert>
      ) : null}
      {facts.length > 0 ? <Facts facts={facts} /> : <Text>{t("referralsPage.detail.sharedNone")}</Text>}
      <Stack gap={4}>
        <Title order={3} size="h4">
          {t("referralsPage.detail.message")}
        </Title>
        {referral.message ? (
          <Paper withBorder p="sm">
            <Text style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{referral.message}</Text>
          </Paper>
        ) : (
          <Text c="dimmed" size="sm">
            {t("referralsPage.detail.noMessage")}
          </Text>
        )}
      </Stack>
    </Stack>
  );
}
