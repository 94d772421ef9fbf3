import { ActionIcon, Button, Fieldset, Group, Stack, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { CountryPicker } from "./inputs.js";

/** A place as the form holds it; one without a country is not saved. */
export interface DraftPlace {
  country: string | null;
  place: string;
}

interface PlacesEditorProps {
  legend: string;
  value: DraftPlace[];
  onChange: (value: DraftPlace[]) => void;
  error?: string;
}

/** Up to ten places (a country and, if known, the town or place) where recruitment or exploitation happened. */
export function PlacesEditor({ legend, value, onChange, error }: PlacesEditorProps) {
  const { t } = useTranslation();
  const change = (index: number, place: DraftPlace) => onChange(value.map((p, i) => (i === index ? place : p)));
  return (
    <Fieldset legend={legend}>
      <Stack gap="xs">
        {value.map((place, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: places have no identity of their own; order is the identity.
          <Group key={index} align="flex-end" wrap="wrap" gap="xs">
            <CountryPicker
              label={t("fields.country")}
              value={place.country}
              onChange={(country) => change(index, { ...place, country })}
              required
            />
            <TextInput
              label={t("fields.place")}
              value={place.place}
              onChange={(event) => change(index, { ...place, place: event.currentTarget.value })}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={t("casePage.victim.removePlace", { number: index + 1 })}
              onClick={() => onChange(value.filter((_, i) => i !== index))}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        {error ? <FieldError message={error} /> : null}
        {value.length < 10 ? (
          <Group>
            <Button variant="default" size="xs" onClick={() => onChange([...value, { country: null, place: "" }])}>
              {t("casePage.victim.addPlace")}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Fieldset>
  );
}

function FieldError({ message }: { message: string }) {
  return (
    <div role="alert" style={{ color: "var(--mantine-color-error)", fontSize: "var(--mantine-font-size-sm)" }}>
      {message}
    </div>
  );
}
