import { SimpleGrid, TextInput } from "@mantine/core";
import { type RefObject, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { CountryPicker } from "../../cases/inputs.js";
import type { PlaceForm } from "./entry-form.js";

interface PlaceFieldsProps {
  value: PlaceForm;
  onChange: (next: Partial<PlaceForm>) => void;
  errors: Record<string, string>;
}

/** Address, country, region, city and the point on the map, shared by providers and services. */
export function PlaceFields({ value, onChange, errors }: PlaceFieldsProps) {
  const { t } = useTranslation();
  const text = (name: "address" | "region" | "city", label: string, max: number) => (
    <TextInput
      label={label}
      value={value[name]}
      onChange={(event) => onChange({ [name]: event.currentTarget.value })}
      error={errors[name]}
      maxLength={max}
    />
  );
  const coordinate = (name: "latitude" | "longitude", label: string) => (
    <TextInput
      label={label}
      description={t("directoryPage.fields.coordinateHint")}
      inputMode="decimal"
      value={value[name]}
      onChange={(event) => onChange({ [name]: event.currentTarget.value })}
      error={errors[name]}
      maxLength={20}
    />
  );
  return (
    <>
      {text("address", t("directoryPage.fields.address"), 300)}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <CountryPicker
          label={t("directoryPage.fields.country")}
          value={value.country}
          onChange={(country) => onChange({ country })}
          error={errors.country}
        />
        {text("region", t("directoryPage.fields.region"), 120)}
        {text("city", t("directoryPage.fields.city"), 120)}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {coordinate("latitude", t("directoryPage.fields.latitude"))}
        {coordinate("longitude", t("directoryPage.fields.longitude"))}
      </SimpleGrid>
    </>
  );
}

/**
 * After a refused save, focus goes to the first field the server named, so that a keyboard or screen-reader
 * user lands on the problem instead of searching the page for it.
 */
export function useFocusFirstProblem(form: RefObject<HTMLFormElement | null>, error: unknown): void {
  useEffect(() => {
    if (!error) return;
    requestAnimationFrame(() => form.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus());
  }, [form, error]);
}
