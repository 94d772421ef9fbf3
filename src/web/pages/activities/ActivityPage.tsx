import { Alert, Anchor, Badge, Card, Divider, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { usePageTitle } from "../../components/usePageTitle.js";
import { LockedBadge, StatusBadge } from "./ActivityCards.js";
import { ActivityNotFound, Loading } from "./ActivityEditPage.js";
import { useActivity } from "./activity-api.js";
import { useActivityLabels } from "./activity-labels.js";
import { ActivityActions } from "./detail/ActivityActions.js";
import { ActivityFacts } from "./detail/ActivityFacts.js";
import { FilesSection } from "./detail/FilesSection.js";
import { KindFacts } from "./detail/KindFacts.js";
import { ParticipantsPanel } from "./detail/ParticipantsPanel.js";
import { PhotosSection } from "./detail/PhotosSection.js";

/** /activities/:id — one activity, everything recorded about it, and the next step it can take. */
export function ActivityPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const labels = useActivityLabels();
  const query = useActivity(id);
  const activity = query.data;
  usePageTitle(activity?.title ?? t("activitiesWeb.detail.fallbackTitle"));
  if (query.isPending) return <Loading />;
  if (!activity) return <ActivityNotFound error={query.error} />;
  return (
    <Stack maw={960} gap="md">
      <Anchor component={Link} to="/activities" size="sm">
        {t("activitiesWeb.detail.backToList")}
      </Anchor>
      <Title order={1} style={{ overflowWrap: "anywhere" }}>
        {activity.title}
      </Title>
      <Group gap={6} wrap="wrap">
        <StatusBadge status={activity.status} />
        <Badge component="span" color="gray" variant="outline" tt="none">
          {labels.kind(activity.kind)}
        </Badge>
        {activity.locked ? <LockedBadge /> : null}
      </Group>
      {activity.locked ? (
        <Text size="sm" c="dimmed">
          {t("activitiesWeb.detail.lockedNote", { month: labels.month(activity.periodMonth) })}
        </Text>
      ) : null}
      {activity.status === "draft" && activity.returnedReason ? (
        <Alert color="orange" variant="light" title={t("activitiesWeb.detail.returnedTitle")}>
          <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
            {activity.returnedReason}
          </Text>
        </Alert>
      ) : null}
      <Card withBorder padding="sm" component="section" aria-labelledby="activity-next">
        <Title order={2} size="h4" id="activity-next" mb="xs">
          {t("activitiesWeb.actions.title")}
        </Title>
        <ActivityActions activity={activity} />
      </Card>
      <ActivityFacts activity={activity} />
      <Divider />
      <KindFacts details={activity.details} />
      <ParticipantsPanel activity={activity} />
      <Divider />
      <PhotosSection activity={activity} />
      {activity.kind === "guidance" ? (
        <>
          <Divider />
          <FilesSection activity={activity} />
        </>
      ) : null}
    </Stack>
  );
}
