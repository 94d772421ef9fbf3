import { Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { LoadMore } from "../../components/LoadMore.js";
import { usePageTitle } from "../../components/usePageTitle.js";
import { ReferralCards } from "./ReferralCards.js";
import { ReferralFilters, useReferralFilters } from "./ReferralFilters.js";
import { useOutgoingList } from "./referral-api.js";

/** /referrals — the referrals the organisation sent (within the reader's reach), newest first. */
export function OutgoingListPage() {
  const { t } = useTranslation();
  usePageTitle(t("referralsPage.outgoing.title"));
  const filters = useReferralFilters();
  const list = useOutgoingList(filters.query);
  return (
    <Stack maw={960}>
      <Title order={1}>{t("referralsPage.outgoing.title")}</Title>
      <Text>{t("referralsPage.outgoing.intro")}</Text>
      <ReferralFilters filters={filters} />
      <ErrorAlert error={list.error} />
      <Text size="sm" aria-live="polite">
        {list.isSuccess
          ? list.items.length === 0
            ? t("referralsPage.outgoing.empty")
            : t("referralsPage.shown", { count: list.items.length })
          : ""}
      </Text>
      <ReferralCards items={list.items} side="outgoing" label={t("referralsPage.outgoing.title")} />
      <LoadMore list={list} />
    </Stack>
  );
}
