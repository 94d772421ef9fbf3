import { NativeSelect, SimpleGrid, TagsInput, Textarea, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { REPORT_SECTIONS, type ReportSection } from "../../../../shared/activities/vocab.js";
import type { OfficeDetail } from "../../../../shared/api/offices.js";
import { CountryPicker } from "../../cases/inputs.js";
import { Section } from "../../directory/edit/ServiceForm.js";
import { useActivityLabels } from "../activity-labels.js";
import type { ActivityForm } from "./activity-form.js";

interface CommonFieldsProps {
  value: ActivityForm;
  onChange: (next: Partial<ActivityForm>) => void;
  errors: Record<string, string>;
  offices: readonly OfficeDetail[];
}

/** What every kind of activity has: who did it, what it is called, the report's words, where and when. */
export function CommonFields({ value, onChange, errors, offices }: CommonFieldsProps) {
  const { t } = useTranslation();
  const labels = useActivityLabels();
  const choosable = offices.filter((office) => !office.retired || office.id === value.officeId);
  const chooseOffice = (officeId: string) => {
    const office = offices.find((o) => o.id === officeId);
    // The office's country is the likely one; a country already chosen stays.
    onChange({ officeId, country: value.country ?? office?.country ?? null });
  };
  return (
    <>
      <Section title={t("activitiesWeb.form.what")}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t("activitiesWeb.fields.office")}
            required
            value={value.officeId}
            onChange={(event) => chooseOffice(event.currentTarget.value)}
            error={errors.officeId}
            data={[
              { value: "", label: t("activitiesWeb.form.choose"), disabled: true },
              ...choosable.map((office) => ({ value: office.id, label: office.name })),
            ]}
          />
          <NativeSelect
            label={t("activitiesWeb.fields.section")}
            description={t("activitiesWeb.form.sectionHint")}
            value={value.section}
            onChange={(event) => onChange({ section: event.currentTarget.value as ReportSection, sectionChosen: true })}
            error={errors.section}
            data={REPORT_SECTIONS.map((section) => ({ value: section, label: labels.section(section) }))}
          />
        </SimpleGrid>
        <TextInput
          label={t("activitiesWeb.fields.title")}
          description={t("activitiesWeb.form.titleHint")}
          required
          value={value.title}
          onChange={(event) => onChange({ title: event.currentTarget.value })}
          error={errors.title}
          maxLength={300}
        />
        <Textarea
          label={t("activitiesWeb.fields.narrative")}
          description={t("activitiesWeb.form.narrativeHint")}
          value={value.narrative}
          onChange={(event) => onChange({ narrative: event.currentTarget.value })}
          error={errors.narrative}
          autosize
          minRows={4}
          maxLength={8000}
        />
        <TagsInput
          label={t("activitiesWeb.fields.partners")}
          description={t("activitiesWeb.form.tagsHint")}
          value={value.partners}
          onChange={(partners) => onChange({ partners })}
          error={errors.partners}
          maxTags={50}
          clearable
          clearButtonProps={{ "aria-label": t("common.clear") }}
        />
      </Section>
      <Section title={t("activitiesWeb.form.whereWhen")}>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <CountryPicker
            label={t("activitiesWeb.fields.country")}
            value={value.country}
            onChange={(country) => onChange({ country })}
            error={errors.country}
            required
          />
          <TextInput
            label={t("activitiesWeb.fields.admin1Pcode")}
            description={t("activitiesWeb.form.pcodeHint")}
            value={value.admin1Pcode}
            onChange={(event) => onChange({ admin1Pcode: event.currentTarget.value })}
            error={errors.admin1Pcode}
            maxLength={20}
            autoComplete="off"
            spellCheck={false}
          />
          <TextInput
            label={t("activitiesWeb.fields.place")}
            value={value.place}
            onChange={(event) => onChange({ place: event.currentTarget.value })}
            error={errors.place}
            maxLength={200}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="date"
            label={t("activitiesWeb.fields.startsOn")}
            required
            value={value.startsOn}
            onChange={(event) => onChange({ startsOn: event.currentTarget.value })}
            error={errors.startsOn}
          />
          <TextInput
            type="date"
            label={t("activitiesWeb.fields.endsOn")}
            description={t("activitiesWeb.form.endsOnHint")}
            required
            min={value.startsOn || undefined}
            value={value.endsOn}
            onChange={(event) => onChange({ endsOn: event.currentTarget.value })}
            error={errors.endsOn}
          />
        </SimpleGrid>
      </Section>
    </>
  );
}
