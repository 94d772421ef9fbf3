import { Fieldset, SimpleGrid, Text, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { LanguagesPicker } from "../../cases/inputs.js";
import { Section } from "../../directory/edit/ServiceForm.js";
import type { ActivityForm } from "./activity-form.js";
import { materialProblem } from "./form-checks.js";
import { CountInput, ListMultiSelect, ListSelect, Rows } from "./inputs.js";
import { type AwarenessForm, emptyMaterialRow } from "./kind-forms.js";

interface AwarenessFieldsProps {
  form: ActivityForm;
  onChange: (next: Partial<ActivityForm>) => void;
  errors: Record<string, string>;
}

/** Awareness and communication: the campaign, what was made and handed out, through which channels, and reach. */
export function AwarenessFields({ form, onChange, errors }: AwarenessFieldsProps) {
  const { t } = useTranslation();
  const value = form.details.awareness;
  const set = (change: Partial<AwarenessForm>) =>
    onChange({ details: { ...form.details, awareness: { ...value, ...change } } });
  const reach = (name: keyof AwarenessForm["reach"]) => (
    <CountInput
      label={t(`activitiesWeb.fields.reach.${name}`)}
      value={value.reach[name]}
      onChange={(typed) => set({ reach: { ...value.reach, [name]: typed } })}
      error={errors[`details.reach.${name}`]}
    />
  );
  return (
    <Section title={t("activitiesWeb.form.awareness")}>
      <TextInput
        label={t("activitiesWeb.fields.campaign")}
        value={value.campaign}
        onChange={(event) => set({ campaign: event.currentTarget.value })}
        error={errors["details.campaign"]}
        maxLength={200}
      />
      <Fieldset legend={t("activitiesWeb.form.materials")} variant="unstyled">
        <Rows
          rows={value.materials}
          onChange={(materials) => set({ materials })}
          empty={emptyMaterialRow}
          legend={(index) => t("activitiesWeb.form.materialRow", { number: index + 1 })}
          addLabel={t("activitiesWeb.form.addMaterial")}
          max={30}
        >
          {(row, index, setRow) => {
            const at = (name: string) => errors[`details.materials.${index}.${name}`];
            const problem = materialProblem(row);
            return (
              <>
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <ListSelect
                    list="material"
                    label={t("activitiesWeb.fields.material")}
                    required
                    value={row.material}
                    onChange={(material) => setRow({ material })}
                    error={at("material")}
                  />
                  <LanguagesPicker
                    label={t("activitiesWeb.fields.languages")}
                    value={row.languages}
                    onChange={(languages) => setRow({ languages })}
                    error={at("languages")}
                  />
                </SimpleGrid>
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  <CountInput
                    label={t("activitiesWeb.fields.produced")}
                    value={row.produced}
                    onChange={(produced) => setRow({ produced })}
                    error={at("produced")}
                  />
                  <CountInput
                    label={t("activitiesWeb.fields.printed")}
                    value={row.printed}
                    onChange={(printed) => setRow({ printed })}
                    error={
                      at("printed") ??
                      (problem === "printed_over" ? t("activitiesWeb.check.printedOverProduced") : undefined)
                    }
                  />
                  <CountInput
                    label={t("activitiesWeb.fields.distributed")}
                    value={row.distributed}
                    onChange={(distributed) => setRow({ distributed })}
                    error={
                      at("distributed") ??
                      (problem === "distributed_over" ? t("activitiesWeb.check.distributedOverPrinted") : undefined)
                    }
                  />
                </SimpleGrid>
              </>
            );
          }}
        </Rows>
      </Fieldset>
      <LanguagesPicker
        label={t("activitiesWeb.fields.languages")}
        description={t("activitiesWeb.form.languagesHint")}
        value={value.languages}
        onChange={(languages) => set({ languages })}
        error={errors["details.languages"]}
      />
      <ListMultiSelect
        list="channel"
        label={t("activitiesWeb.fields.channels")}
        value={value.channels}
        onChange={(channels) => set({ channels })}
        error={errors["details.channels"]}
      />
      <Fieldset legend={t("activitiesWeb.form.reach")} variant="unstyled">
        <Text size="sm" c="dimmed" mb="xs">
          {t("activitiesWeb.form.reachHint")}
        </Text>
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          {reach("peopleMet")}
          {reach("views")}
          {reach("impressions")}
          {reach("spots")}
        </SimpleGrid>
      </Fieldset>
    </Section>
  );
}
