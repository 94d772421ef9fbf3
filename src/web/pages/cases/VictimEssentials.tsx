import { Fieldset, SimpleGrid, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { VocabMultiSelect } from "./inputs.js";
import type { IntakeDraft } from "./intake-draft.js";

interface VictimEssentialsProps {
  values: IntakeDraft["victim"];
  onChange: (values: IntakeDraft["victim"]) => void;
  errors: Record<string, string>;
}

/** The victim context an intake needs at once; the rest is filled in on the case page when known. */
export function VictimEssentials({ values, onChange, errors }: VictimEssentialsProps) {
  const { t } = useTranslation();
  const set = (key: keyof IntakeDraft["victim"], value: string[]) => onChange({ ...values, [key]: value });
  return (
    <Fieldset legend={t("intake.victimTitle")}>
      <Text size="sm" mb="sm">
        {t("intake.victimIntro")}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <VocabMultiSelect
          list="exploitationType"
          label={t("fields.exploitationTypes")}
          value={values.exploitationTypes}
          onChange={(value) => set("exploitationTypes", value)}
          error={errors.exploitationTypes}
        />
        <VocabMultiSelect
          list="controlMethod"
          label={t("fields.controlMethods")}
          value={values.controlMethods}
          onChange={(value) => set("controlMethods", value)}
          error={errors.controlMethods}
        />
        <VocabMultiSelect
          list="recruitmentMethod"
          label={t("fields.recruitmentMethods")}
          value={values.recruitmentMethods}
          onChange={(value) => set("recruitmentMethods", value)}
          error={errors.recruitmentMethods}
        />
      </SimpleGrid>
    </Fieldset>
  );
}
