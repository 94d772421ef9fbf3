import { SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { VocabMultiSelect } from "../inputs.js";
import type { LinkValues } from "./link-form.js";

interface LinkFieldsProps {
  role: string | null;
  values: LinkValues;
  onChange: (values: LinkValues) => void;
  /** Field problems keyed below "body.": "relationship", "perpetrator.roleDetails" … */
  errors: Record<string, string>;
}

export function LinkFields({ role, values, onChange, errors }: LinkFieldsProps) {
  const { t } = useTranslation();
  const set = <K extends keyof LinkValues>(key: K, value: LinkValues[K]) => onChange({ ...values, [key]: value });
  return (
    <Stack gap="sm">
      <TextInput
        label={t("fields.relationship")}
        description={t("casePeople.relationshipHint")}
        value={values.relationship}
        onChange={(event) => set("relationship", event.currentTarget.value)}
        error={errors.relationship}
        autoComplete="off"
      />
      {role === "perpetrator" ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <VocabMultiSelect
            list="perpetratorRole"
            label={t("fields.perpetratorRoles")}
            description={t("casePeople.perpetratorRolesHint")}
            value={values.perpetratorRoles}
            onChange={(value) => set("perpetratorRoles", value)}
            error={errors["perpetrator.perpetratorRoles"]}
          />
          <Textarea
            label={t("fields.roleDetails")}
            autosize
            minRows={2}
            value={values.roleDetails}
            onChange={(event) => set("roleDetails", event.currentTarget.value)}
            error={errors["perpetrator.roleDetails"]}
          />
        </SimpleGrid>
      ) : null}
    </Stack>
  );
}
