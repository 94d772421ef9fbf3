import { List, Stack, Table, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ActivityDetails } from "../../../../shared/api/activities.js";
import { languageName } from "../../../../shared/htcds/index.js";
import { type ActivityLabels, useActivityLabels } from "../activity-labels.js";
import { Facts } from "./ActivityFacts.js";

/** The kind's own fields, readable: counts as numbers of the language, codes as names. */
export function KindFacts({ details }: { details: ActivityDetails }) {
  const { t } = useTranslation();
  const labels = useActivityLabels();
  const languages = (codes: readonly string[]) => codes.map((code) => languageName(code, labels.lang)).join(", ");
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {labels.kind(details.kind)}
      </Title>
      {details.kind === "training" ? <TrainingFacts details={details.training} labels={labels} /> : null}
      {details.kind === "awareness" ? (
        <>
          <Facts
            items={[
              [t("activitiesWeb.fields.campaign"), details.awareness.campaign ?? ""],
              [t("activitiesWeb.fields.languages"), languages(details.awareness.languages)],
              [t("activitiesWeb.fields.channels"), labels.listValues("channel", details.awareness.channels)],
              [t("activitiesWeb.fields.reach.peopleMet"), labels.number(details.awareness.reach.peopleMet)],
              [t("activitiesWeb.fields.reach.views"), labels.number(details.awareness.reach.views)],
              [t("activitiesWeb.fields.reach.impressions"), labels.number(details.awareness.reach.impressions)],
              [t("activitiesWeb.fields.reach.spots"), labels.number(details.awareness.reach.spots)],
            ]}
          />
          {details.awareness.materials.length > 0 ? (
            <Table.ScrollContainer minWidth={480}>
              <Table striped>
                <Table.Caption>{t("activitiesWeb.form.materials")}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t("activitiesWeb.fields.material")}</Table.Th>
                    <Table.Th scope="col">{t("activitiesWeb.fields.languages")}</Table.Th>
                    <Table.Th scope="col">{t("activitiesWeb.fields.produced")}</Table.Th>
                    <Table.Th scope="col">{t("activitiesWeb.fields.printed")}</Table.Th>
                    <Table.Th scope="col">{t("activitiesWeb.fields.distributed")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {details.awareness.materials.map((line, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: material lines have no identity but their place.
                    <Table.Tr key={index}>
                      <Table.Th scope="row" fw={400}>
                        {labels.listValue("material", line.material)}
                      </Table.Th>
                      <Table.Td>{languages(line.languages)}</Table.Td>
                      <Table.Td>{labels.number(line.produced)}</Table.Td>
                      <Table.Td>{labels.number(line.printed)}</Table.Td>
                      <Table.Td>{labels.number(line.distributed)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          ) : null}
        </>
      ) : null}
      {details.kind === "coordination" ? (
        <Facts
          items={[
            [t("activitiesWeb.fields.meetingType"), labels.listValue("meeting_type", details.coordination.meetingType)],
            [t("activitiesWeb.fields.role"), labels.meetingRole(details.coordination.role)],
            [t("activitiesWeb.fields.organisationsPresent"), details.coordination.organisationsPresent.join(", ")],
            [t("activitiesWeb.fields.organisationCount"), labels.number(details.coordination.organisationCount)],
            [t("activitiesWeb.fields.topics"), labels.listValues("coordination_topic", details.coordination.topics)],
            [
              t("activitiesWeb.fields.followUps"),
              details.coordination.followUps ? (
                <span key="follow-ups" style={{ whiteSpace: "pre-wrap" }}>
                  {details.coordination.followUps}
                </span>
              ) : (
                ""
              ),
            ],
          ]}
        />
      ) : null}
      {details.kind === "guidance" ? (
        <Facts
          items={[
            [t("activitiesWeb.fields.productType"), labels.listValue("product_type", details.guidance.productType)],
            [t("activitiesWeb.fields.languages"), languages(details.guidance.languages)],
          ]}
        />
      ) : null}
      {details.kind === "research" ? (
        <>
          <Facts
            items={[
              [t("activitiesWeb.fields.method"), labels.listValue("research_method", details.research.method)],
              [t("activitiesWeb.fields.sampleSize"), labels.number(details.research.sampleSize)],
              [t("activitiesWeb.fields.researchStatus"), labels.researchStatus(details.research.researchStatus)],
              [
                t("activitiesWeb.fields.collected"),
                details.research.collectedFrom && details.research.collectedTo
                  ? labels.dates(details.research.collectedFrom, details.research.collectedTo)
                  : labels.date(details.research.collectedFrom ?? details.research.collectedTo),
              ],
            ]}
          />
          {details.research.findings.length > 0 ? (
            <>
              <Title order={3} size="h5">
                {t("activitiesWeb.form.findings")}
              </Title>
              <List size="sm" spacing={4}>
                {details.research.findings.map((finding, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: findings have no identity but their place.
                  <List.Item key={index}>
                    {finding.value !== undefined && finding.unit !== "text"
                      ? `${finding.unit === "percent" ? labels.percent(finding.value) : labels.number(finding.value)} — `
                      : ""}
                    {finding.text}
                  </List.Item>
                ))}
              </List>
            </>
          ) : null}
        </>
      ) : null}
    </Stack>
  );
}

type Training = Extract<ActivityDetails, { kind: "training" }>["training"];

function TrainingFacts({ details, labels }: { details: Training; labels: ActivityLabels }) {
  const { t } = useTranslation();
  const p = details.participants;
  return (
    <Facts
      items={[
        [t("activitiesWeb.fields.targetGroups"), labels.listValues("target_group", details.targetGroups)],
        [t("activitiesWeb.fields.topics"), labels.listValues("training_topic", details.topics)],
        [t("activitiesWeb.fields.modality"), labels.modality(details.modality)],
        [t("activitiesWeb.fields.durationDays"), labels.number(details.durationDays)],
        [
          t("activitiesWeb.form.participants"),
          t("activitiesWeb.detail.participants", {
            total: labels.number(p.total),
            female: labels.number(p.female),
            male: labels.number(p.male),
            other: labels.number(p.other),
          }),
        ],
        [
          t("activitiesWeb.form.byProfile"),
          details.byProfile
            .map((row) => `${labels.listValue("target_group", row.profile)}: ${labels.number(row.count)}`)
            .join(", "),
        ],
        [t("activitiesWeb.fields.preTestAverage"), labels.percent(details.preTestAverage)],
        [t("activitiesWeb.fields.postTestAverage"), labels.percent(details.postTestAverage)],
      ]}
    />
  );
}
