import { SimpleGrid, TagsInput, Textarea } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { MEETING_ROLES } from "../../../../shared/activities/vocab.js";
import { Section } from "../../directory/edit/ServiceForm.js";
import { useActivityLabels } from "../activity-labels.js";
import type { ActivityForm } from "./activity-form.js";
import { CodeSelect, CountInput, ListMultiSelect, ListSelect } from "./inputs.js";
import type { CoordinationForm } from "./kind-forms.js";

interface CoordinationFieldsProps {
  form: ActivityForm;
  onChange: (next: Partial<ActivityForm>) => void;
  errors: Record<string, string>;
}

/** A coordination meeting: what meeting, the office's part in it, who came, what it was about, what follows. */
export function CoordinationFields({ form, onChange, errors }: CoordinationFieldsProps) {
  const { t } = useTranslation();
  const labels = useActivityLabels();
  const value = form.details.coordination;
  const set = (change: Partial<CoordinationForm>) =>
    onChange({ details: { ...form.details, coordination: { ...value, ...change } } });
  return (
    <Section title={t("activitiesWeb.form.coordination")}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <ListSelect
          list="meeting_type"
          label={t("activitiesWeb.fields.meetingType")}
          required
          value={value.meetingType}
          onChange={(meetingType) => set({ meetingType })}
          error={errors["details.meetingType"]}
        />
        <CodeSelect
          codes={MEETING_ROLES}
          labelOf={labels.meetingRole}
          label={t("activitiesWeb.fields.role")}
          required
          value={value.role}
          onChange={(role) => set({ role })}
          error={errors["details.role"]}
        />
      </SimpleGrid>
      <TagsInput
        label={t("activitiesWeb.fields.organisationsPresent")}
        description={t("activitiesWeb.form.tagsHint")}
        value={value.organisationsPresent}
        onChange={(organisationsPresent) => set({ organisationsPresent })}
        error={errors["details.organisationsPresent"]}
        maxTags={100}
        clearable
        clearButtonProps={{ "aria-label": t("common.clear") }}
      />
      <CountInput
        label={t("activitiesWeb.fields.organisationCount")}
        description={t("activitiesWeb.form.organisationCountHint")}
        value={value.organisationCount}
        onChange={(organisationCount) => set({ organisationCount })}
        error={errors["details.organisationCount"]}
      />
      <ListMultiSelect
        list="coordination_topic"
        label={t("activitiesWeb.fields.topics")}
        value={value.topics}
        onChange={(topics) => set({ topics })}
        error={errors["details.topics"]}
      />
      <Textarea
        label={t("activitiesWeb.fields.followUps")}
        value={value.followUps}
        onChange={(event) => set({ followUps: event.currentTarget.value })}
        error={errors["details.followUps"]}
        autosize
        minRows={2}
        maxLength={4000}
      />
    </Section>
  );
}
