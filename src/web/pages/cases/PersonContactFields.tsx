import { ActionIcon, Button, Fieldset, Group, SimpleGrid, Stack, TagsInput, Text, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { CountryPicker } from "./inputs.js";
import type { AddressValues, DocumentValues, PersonFormValues } from "./person-form.js";

const MAX_DOCUMENTS = 10;

interface PersonContactFieldsProps {
  values: PersonFormValues;
  onChange: (values: PersonFormValues) => void;
  errors: Record<string, string>;
}

/** The rest of a person's identity: e-mail addresses, identity documents and address (all sealed). */
export function PersonContactFields({ values, onChange, errors }: PersonContactFieldsProps) {
  const { t } = useTranslation();
  const set = <K extends keyof PersonFormValues>(key: K, value: PersonFormValues[K]) =>
    onChange({ ...values, [key]: value });
  const setDocument = (index: number, doc: DocumentValues) =>
    set(
      "documents",
      values.documents.map((d, i) => (i === index ? doc : d)),
    );
  const setAddress = <K extends keyof AddressValues>(key: K, value: AddressValues[K]) =>
    set("address", { ...values.address, [key]: value });
  const addressText = (key: "street" | "city" | "region" | "postalCode") => (
    <TextInput
      label={t(`fields.${key}`)}
      value={values.address[key]}
      onChange={(event) => setAddress(key, event.currentTarget.value)}
      error={errors[`identity.address.${key}`]}
      autoComplete="off"
    />
  );

  return (
    <>
      <TagsInput
        mt="sm"
        label={t("fields.emails")}
        description={t("casePeople.emailsHint")}
        value={values.emails}
        onChange={(value) => set("emails", value)}
        error={errors["identity.emails"]}
        clearButtonProps={{ "aria-label": t("common.clear") }}
      />
      <Fieldset legend={t("fields.identityDocuments")} mt="sm" variant="unstyled">
        <Stack gap="xs">
          <Text size="xs" c="dimmed">
            {t("casePeople.documentTypeHint")}
          </Text>
          {values.documents.map((doc, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: documents have no identity of their own; order is the identity.
            <Group key={index} align="flex-end" wrap="wrap" gap="xs">
              <TextInput
                label={t("casePeople.documentType")}
                value={doc.type}
                onChange={(event) => setDocument(index, { ...doc, type: event.currentTarget.value })}
                error={errors[`identity.identityDocuments.${index}.type`]}
                autoComplete="off"
              />
              <TextInput
                label={t("fields.number")}
                required
                value={doc.number}
                onChange={(event) => setDocument(index, { ...doc, number: event.currentTarget.value })}
                error={errors[`identity.identityDocuments.${index}.number`]}
                autoComplete="off"
              />
              <CountryPicker
                label={t("casePeople.documentCountry")}
                value={doc.country}
                onChange={(country) => setDocument(index, { ...doc, country })}
                error={errors[`identity.identityDocuments.${index}.country`]}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                mb={4}
                aria-label={t("casePeople.removeDocument", { number: index + 1 })}
                onClick={() =>
                  set(
                    "documents",
                    values.documents.filter((_, i) => i !== index),
                  )
                }
              >
                ×
              </ActionIcon>
            </Group>
          ))}
          {values.documents.length < MAX_DOCUMENTS ? (
            <Group>
              <Button
                variant="default"
                size="xs"
                onClick={() => set("documents", [...values.documents, { type: "", number: "", country: null }])}
              >
                {t("casePeople.addDocument")}
              </Button>
            </Group>
          ) : null}
        </Stack>
      </Fieldset>
      <Fieldset legend={t("fields.address")} mt="sm" variant="unstyled">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {addressText("street")}
          {addressText("city")}
          {addressText("postalCode")}
          {addressText("region")}
          <CountryPicker
            label={t("fields.country")}
            value={values.address.country}
            onChange={(country) => setAddress("country", country)}
            error={errors["identity.address.country"]}
          />
        </SimpleGrid>
      </Fieldset>
    </>
  );
}
