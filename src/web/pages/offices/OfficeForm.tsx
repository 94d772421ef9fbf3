import { Button, Checkbox, Group, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { OfficeDetail } from "../../../shared/api/offices.js";
import { ActivityError } from "../activities/ActivityError.js";
import { CountInput } from "../activities/form/inputs.js";
import { errorsUnder } from "../cases/field-errors.js";
import { CountryPicker } from "../cases/inputs.js";
import { useCreateOffice, usePatchOffice } from "./office-api.js";
import {
  emptyOfficeForm,
  type OfficeForm as Form,
  officeFormFrom,
  officeInputFrom,
  officePatchFrom,
} from "./office-form.js";

interface OfficeFormProps {
  /** The office being changed; a new one otherwise. */
  office?: OfficeDetail;
  defaultCountry?: string | null;
  onDone: (saved: OfficeDetail | null) => void;
}

/** An office: its name and place (with the P-code the 5W table needs), whether it is the main one, its order. */
export function OfficeForm({ office, defaultCountry = null, onDone }: OfficeFormProps) {
  const { t } = useTranslation();
  const [form, setForm] = useState<Form>(() => (office ? officeFormFrom(office) : emptyOfficeForm(defaultCountry)));
  const create = useCreateOffice(onDone);
  const patch = usePatchOffice(office?.id ?? "", onDone);
  const save = office ? patch : create;
  const errors = errorsUnder(save.error);
  const set = (next: Partial<Form>) => setForm((current) => ({ ...current, ...next }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (office) patch.mutate(officePatchFrom(form, office));
    else create.mutate(officeInputFrom(form));
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t("activitiesWeb.offices.name")}
          required
          value={form.name}
          onChange={(event) => set({ name: event.currentTarget.value })}
          error={errors.name}
          maxLength={200}
          data-autofocus
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <CountryPicker
            label={t("activitiesWeb.fields.country")}
            required
            value={form.country}
            onChange={(country) => set({ country })}
            error={errors.country}
          />
          <TextInput
            label={t("activitiesWeb.offices.city")}
            value={form.city}
            onChange={(event) => set({ city: event.currentTarget.value })}
            error={errors.city}
            maxLength={120}
          />
          <TextInput
            label={t("activitiesWeb.offices.admin1Name")}
            value={form.admin1Name}
            onChange={(event) => set({ admin1Name: event.currentTarget.value })}
            error={errors.admin1Name}
            maxLength={120}
          />
          <TextInput
            label={t("activitiesWeb.fields.admin1Pcode")}
            description={t("activitiesWeb.form.pcodeHint")}
            value={form.admin1Pcode}
            onChange={(event) => set({ admin1Pcode: event.currentTarget.value })}
            error={errors.admin1Pcode}
            maxLength={12}
            autoComplete="off"
            spellCheck={false}
          />
        </SimpleGrid>
        <CountInput
          label={t("activitiesWeb.offices.sortOrder")}
          description={t("activitiesWeb.offices.sortOrderHint")}
          value={form.sortOrder}
          onChange={(sortOrder) => set({ sortOrder })}
          error={errors.sortOrder}
        />
        <Checkbox
          label={t("activitiesWeb.offices.isMain")}
          description={office?.isMain ? t("activitiesWeb.offices.isMainKept") : t("activitiesWeb.offices.isMainHint")}
          checked={form.isMain}
          disabled={office?.isMain}
          onChange={(event) => set({ isMain: event.currentTarget.checked })}
          error={errors.isMain}
        />
        {office ? (
          <Checkbox
            label={t("activitiesWeb.offices.retired")}
            description={t("activitiesWeb.offices.retiredHint")}
            checked={form.retired}
            onChange={(event) => set({ retired: event.currentTarget.checked })}
            error={errors.retired}
          />
        ) : null}
        <ActivityError error={save.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onDone(null)}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {office ? t("common.save") : t("activitiesWeb.offices.addSubmit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
