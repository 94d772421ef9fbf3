import { Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { LoadMore } from "../../components/LoadMore.js";
import { ContactSummaryCard } from "./ContactSummaryCard.js";
import { useContactList } from "./hotline-api.js";
import type { HotlineLabels } from "./hotline-labels.js";

/** The team's latest finished contacts, newest first: what the previous shift dealt with. */
export function RecentContacts({ labels }: { labels: HotlineLabels }) {
  const { t } = useTranslation();
  const list = useContactList("completed", { limit: 10 });
  return (
    <Stack gap="sm" component="section" aria-labelledby="recent-title">
      <Title order={2} size="h3" id="recent-title">
        {t("hotlineWeb.home.recent")}
      </Title>
      <ErrorAlert error={list.error} />
      {list.isSuccess && list.items.length === 0 ? <Text size="sm">{t("hotlineWeb.home.noRecent")}</Text> : null}
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
        {list.items.map((contact) => (
          <ContactSummaryCard key={contact.id} contact={contact} labels={labels} />
        ))}
      </Stack>
      <LoadMore list={list} />
    </Stack>
  );
}
