import { SimpleGrid } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { TRAINING_MODALITIES } from "../../../../shared/activities/vocab.js";
import { Section } from "../../directory/edit/ServiceForm.js";
import { useActivityLabels } from "../activity-labels.js";
import type { ActivityForm } from "./activity-form.js";
import { CodeSelect, CountInput, ListMultiSelect } from "./inputs.js";
import type { TrainingForm } from "./kind-forms.js";
import { ParticipantCounts } from "./ParticipantCounts.js";
import { ParticipantListFields } from "./ParticipantListFields.js";

interface TrainingFieldsProps {
  form: ActivityForm;
  onChange: (next: Partial<ActivityForm>) => void;
  errors: Record<string, string>;
}

/** A training: on what, for whom, how, how long, how many took part and how they did in the tests. */
export function TrainingFields({ form, onChange, errors }: TrainingFieldsProps) {
  const { t } = useTranslation();
  const labels = useActivityLabels();
  const value = form.details.training;
  const set = (change: Partial<TrainingForm>) =>
    onChange({ details: { ...form.details, training: { ...value, ...change } } });
  return (
    <>
      <Section title={t("activitiesWeb.form.training")}>
        <ListMultiSelect
          list="target_group"
          label={t("activitiesWeb.fields.targetGroups")}
          required
          value={value.targetGroups}
          onChange={(targetGroups) => set({ targetGroups })}
          error={errors["details.targetGroups"]}
        />
        <ListMultiSelect
          list="training_topic"
          label={t("activitiesWeb.fields.topics")}
          value={value.topics}
          onChange={(topics) => set({ topics })}
          error={errors["details.topics"]}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <CodeSelect
            codes={TRAINING_MODALITIES}
            labelOf={labels.modality}
            label={t("activitiesWeb.fields.modality")}
            required
            value={value.modality}
            onChange={(modality) => set({ modality })}
            error={errors["details.modality"]}
          />
          <CountInput
            decimal
            label={t("activitiesWeb.fields.durationDays")}
            value={value.durationDays}
            onChange={(durationDays) => set({ durationDays })}
            error={errors["details.durationDays"]}
          />
        </SimpleGrid>
        <ParticipantCounts value={value} onChange={set} errors={errors} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <CountInput
            decimal
            label={t("activitiesWeb.fields.preTestAverage")}
            description={t("activitiesWeb.form.percentHint")}
            value={value.preTestAverage}
            onChange={(preTestAverage) => set({ preTestAverage })}
            error={errors["details.preTestAverage"]}
          />
          <CountInput
            decimal
            label={t("activitiesWeb.fields.postTestAverage")}
            description={t("activitiesWeb.form.percentHint")}
            value={value.postTestAverage}
            onChange={(postTestAverage) => set({ postTestAverage })}
            error={errors["details.postTestAverage"]}
          />
        </SimpleGrid>
      </Section>
      <Section title={t("activitiesWeb.participantList.title")}>
        <ParticipantListFields value={form} onChange={onChange} errors={errors} />
      </Section>
    </>
  );
}
