import { Checkbox, Fieldset, SimpleGrid, Stack, TagsInput, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { CountriesPicker, LanguagePicker, LanguagesPicker, VocabMultiSelect, VocabSelect } from "./inputs.js";
import { PersonContactFields } from "./PersonContactFields.js";
import { PersonSituationFields } from "./PersonSituationFields.js";
import type { PersonFormValues } from "./person-form.js";

interface PersonFieldsProps {
  values: PersonFormValues;
  onChange: (values: PersonFormValues) => void;
  /** Field problems keyed as in the API below the person: "identity.firstName", "citizenships" … */
  errors: Record<string, string>;
  /** Once erased, names and contacts are gone for good; only the statistical facts remain to edit. */
  identityErased?: boolean;
  /**
   * Every field, for the person's page: e-mails, documents, address, education, family, disability.
   * An intake asks only what is needed to open the case.
   */
  extended?: boolean;
}

export function PersonFields({ values, onChange, errors, identityErased, extended }: PersonFieldsProps) {
  const { t } = useTranslation();
  const set = <K extends keyof PersonFormValues>(key: K, value: PersonFormValues[K]) =>
    onChange({ ...values, [key]: value });
  const text = (key: "firstName" | "middleName" | "secondName", autoComplete: string) => (
    <TextInput
      label={t(`fields.${key}`)}
      value={values[key]}
      onChange={(event) => set(key, event.currentTarget.value)}
      error={errors[`identity.${key}`]}
      autoComplete={autoComplete}
    />
  );

  return (
    <Stack gap="md">
      {identityErased ? null : (
        <Fieldset legend={t("intake.nameAndContact")}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {text("firstName", "off")}
            {text("middleName", "off")}
            {text("secondName", "off")}
          </SimpleGrid>
          <TagsInput
            mt="sm"
            label={t("fields.otherNames")}
            description={t("intake.otherNamesHint")}
            value={values.otherNames}
            onChange={(value) => set("otherNames", value)}
            error={errors["identity.otherNames"]}
            clearButtonProps={{ "aria-label": t("common.clear") }}
          />
          <TagsInput
            mt="sm"
            label={t("fields.phones")}
            description={t("intake.phoneHint")}
            value={values.phones}
            onChange={(value) => set("phones", value)}
            error={errors["identity.phones"]}
            clearButtonProps={{ "aria-label": t("common.clear") }}
          />
          {extended ? <PersonContactFields values={values} onChange={onChange} errors={errors} /> : null}
        </Fieldset>
      )}
      <Fieldset legend={t("intake.birth")}>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {identityErased ? null : (
            <TextInput
              type="date"
              label={t("fields.birthDate")}
              value={values.birthDate}
              onChange={(event) => set("birthDate", event.currentTarget.value)}
              error={errors["identity.birthDate"]}
            />
          )}
          <TextInput
            inputMode="numeric"
            label={t("fields.birthYear")}
            description={t("intake.birthYearHint")}
            value={values.birthDate ? values.birthDate.slice(0, 4) : values.birthYear}
            disabled={!!values.birthDate}
            onChange={(event) => set("birthYear", event.currentTarget.value.replace(/[^\d]/g, "").slice(0, 4))}
            error={errors.birthYear}
          />
          <Checkbox
            mt={{ base: 0, sm: 32 }}
            label={t("fields.birthYearEstimated")}
            checked={values.birthYearEstimated && !values.birthDate}
            disabled={!!values.birthDate}
            onChange={(event) => set("birthYearEstimated", event.currentTarget.checked)}
          />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t("intake.about")}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <VocabSelect
            list="gender"
            label={t("fields.gender")}
            value={values.gender}
            onChange={(value) => set("gender", value)}
            error={errors.gender}
          />
          <VocabSelect
            list="sex"
            label={t("fields.sex")}
            value={values.sex}
            onChange={(value) => set("sex", value)}
            error={errors.sex}
          />
          <CountriesPicker
            label={t("fields.citizenships")}
            value={values.citizenships}
            onChange={(value) => set("citizenships", value)}
            error={errors.citizenships}
          />
          <VocabMultiSelect
            list="migrationStatus"
            label={t("fields.migrationStatuses")}
            value={values.migrationStatuses}
            onChange={(value) => set("migrationStatuses", value)}
            error={errors.migrationStatuses}
          />
          <LanguagePicker
            label={t("fields.primaryLanguage")}
            value={values.primaryLanguage}
            onChange={(value) => set("primaryLanguage", value)}
            error={errors.primaryLanguage}
          />
          <LanguagesPicker
            label={t("fields.languages")}
            value={values.languages}
            onChange={(value) => set("languages", value)}
            error={errors.languages}
          />
        </SimpleGrid>
        <VocabMultiSelect
          mt="sm"
          list="vulnerabilityFlag"
          label={t("fields.vulnerabilityFlags")}
          description={t("intake.vulnerabilityHint")}
          value={values.vulnerabilityFlags}
          onChange={(value) => set("vulnerabilityFlags", value)}
          error={errors.vulnerabilityFlags}
        />
      </Fieldset>
      {extended ? <PersonSituationFields values={values} onChange={onChange} errors={errors} /> : null}
    </Stack>
  );
}
