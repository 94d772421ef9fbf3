import { Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { ActivityDetail } from "../../../../shared/api/activities.js";
import { formatDateTime } from "../../../format.js";
import { useVocab } from "../../cases/vocab.js";
import { Fact } from "../../directory/ServiceResults.js";
import { useActivityLabels } from "../activity-labels.js";

/** A list of terms and what they are, leaving out those with nothing to say. */
export function Facts({ items }: { items: [string, ReactNode][] }) {
  const shown = items.filter(([, value]) => value !== "" && value !== null && value !== undefined);
  if (shown.length === 0) return null;
  return (
    <dl style={{ margin: 0, display: "grid", gap: 4 }}>
      {shown.map(([term, value]) => (
        <Fact key={term} term={term}>
          {value}
        </Fact>
      ))}
    </dl>
  );
}

/** What every activity has: who, where in the report, where and when, with whom, and who moved it along. */
export function ActivityFacts({ activity }: { activity: ActivityDetail }) {
  const { t } = useTranslation();
  const labels = useActivityLabels();
  const vocab = useVocab();
  const when = (at: string | null, by: string | null) =>
    at ? [formatDateTime(at, labels.lang), by].filter(Boolean).join(" · ") : "";
  return (
    <Stack gap="sm">
      <Facts
        items={[
          [t("activitiesWeb.fields.office"), activity.officeName],
          [t("activitiesWeb.fields.section"), labels.section(activity.section)],
          [t("activitiesWeb.fields.dates"), labels.dates(activity.startsOn, activity.endsOn)],
          [t("activitiesWeb.fields.periodMonth"), labels.month(activity.periodMonth)],
          [
            t("activitiesWeb.fields.where"),
            [activity.place, activity.admin1Pcode, vocab.country(activity.country)].filter(Boolean).join(", "),
          ],
          [t("activitiesWeb.fields.partners"), activity.partners.join(", ")],
          [t("activitiesWeb.fields.createdBy"), activity.createdBy ?? ""],
          [t("activitiesWeb.fields.submitted"), when(activity.submittedAt, activity.submittedBy)],
          [t("activitiesWeb.fields.approved"), when(activity.approvedAt, activity.approvedBy)],
        ]}
      />
      <Title order={2} size="h4">
        {t("activitiesWeb.fields.narrative")}
      </Title>
      {activity.narrative ? (
        <Text style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{activity.narrative}</Text>
      ) : (
        <Text size="sm" c="dimmed">
          {t("activitiesWeb.detail.noNarrative")}
        </Text>
      )}
    </Stack>
  );
}
