import { Anchor, Badge, Card, Group, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { formatDateTime, formatDuration } from "../../format.js";
import type { ContactSummary } from "./hotline-api.js";
import type { HotlineLabels } from "./hotline-labels.js";

interface ContactSummaryCardProps {
  contact: ContactSummary;
  labels: HotlineLabels;
  actions?: ReactNode;
}

/** One contact in a list: when and how (the link), what it was about, how it ended. No caller details. */
export function ContactSummaryCard({ contact, labels, actions }: ContactSummaryCardProps) {
  const { t } = useTranslation();
  const about = [labels.callerType(contact.callerType), labels.language(contact.language)].filter(Boolean);
  const ending = [
    contact.status === "completed" ? labels.outcome(contact.outcome) : null,
    contact.durationSeconds !== null ? formatDuration(contact.durationSeconds, labels.lang) : null,
    contact.operator?.name,
  ].filter(Boolean);
  return (
    <Card component="li" withBorder padding="sm">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap={6}>
        <Anchor component={Link} to={`/hotline/contacts/${contact.id}`} fw={600}>
          {`${labels.channel(contact.channel)} · ${formatDateTime(contact.startedAt, labels.lang)}`}
        </Anchor>
        <Group gap={6}>
          {contact.escalation ? (
            <Badge color="red" variant="light" tt="none">
              {labels.escalation(contact.escalation)}
            </Badge>
          ) : null}
          {contact.status !== "completed" ? (
            <Badge color={contact.status === "queued" ? "orange" : "blue"} variant="light" tt="none">
              {labels.status(contact.status)}
            </Badge>
          ) : null}
        </Group>
      </Group>
      {contact.topics.length > 0 ? (
        <Text size="sm" mt={4}>
          {contact.topics.map((code) => labels.topic(code)).join(", ")}
        </Text>
      ) : null}
      {about.length > 0 ? <Text size="sm">{about.join(" · ")}</Text> : null}
      {ending.length > 0 ? (
        <Text size="sm" c="dimmed">
          {ending.join(" · ")}
        </Text>
      ) : null}
      {contact.case ? (
        <Anchor component={Link} to={`/cases/${contact.case.id}`} size="sm">
          {t("hotlineWeb.repeat.case", { number: contact.case.caseNumber })}
        </Anchor>
      ) : null}
      {actions}
    </Card>
  );
}
