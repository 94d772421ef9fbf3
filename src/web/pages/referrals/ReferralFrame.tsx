import { Alert, Anchor, Center, Loader, Stack, Text, Title } from "@mantine/core";
import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { isApiError } from "../../api/client.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { usePageTitle } from "../../components/usePageTitle.js";
import { ReferralBadges } from "./ReferralBadges.js";
import type { AnyReferral } from "./referral-api.js";
import { useReferralLabels } from "./referral-labels.js";

interface ReferralFrameProps<T extends AnyReferral> {
  query: UseQueryResult<T>;
  back: { to: string; label: string };
  /** The sections under the heading, once the referral is loaded. */
  children: (referral: T) => ReactNode;
}

/**
 * A referral's page around its sections: the way back, the number and the service as the heading, where it
 * stands; a plain sentence when it is not there (never sent to us, withdrawn as a draft, or out of reach).
 */
export function ReferralFrame<T extends AnyReferral>({ query, back, children }: ReferralFrameProps<T>) {
  const { t } = useTranslation();
  const labels = useReferralLabels();
  const referral = query.data;
  usePageTitle(
    referral ? t("referralsPage.detail.title", { number: referral.number }) : t("referralsPage.detail.fallbackTitle"),
  );
  const backLink = (
    <Anchor component={Link} to={back.to} size="sm">
      {back.label}
    </Anchor>
  );
  if (query.isPending) {
    return (
      <Center>
        <Loader aria-label={t("app.loading")} />
      </Center>
    );
  }
  if (!referral) {
    return (
      <Stack maw={800}>
        {backLink}
        <Title order={1}>{t("referralsPage.detail.fallbackTitle")}</Title>
        {isApiError(query.error) && query.error.status === 404 ? (
          <Alert color="gray" variant="light">
            {t("referralsPage.detail.notFound")}
          </Alert>
        ) : (
          <ErrorAlert error={query.error} />
        )}
      </Stack>
    );
  }
  return (
    <Stack maw={860} gap="lg">
      <Stack gap="xs">
        {backLink}
        <Title order={1} style={{ overflowWrap: "anywhere" }}>
          {t("referralsPage.detail.title", { number: referral.number })}
        </Title>
        <Text size="lg" style={{ overflowWrap: "anywhere" }}>
          {referral.serviceName ?? labels.serviceType(referral.serviceType)}
        </Text>
        <ReferralBadges referral={referral} />
      </Stack>
      {children(referral)}
    </Stack>
  );
}
