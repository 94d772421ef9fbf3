import { Button, Fieldset, Group, NumberInput, Select, SimpleGrid, Stack, Switch, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ORGANISATION_TYPES } from "../../../shared/vocab/organisation-types.js";
import { fieldErrors } from "../../api/client.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { CountrySelect } from "./CountrySelect.js";
import type { OrganisationFormValues } from "./organisation-form.js";
import { TimeZoneSelect } from "./TimeZoneSelect.js";

interface OrganisationFormProps {
  initial: OrganisationFormValues;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  /** Only an existing organisation can be disabled. */
  withDisabled: boolean;
  onSubmit: (values: OrganisationFormValues) => void;
}

export function OrganisationForm({
  initial,
  submitLabel,
  pending,
  error,
  withDisabled,
  onSubmit,
}: OrganisationFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const set = <K extends keyof OrganisationFormValues>(key: K, value: OrganisationFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const errors = fieldErrors(error);
  const typeOptions = ORGANISATION_TYPES.map((type) => ({ value: type, label: t(`orgTypes.${type}`) }));
  const textField = (key: "street" | "city" | "region" | "postalCode", autoComplete: string) => (
    <TextInput
      label={t(`fields.${key}`)}
      autoComplete={autoComplete}
      value={values[key]}
      onChange={(event) => set(key, event.currentTarget.value)}
      error={errors[key]}
    />
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(values);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={720}>
        <ErrorAlert error={error} />
        <TextInput
          label={t("fields.name")}
          required
          autoComplete="organization"
          value={values.name}
          onChange={(event) => set("name", event.currentTarget.value)}
          error={errors.name}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t("fields.type")}
            required
            data={typeOptions}
            value={values.type}
            onChange={(value) => set("type", value)}
            error={errors.type}
            allowDeselect={false}
          />
          <CountrySelect
            value={values.country}
            onChange={(value) => set("country", value)}
            error={errors.country}
            required
          />
        </SimpleGrid>
        <TextInput
          label={t("fields.phone")}
          description={t("organisations.phoneHint")}
          type="tel"
          autoComplete="tel"
          value={values.phone}
          onChange={(event) => set("phone", event.currentTarget.value)}
          error={errors.phone}
        />
        <Fieldset legend={t("organisations.addressTitle")}>
          <Stack>
            {textField("street", "street-address")}
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              {textField("city", "address-level2")}
              {textField("region", "address-level1")}
              {textField("postalCode", "postal-code")}
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NumberInput
                label={t("fields.latitude")}
                description={t("organisations.latitudeHint")}
                min={-90}
                max={90}
                decimalScale={6}
                value={values.latitude}
                onChange={(value) => set("latitude", value)}
                error={errors.latitude}
              />
              <NumberInput
                label={t("fields.longitude")}
                description={t("organisations.longitudeHint")}
                min={-180}
                max={180}
                decimalScale={6}
                value={values.longitude}
                onChange={(value) => set("longitude", value)}
                error={errors.longitude}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>
        <Switch
          label={t("fields.mfaRequired")}
          description={t("organisations.mfaRequiredHint")}
          checked={values.mfaRequired}
          onChange={(event) => set("mfaRequired", event.currentTarget.checked)}
          error={errors.mfaRequired}
        />
        <NumberInput
          label={t("fields.retentionYears")}
          description={t("organisations.retentionHint")}
          min={1}
          max={100}
          allowDecimal={false}
          value={values.retentionYears}
          onChange={(value) => set("retentionYears", value)}
          error={errors.retentionYears}
        />
        <TimeZoneSelect value={values.timeZone} onChange={(value) => set("timeZone", value)} error={errors.timeZone} />
        {withDisabled ? (
          <Switch
            label={t("organisations.disabledLabel")}
            description={t("organisations.disabledHint")}
            color="red"
            checked={values.disabled}
            onChange={(event) => set("disabled", event.currentTarget.checked)}
            error={errors.disabled}
          />
        ) : null}
        <Group>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
