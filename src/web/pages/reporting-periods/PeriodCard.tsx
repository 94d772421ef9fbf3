import { Anchor, Badge, Button, Card, Group, List, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { PeriodSummary } from "../../../shared/api/offices.js";
import { ConfirmAction } from "../../components/ConfirmAction.js";
import { formatDateTime } from "../../format.js";
import { LockedBadge } from "../activities/ActivityCards.js";
import { ActivityError } from "../activities/ActivityError.js";
import { useActivityLabels } from "../activities/activity-labels.js";
import { ReasonDialog } from "../activities/detail/ReasonDialog.js";
import { lockable, usePeriodChange } from "./period-api.js";

interface PeriodCardProps {
  period: PeriodSummary;
  /** Whether the person may lock and unlock (activity.approve). */
  approves: boolean;
}

/** One office's month: its activities by status, its lock, and what was done to the lock and why. */
export function PeriodCard({ period, approves }: PeriodCardProps) {
  const { t } = useTranslation();
  const labels = useActivityLabels();
  const change = usePeriodChange();
  const [unlocking, { open, close }] = useDisclosure(false);
  const explanationId = useId();
  const month = labels.month(period.month);
  const notApproved = period.counts.draft + period.counts.submitted;
  const listLink = `/activities?${new URLSearchParams({ officeId: period.officeId, from: period.month, to: period.month })}`;
  const when = (at: string | null) => formatDateTime(at, labels.lang);
  return (
    <Card component="li" withBorder padding="sm">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={2} size="h4" style={{ overflowWrap: "anywhere" }}>
            {period.officeName}
          </Title>
          {period.locked ? (
            <LockedBadge />
          ) : (
            <Badge component="span" color="gray" variant="light" tt="none">
              {t("activitiesWeb.periods.open")}
            </Badge>
          )}
        </Group>
        <Text size="sm">
          {(["draft", "submitted", "approved"] as const)
            .map((status) => `${labels.status(status)}: ${labels.number(period.counts[status])}`)
            .join(" · ")}
        </Text>
        <Anchor component={Link} to={listLink} size="sm">
          {t("activitiesWeb.periods.seeActivities", { office: period.officeName, month })}
        </Anchor>
        {period.locked && period.lockedAt ? (
          <Text size="sm">
            {period.lockedBy
              ? t("activitiesWeb.periods.lockedBy", { date: when(period.lockedAt), name: period.lockedBy })
              : t("activitiesWeb.periods.lockedAt", { date: when(period.lockedAt) })}
          </Text>
        ) : null}
        {approves ? (
          <Stack gap={4}>
            <ActivityError error={unlocking ? null : change.error} />
            <Group gap="sm" wrap="wrap">
              {period.locked ? (
                <Button variant="default" onClick={open}>
                  {t("activitiesWeb.periods.unlock")}
                </Button>
              ) : lockable(period) ? (
                <ConfirmAction
                  label={t("activitiesWeb.periods.lock")}
                  title={t("activitiesWeb.periods.lockTitle", { office: period.officeName, month })}
                  message={t("activitiesWeb.periods.lockText")}
                  variant="filled"
                  loading={change.isPending}
                  onConfirm={() => change.mutate({ action: "lock", officeId: period.officeId, month: period.month })}
                />
              ) : (
                <Button disabled aria-describedby={explanationId}>
                  {t("activitiesWeb.periods.lock")}
                </Button>
              )}
            </Group>
            {!period.locked && !lockable(period) ? (
              <Text size="sm" c="dimmed" id={explanationId}>
                {t("activitiesWeb.periods.cannotLock", { count: notApproved })}
              </Text>
            ) : null}
          </Stack>
        ) : null}
        {period.events.length > 0 ? (
          <Stack gap={4}>
            <Title order={3} size="h6">
              {t("activitiesWeb.periods.history")}
            </Title>
            <List size="sm" spacing={2}>
              {period.events.map((event) => (
                <List.Item key={`${event.action}-${event.at}`}>
                  {[
                    t(`activitiesWeb.periods.events.${event.action}`),
                    when(event.at),
                    event.actorName ?? "",
                    event.reason ? t("activitiesWeb.periods.reason", { reason: event.reason }) : "",
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </List.Item>
              ))}
            </List>
          </Stack>
        ) : null}
      </Stack>
      <ReasonDialog
        opened={unlocking}
        onClose={close}
        title={t("activitiesWeb.periods.unlockTitle", { office: period.officeName, month })}
        intro={t("activitiesWeb.periods.unlockText")}
        reasonLabel={t("activitiesWeb.periods.unlockReason")}
        submitLabel={t("activitiesWeb.periods.unlock")}
        loading={change.isPending}
        error={unlocking ? change.error : null}
        onSubmit={(reason) =>
          change.mutate(
            { action: "unlock", officeId: period.officeId, month: period.month, reason },
            { onSuccess: close },
          )
        }
      />
    </Card>
  );
}
