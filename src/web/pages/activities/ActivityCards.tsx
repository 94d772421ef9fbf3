import { Anchor, Badge, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { ActivitySummary } from "../../../shared/api/activities.js";
import { STATUS_COLOURS, useActivityLabels } from "./activity-labels.js";

/** Activities as cards, one under another: readable on a phone, each saying what, where, when and how many. */
export function ActivityCards({ items }: { items: readonly ActivitySummary[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <Stack
      component="ol"
      gap="sm"
      p={0}
      m={0}
      style={{ listStyle: "none" }}
      aria-label={t("activitiesWeb.list.results")}
    >
      {items.map((item) => (
        <ActivityCard key={item.id} item={item} />
      ))}
    </Stack>
  );
}

function ActivityCard({ item }: { item: ActivitySummary }) {
  const labels = useActivityLabels();
  const headline = labels.headline(item.headline);
  return (
    <Card component="li" withBorder padding="sm">
      <Stack gap={6}>
        <Title order={2} size="h4" style={{ overflowWrap: "anywhere" }}>
          <Anchor component={Link} to={`/activities/${item.id}`} inherit>
            {item.title}
          </Anchor>
        </Title>
        <Group gap={6} wrap="wrap">
          <StatusBadge status={item.status} />
          <Badge component="span" color="gray" variant="outline" tt="none">
            {labels.kind(item.kind)}
          </Badge>
          {item.locked ? <LockedBadge /> : null}
        </Group>
        <Text size="sm" style={{ overflowWrap: "anywhere" }}>
          {[item.officeName, labels.dates(item.startsOn, item.endsOn)].join(" · ")}
        </Text>
        {headline ? (
          <Text size="sm" fw={600}>
            {headline}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}

export function StatusBadge({ status }: { status: string }) {
  const labels = useActivityLabels();
  return (
    <Badge component="span" color={STATUS_COLOURS[status] ?? "gray"} variant="light" tt="none">
      {labels.status(status)}
    </Badge>
  );
}

/** The month is locked: a padlock for the eye, the word for everyone. */
export function LockedBadge() {
  const { t } = useTranslation();
  return (
    <Badge
      component="span"
      color="orange"
      variant="light"
      tt="none"
      leftSection={
        <svg
          aria-hidden="true"
          width="12"
          height="12"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="2.5"
        >
          <rect x="5" y="11" width="14" height="10" rx="2" />
          <path d="M8 11V7a4 4 0 0 1 8 0v4" />
        </svg>
      }
    >
      {t("activitiesWeb.list.locked")}
    </Badge>
  );
}
