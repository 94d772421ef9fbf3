import { Button, Group, NativeSelect, Select, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { ProviderDetail } from "../../../../shared/api/directory.js";
import { ORGANISATION_TYPES } from "../../../../shared/vocab/organisation-types.js";
import { errorsUnder } from "../../cases/field-errors.js";
import { useCreateProvider, useDirectoryOrganisations, usePatchProvider } from "../directory-api.js";
import { SaveError } from "../SaveError.js";
import {
  emptyProviderForm,
  type ProviderForm as Form,
  providerFormFrom,
  providerInputFrom,
  providerPatchFrom,
} from "./entry-form.js";
import { PlaceFields, useFocusFirstProblem } from "./PlaceFields.js";
import { Section } from "./ServiceForm.js";

interface ProviderFormProps {
  provider?: ProviderDetail;
  onSaved: (saved: ProviderDetail) => void;
  cancelTo: string;
}

/** A provider's entry: who they are, how to reach them, where they are. */
export function ProviderForm({ provider, onSaved, cancelTo }: ProviderFormProps) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState<Form>(() => (provider ? providerFormFrom(provider) : emptyProviderForm()));
  const organisations = useDirectoryOrganisations();
  const create = useCreateProvider(onSaved);
  const patch = usePatchProvider(provider?.id ?? "", onSaved);
  const save = provider ? patch : create;
  const errors = errorsUnder(save.error);
  useFocusFirstProblem(formRef, save.error);
  const set = (next: Partial<Form>) => setForm((current) => ({ ...current, ...next }));
  const text = (name: "website" | "email" | "phone", label: string, type: string, max: number) => (
    <TextInput
      type={type}
      label={label}
      value={form[name]}
      onChange={(event) => set({ [name]: event.currentTarget.value })}
      error={errors[name]}
      maxLength={max}
    />
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (provider) patch.mutate(providerPatchFrom(form, provider.version));
    else create.mutate(providerInputFrom(form));
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="lg">
        <Section title={t("directoryPage.form.who")}>
          <TextInput
            label={t("directoryPage.fields.providerName")}
            value={form.name}
            onChange={(event) => set({ name: event.currentTarget.value })}
            error={errors.name}
            required
            maxLength={200}
          />
          <NativeSelect
            label={t("directoryPage.fields.kind")}
            value={form.kind ?? ""}
            onChange={(event) => set({ kind: event.currentTarget.value || null })}
            error={errors.kind}
            required
          >
            {ORGANISATION_TYPES.map((kind) => (
              <option key={kind} value={kind}>
                {t(`orgTypes.${kind}`)}
              </option>
            ))}
          </NativeSelect>
          <Select
            label={t("directoryPage.fields.memberOrganisation")}
            description={t("directoryPage.fields.memberOrganisationHint")}
            data={(organisations.data ?? []).map((organisation) => ({
              value: organisation.id,
              label: organisation.name,
            }))}
            value={form.memberOrganisationId}
            onChange={(memberOrganisationId) => set({ memberOrganisationId })}
            error={errors.memberOrganisationId}
            placeholder={t("directoryPage.fields.memberOrganisationNone")}
            searchable
            clearable
            clearButtonProps={{ "aria-label": t("common.clear") }}
            nothingFoundMessage={t("common.noResults")}
            comboboxProps={{ withinPortal: true }}
          />
          <Textarea
            label={t("directoryPage.fields.description")}
            value={form.description}
            onChange={(event) => set({ description: event.currentTarget.value })}
            error={errors.description}
            autosize
            minRows={3}
            maxLength={2000}
          />
        </Section>
        <Section title={t("directoryPage.form.contact")}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {text("phone", t("directoryPage.fields.phone"), "tel", 40)}
            {text("email", t("directoryPage.fields.email"), "email", 200)}
            {text("website", t("directoryPage.fields.website"), "url", 300)}
          </SimpleGrid>
        </Section>
        <Section title={t("directoryPage.form.where")}>
          <PlaceFields value={form} onChange={set} errors={errors} />
        </Section>
        <SaveError error={save.error} />
        <Group justify="flex-end">
          <Button variant="default" component={Link} to={cancelTo}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {provider ? t("directoryPage.form.save") : t("directoryPage.form.addProvider")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
