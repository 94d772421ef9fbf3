import { Fieldset, SimpleGrid, Textarea, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { FINDING_UNITS, RESEARCH_STATUSES } from "../../../../shared/activities/vocab.js";
import { Section } from "../../directory/edit/ServiceForm.js";
import { useActivityLabels } from "../activity-labels.js";
import type { ActivityForm } from "./activity-form.js";
import { CodeSelect, CountInput, ListSelect, Rows } from "./inputs.js";
import { emptyFindingRow, type ResearchForm } from "./kind-forms.js";

interface ResearchFieldsProps {
  form: ActivityForm;
  onChange: (next: Partial<ActivityForm>) => void;
  errors: Record<string, string>;
}

/** Research and data collection: how, how many, when the data were collected, where it stands, what it found. */
export function ResearchFields({ form, onChange, errors }: ResearchFieldsProps) {
  const { t } = useTranslation();
  const labels = useActivityLabels();
  const value = form.details.research;
  const set = (change: Partial<ResearchForm>) =>
    onChange({ details: { ...form.details, research: { ...value, ...change } } });
  return (
    <Section title={t("activitiesWeb.form.research")}>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <ListSelect
          list="research_method"
          label={t("activitiesWeb.fields.method")}
          required
          value={value.method}
          onChange={(method) => set({ method })}
          error={errors["details.method"]}
        />
        <CountInput
          label={t("activitiesWeb.fields.sampleSize")}
          value={value.sampleSize}
          onChange={(sampleSize) => set({ sampleSize })}
          error={errors["details.sampleSize"]}
        />
        <CodeSelect
          codes={RESEARCH_STATUSES}
          labelOf={labels.researchStatus}
          label={t("activitiesWeb.fields.researchStatus")}
          required
          value={value.researchStatus}
          onChange={(researchStatus) => set({ researchStatus })}
          error={errors["details.researchStatus"]}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          type="date"
          label={t("activitiesWeb.fields.collectedFrom")}
          value={value.collectedFrom}
          onChange={(event) => set({ collectedFrom: event.currentTarget.value })}
          error={errors["details.collectedFrom"]}
        />
        <TextInput
          type="date"
          label={t("activitiesWeb.fields.collectedTo")}
          min={value.collectedFrom || undefined}
          value={value.collectedTo}
          onChange={(event) => set({ collectedTo: event.currentTarget.value })}
          error={errors["details.collectedTo"]}
        />
      </SimpleGrid>
      <Fieldset legend={t("activitiesWeb.form.findings")} variant="unstyled">
        <Rows
          rows={value.findings}
          onChange={(findings) => set({ findings })}
          empty={emptyFindingRow}
          legend={(index) => t("activitiesWeb.form.findingRow", { number: index + 1 })}
          addLabel={t("activitiesWeb.form.addFinding")}
          max={50}
        >
          {(row, index, setRow) => (
            <>
              <Textarea
                label={t("activitiesWeb.fields.findingText")}
                description={t("activitiesWeb.form.findingHint")}
                required
                value={row.text}
                onChange={(event) => setRow({ text: event.currentTarget.value })}
                error={errors[`details.findings.${index}.text`]}
                autosize
                minRows={2}
                maxLength={1000}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <CountInput
                  decimal
                  label={t("activitiesWeb.fields.findingValue")}
                  value={row.value}
                  onChange={(typed) => setRow({ value: typed })}
                  error={errors[`details.findings.${index}.value`]}
                />
                <CodeSelect
                  codes={FINDING_UNITS}
                  labelOf={labels.findingUnit}
                  label={t("activitiesWeb.fields.findingUnit")}
                  required
                  value={row.unit}
                  onChange={(unit) => setRow({ unit })}
                  error={errors[`details.findings.${index}.unit`]}
                />
              </SimpleGrid>
            </>
          )}
        </Rows>
      </Fieldset>
    </Section>
  );
}
