import { Checkbox, Fieldset, SimpleGrid, Text, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { DISABILITY_DOMAINS } from "../../../shared/htcds/index.js";
import { VocabSelect } from "./inputs.js";
import type { PersonFormValues } from "./person-form.js";
import { useVocab } from "./vocab.js";

interface PersonSituationFieldsProps {
  values: PersonFormValues;
  onChange: (values: PersonFormValues) => void;
  errors: Record<string, string>;
}

/** Education, family, disability (the Washington Group questions) and whether the person has died. */
export function PersonSituationFields({ values, onChange, errors }: PersonSituationFieldsProps) {
  const { t } = useTranslation();
  const vocab = useVocab();
  const set = <K extends keyof PersonFormValues>(key: K, value: PersonFormValues[K]) =>
    onChange({ ...values, [key]: value });
  const answer = (domain: string, degree: string | null) => {
    const { [domain]: _, ...rest } = values.disability;
    set("disability", degree ? { ...rest, [domain]: degree } : rest);
  };

  return (
    <>
      <Fieldset legend={t("casePeople.situation")}>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <VocabSelect
            list="educationLevel"
            label={t("fields.education")}
            value={values.education}
            onChange={(value) => set("education", value)}
            error={errors.education}
          />
          <VocabSelect
            list="maritalStatus"
            label={t("fields.maritalStatus")}
            value={values.maritalStatus}
            onChange={(value) => set("maritalStatus", value)}
            error={errors.maritalStatus}
          />
          <TextInput
            inputMode="numeric"
            label={t("fields.numberOfChildren")}
            value={values.numberOfChildren}
            onChange={(event) => set("numberOfChildren", event.currentTarget.value.replace(/[^\d]/g, "").slice(0, 2))}
            error={errors.numberOfChildren}
          />
        </SimpleGrid>
        <Checkbox
          mt="md"
          label={t("fields.deceased")}
          description={t("casePeople.deceasedHint")}
          checked={values.deceased}
          onChange={(event) => set("deceased", event.currentTarget.checked)}
        />
      </Fieldset>
      <Fieldset legend={t("fields.disability")}>
        <Text size="sm" mb="sm">
          {t("casePeople.disabilityIntro")}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {DISABILITY_DOMAINS.map((domain) => (
            <VocabSelect
              key={domain}
              list="disabilityDegree"
              label={vocab.label("disabilityDomain", domain)}
              placeholder={t("casePeople.notAsked")}
              value={values.disability[domain] ?? null}
              onChange={(value) => answer(domain, value)}
              error={errors[`disability.${domain}`]}
            />
          ))}
        </SimpleGrid>
        {errors.disability ? (
          <Text c="red" size="sm" mt="xs" role="alert">
            {errors.disability}
          </Text>
        ) : null}
      </Fieldset>
    </>
  );
}
