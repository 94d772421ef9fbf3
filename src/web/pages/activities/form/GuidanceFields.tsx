import { Fieldset, SimpleGrid, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { LanguagesPicker } from "../../cases/inputs.js";
import { Section } from "../../directory/edit/ServiceForm.js";
import type { ActivityForm } from "./activity-form.js";
import { ListSelect, Rows } from "./inputs.js";
import { emptyVersionRow, type GuidanceForm } from "./kind-forms.js";

interface GuidanceFieldsProps {
  form: ActivityForm;
  onChange: (next: Partial<ActivityForm>) => void;
  errors: Record<string, string>;
}

/** A guidance product or tool: what it is, its languages and its versions (files are added on its page). */
export function GuidanceFields({ form, onChange, errors }: GuidanceFieldsProps) {
  const { t } = useTranslation();
  const value = form.details.guidance;
  const set = (change: Partial<GuidanceForm>) =>
    onChange({ details: { ...form.details, guidance: { ...value, ...change } } });
  return (
    <Section title={t("activitiesWeb.form.guidance")}>
      <ListSelect
        list="product_type"
        label={t("activitiesWeb.fields.productType")}
        required
        value={value.productType}
        onChange={(productType) => set({ productType })}
        error={errors["details.productType"]}
      />
      <LanguagesPicker
        label={t("activitiesWeb.fields.languages")}
        value={value.languages}
        onChange={(languages) => set({ languages })}
        error={errors["details.languages"]}
      />
      <Fieldset legend={t("activitiesWeb.form.versions")} variant="unstyled">
        <Rows
          rows={value.versions}
          onChange={(versions) => set({ versions })}
          empty={emptyVersionRow}
          legend={(index) => t("activitiesWeb.form.versionRow", { number: index + 1 })}
          addLabel={t("activitiesWeb.form.addVersion")}
          max={50}
        >
          {(row, index, setRow) => (
            <>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  label={t("activitiesWeb.fields.versionLabel")}
                  description={t("activitiesWeb.form.versionLabelHint")}
                  required
                  value={row.label}
                  onChange={(event) => setRow({ label: event.currentTarget.value })}
                  error={errors[`details.versions.${index}.label`]}
                  maxLength={40}
                />
                <TextInput
                  type="date"
                  label={t("activitiesWeb.fields.versionDate")}
                  required
                  value={row.date}
                  onChange={(event) => setRow({ date: event.currentTarget.value })}
                  error={errors[`details.versions.${index}.date`]}
                />
              </SimpleGrid>
              <TextInput
                label={t("activitiesWeb.fields.versionNote")}
                value={row.note}
                onChange={(event) => setRow({ note: event.currentTarget.value })}
                error={errors[`details.versions.${index}.note`]}
                maxLength={1000}
              />
            </>
          )}
        </Rows>
      </Fieldset>
    </Section>
  );
}
