import { Anchor, Badge, Button, Card, Group, SegmentedControl, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { LoadMore } from "../../components/LoadMore.js";
import { formatDate } from "../cases/format.js";
import { type FollowUp, useFollowUpDone, useFollowUps } from "./hotline-api.js";
import type { HotlineLabels } from "./hotline-labels.js";

/**
 * The shift's follow-ups: due today or earlier (overdue first, as the server orders them), each with the
 * handover note left by whoever took the contact, and "done" once it is done.
 */
export function FollowUpQueue({ labels }: { labels: HotlineLabels }) {
  const { t } = useTranslation();
  const [when, setWhen] = useState<"due" | "all">("due");
  const list = useFollowUps(when);
  const done = useFollowUpDone();
  return (
    <Stack gap="sm" component="section" aria-labelledby="follow-ups-title">
      <Group justify="space-between" wrap="wrap">
        <Title order={2} size="h3" id="follow-ups-title">
          {t("hotlineWeb.followUps.title")}
        </Title>
        <SegmentedControl
          size="xs"
          value={when}
          onChange={(value) => setWhen(value as "due" | "all")}
          data={[
            { value: "due", label: t("hotlineWeb.followUps.due") },
            { value: "all", label: t("hotlineWeb.followUps.all") },
          ]}
          aria-label={t("hotlineWeb.followUps.which")}
        />
      </Group>
      <ErrorAlert error={list.error ?? done.error} />
      {list.isSuccess && list.items.length === 0 ? <Text size="sm">{t("hotlineWeb.followUps.none")}</Text> : null}
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
        {list.items.map((item) => (
          <FollowUpCard
            key={item.contactId}
            item={item}
            labels={labels}
            onDone={() => done.mutate(item.contactId)}
            busy={done.isPending && done.variables === item.contactId}
          />
        ))}
      </Stack>
      <LoadMore list={list} />
    </Stack>
  );
}

interface FollowUpCardProps {
  item: FollowUp;
  labels: HotlineLabels;
  onDone: () => void;
  busy: boolean;
}

function FollowUpCard({ item, labels, onDone, busy }: FollowUpCardProps) {
  const { t } = useTranslation();
  const about = [labels.channel(item.channel), labels.callerType(item.callerType), labels.language(item.language)];
  return (
    <Card component="li" withBorder padding="sm">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap={6}>
        <Group gap={6}>
          <Text fw={600}>{t("hotlineWeb.followUps.dueOn", { date: formatDate(item.followUpOn, labels.lang) })}</Text>
          {item.overdue ? (
            <Badge color="red" variant="light" tt="none">
              {t("hotlineWeb.followUps.overdue")}
            </Badge>
          ) : null}
        </Group>
        <Button
          size="xs"
          variant="light"
          color="green"
          loading={busy}
          onClick={onDone}
          aria-label={t("hotlineWeb.followUps.doneNamed", { date: formatDate(item.followUpOn, labels.lang) })}
        >
          {t("hotlineWeb.followUps.done")}
        </Button>
      </Group>
      {item.note ? (
        <Text size="sm" mt={4} style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
          {item.note}
        </Text>
      ) : null}
      <Text size="sm" c="dimmed">
        {about.filter(Boolean).join(" · ")}
      </Text>
      <Group gap="sm">
        <Anchor component={Link} to={`/hotline/contacts/${item.contactId}`} size="sm">
          {t("hotlineWeb.followUps.openContact", { date: formatDate(item.startedAt, labels.lang) })}
        </Anchor>
        {item.case ? (
          <Anchor component={Link} to={`/cases/${item.case.id}`} size="sm">
            {t("hotlineWeb.repeat.case", { number: item.case.caseNumber })}
          </Anchor>
        ) : null}
      </Group>
    </Card>
  );
}
