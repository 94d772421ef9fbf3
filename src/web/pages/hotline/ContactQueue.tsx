import { Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { LoadMore } from "../../components/LoadMore.js";
import { ContactSummaryCard } from "./ContactSummaryCard.js";
import { type ContactSummary, useContactList } from "./hotline-api.js";
import type { HotlineLabels } from "./hotline-labels.js";

interface ContactQueueProps {
  /** The operator's own unfinished contacts (polled for incoming calls by the page). */
  myDrafts: readonly ContactSummary[];
  draftsError: unknown;
  labels: HotlineLabels;
}

/** What waits for an operator: web-form reports nobody has taken yet, and their own unfinished contacts. */
export function ContactQueue({ myDrafts, draftsError, labels }: ContactQueueProps) {
  const { t } = useTranslation();
  const waiting = useContactList("queued", {});
  return (
    <Stack gap="sm" component="section" aria-labelledby="queue-title">
      <Title order={2} size="h3" id="queue-title">
        {t("hotlineWeb.home.queue")}
      </Title>
      <ErrorAlert error={waiting.error ?? draftsError} />
      <Title order={3} size="h5">
        {t("hotlineWeb.home.waiting")}
      </Title>
      {waiting.isSuccess && waiting.items.length === 0 ? (
        <Text size="sm">{t("hotlineWeb.home.noneWaiting")}</Text>
      ) : null}
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
        {waiting.items.map((contact) => (
          <ContactSummaryCard key={contact.id} contact={contact} labels={labels} />
        ))}
      </Stack>
      <LoadMore list={waiting} />
      <Title order={3} size="h5">
        {t("hotlineWeb.home.myDrafts")}
      </Title>
      {myDrafts.length === 0 ? <Text size="sm">{t("hotlineWeb.home.noDrafts")}</Text> : null}
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
        {myDrafts.map((contact) => (
          <ContactSummaryCard key={contact.id} contact={contact} labels={labels} />
        ))}
      </Stack>
    </Stack>
  );
}
