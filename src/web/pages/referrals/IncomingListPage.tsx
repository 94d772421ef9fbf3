import { Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { LoadMore } from "../../components/LoadMore.js";
import { usePageTitle } from "../../components/usePageTitle.js";
import { ImportPackageDialog } from "./packages/ImportPackageDialog.js";
import { PackageKeyPanel } from "./packages/PackageKeyPanel.js";
import { ReferralCards } from "./ReferralCards.js";
import { ReferralFilters, useReferralFilters } from "./ReferralFilters.js";
import { useIncomingList } from "./referral-api.js";
import { queueOrder } from "./referral-order.js";

/** /referrals/incoming — the organisation's queue of referrals sent to it: late and urgent ones first. */
export function IncomingListPage() {
  const { t } = useTranslation();
  usePageTitle(t("referralsPage.incoming.title"));
  const filters = useReferralFilters();
  const list = useIncomingList(filters.query);
  const items = queueOrder(list.items);
  return (
    <Stack maw={960}>
      <Title order={1}>{t("referralsPage.incoming.title")}</Title>
      <Text>{t("referralsPage.incoming.intro")}</Text>
      {/* Referrals from organisations in another Safepath arrive as package files. */}
      <Group>
        <ImportPackageDialog />
      </Group>
      <PackageKeyPanel />
      <ReferralFilters filters={filters} />
      <ErrorAlert error={list.error} />
      <Text size="sm" aria-live="polite">
        {list.isSuccess
          ? items.length === 0
            ? t("referralsPage.incoming.empty")
            : t("referralsPage.shown", { count: items.length })
          : ""}
      </Text>
      <ReferralCards items={items} side="incoming" label={t("referralsPage.incoming.title")} />
      <LoadMore list={list} />
    </Stack>
  );
}
