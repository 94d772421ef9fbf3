import { NativeSelect, Stack, Text, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { SITE_TYPES } from "../../../../shared/api/screening.js";
import { CountryPicker } from "../../cases/inputs.js";
import type { ScreeningLocation } from "./fill-draft.js";

interface LocationStepProps {
  value: ScreeningLocation;
  onChange: (value: ScreeningLocation) => void;
}

/** Where the screening takes place: asked first, and kept for the next screening of the session. */
export function LocationStep({ value, onChange }: LocationStepProps) {
  const { t } = useTranslation();
  const set = (next: Partial<ScreeningLocation>) => onChange({ ...value, ...next });
  return (
    <Stack gap="lg">
      <Text>{t("screeningWeb.fill.locationIntro")}</Text>
      <NativeSelect
        size="md"
        label={t("screeningWeb.fields.siteType")}
        value={value.siteType ?? ""}
        onChange={(event) => set({ siteType: event.currentTarget.value || null })}
      >
        <option value="">{t("screeningWeb.fill.notSaid")}</option>
        {SITE_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`screeningWeb.siteTypes.${type}`)}
          </option>
        ))}
      </NativeSelect>
      <CountryPicker
        label={t("screeningWeb.fields.country")}
        value={value.country}
        onChange={(country) => set({ country })}
      />
      <TextInput
        size="md"
        label={t("screeningWeb.fields.place")}
        description={t("screeningWeb.fill.placeHint")}
        maxLength={200}
        value={value.place}
        onChange={(event) => set({ place: event.currentTarget.value })}
      />
    </Stack>
  );
}
