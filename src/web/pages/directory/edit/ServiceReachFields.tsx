import { Checkbox, SimpleGrid, Switch, TagsInput, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { CountriesPicker, LanguagesPicker, VocabMultiSelect } from "../../cases/inputs.js";
import type { ServiceForm } from "./entry-form.js";

interface ServiceReachFieldsProps {
  value: ServiceForm;
  onChange: (next: Partial<ServiceForm>) => void;
  errors: Record<string, string>;
}

/** Where beyond its own address the service reaches, and whom it may take: what the search filters match. */
export function ServiceAreaFields({ value, onChange, errors }: ServiceReachFieldsProps) {
  const { t } = useTranslation();
  const tags = (name: "areaRegions" | "areaCities", label: string) => (
    <TagsInput
      label={label}
      description={t("directoryPage.fields.tagsHint")}
      value={value[name]}
      onChange={(next) => onChange({ [name]: next })}
      error={errors[name]}
      clearable
      clearButtonProps={{ "aria-label": t("common.clear") }}
      maxTags={name === "areaCities" ? 200 : 100}
      splitChars={[",", ";"]}
    />
  );
  return (
    <>
      <CountriesPicker
        label={t("directoryPage.fields.areaCountries")}
        value={value.areaCountries}
        onChange={(areaCountries) => onChange({ areaCountries })}
        error={errors.areaCountries}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {tags("areaRegions", t("directoryPage.fields.areaRegions"))}
        {tags("areaCities", t("directoryPage.fields.areaCities"))}
      </SimpleGrid>
      <Checkbox
        label={t("directoryPage.fields.remote")}
        description={t("directoryPage.fields.remoteHint")}
        checked={value.remote}
        onChange={(event) => onChange({ remote: event.currentTarget.checked })}
        error={errors.remote}
      />
    </>
  );
}

export function ServiceEligibilityFields({ value, onChange, errors }: ServiceReachFieldsProps) {
  const { t } = useTranslation();
  const age = (name: "minAge" | "maxAge", label: string) => (
    <TextInput
      label={label}
      inputMode="numeric"
      value={value[name]}
      onChange={(event) => onChange({ [name]: event.currentTarget.value })}
      error={errors[name]}
      maxLength={3}
    />
  );
  return (
    <>
      <LanguagesPicker
        label={t("directoryPage.fields.languages")}
        description={t("directoryPage.fields.languagesHint")}
        value={value.languages}
        onChange={(languages) => onChange({ languages })}
        error={errors.languages}
      />
      <SimpleGrid cols={{ base: 2 }}>
        {age("minAge", t("directoryPage.fields.minAge"))}
        {age("maxAge", t("directoryPage.fields.maxAge"))}
      </SimpleGrid>
      <VocabMultiSelect
        list="sex"
        label={t("directoryPage.fields.sexes")}
        description={t("directoryPage.fields.anyoneHint")}
        value={value.sexes}
        onChange={(sexes) => onChange({ sexes })}
        error={errors.sexes}
      />
      <CountriesPicker
        label={t("directoryPage.fields.nationalities")}
        description={t("directoryPage.fields.anyoneHint")}
        value={value.nationalities}
        onChange={(nationalities) => onChange({ nationalities })}
        error={errors.nationalities}
      />
      <VocabMultiSelect
        list="migrationStatus"
        label={t("directoryPage.fields.statuses")}
        description={t("directoryPage.fields.anyoneHint")}
        value={value.statuses}
        onChange={(statuses) => onChange({ statuses })}
        error={errors.statuses}
      />
    </>
  );
}

export function ServiceHoursFields({ value, onChange, errors }: ServiceReachFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <Switch
        label={t("directoryPage.fields.openAlways")}
        checked={value.openAlways}
        onChange={(event) => onChange({ openAlways: event.currentTarget.checked })}
        error={errors.openAlways}
      />
      {value.openAlways ? null : (
        <TextInput
          label={t("directoryPage.fields.openingHours")}
          description={t("directoryPage.fields.openingHoursHint")}
          value={value.openingHours}
          onChange={(event) => onChange({ openingHours: event.currentTarget.value })}
          error={errors.openingHours}
          maxLength={300}
        />
      )}
      <TextInput
        label={t("directoryPage.fields.capacity")}
        description={t("directoryPage.fields.capacityHint")}
        inputMode="numeric"
        value={value.capacity}
        onChange={(event) => onChange({ capacity: event.currentTarget.value })}
        error={errors.capacity}
        maxLength={7}
      />
    </>
  );
}
