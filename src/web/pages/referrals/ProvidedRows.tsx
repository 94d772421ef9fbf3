import { Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { todayLocal } from "../cases/format.js";
import { useVocab } from "../cases/vocab.js";
import { emptyRow, type ProvidedRow } from "./provided-rows.js";

interface ProvidedRowsProps {
  rows: ProvidedRow[];
  onChange: (rows: ProvidedRow[]) => void;
  errors: Record<string, string>;
}

/** What was provided, one row an item: at least one, each with a type and a date, an amount when it counts. */
export function ProvidedRows({ rows, onChange, errors }: ProvidedRowsProps) {
  const { t } = useTranslation();
  const vocab = useVocab();
  const types = vocab.options("assistanceType");
  const units = vocab.options("assistanceUnit");
  const set = (index: number, change: Partial<ProvidedRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const choose = t("referralsPage.provided.choose");
  return (
    <Stack gap="sm">
      {rows.map((row, index) => (
        // Rows have no identity of their own; the position is what the server's problems name too.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above.
        <Fieldset key={index} legend={t("referralsPage.provided.item", { number: index + 1 })} p="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect
              label={t("referralsPage.provided.type")}
              required
              value={row.assistanceType}
              onChange={(event) => set(index, { assistanceType: event.currentTarget.value })}
              data={[{ value: "", label: choose, disabled: true }, ...types]}
              error={errors[`${index}.assistanceType`]}
            />
            <TextInput
              type="date"
              label={t("referralsPage.provided.date")}
              required
              max={todayLocal()}
              value={row.providedOn}
              onChange={(event) => set(index, { providedOn: event.currentTarget.value })}
              error={errors[`${index}.providedOn`]}
            />
            <TextInput
              inputMode="decimal"
              label={t("referralsPage.provided.quantity")}
              value={row.quantity}
              onChange={(event) => set(index, { quantity: event.currentTarget.value })}
              error={errors[`${index}.quantity`]}
            />
            <NativeSelect
              label={t("referralsPage.provided.unit")}
              value={row.unit}
              onChange={(event) => set(index, { unit: event.currentTarget.value })}
              data={[{ value: "", label: t("referralsPage.provided.noUnit") }, ...units]}
              error={errors[`${index}.unit`]}
            />
          </SimpleGrid>
          {rows.length > 1 ? (
            <Group mt="xs">
              <Button size="xs" variant="default" onClick={() => onChange(rows.filter((_, i) => i !== index))}>
                {t("referralsPage.provided.remove", { number: index + 1 })}
              </Button>
            </Group>
          ) : null}
        </Fieldset>
      ))}
      <Group>
        <Button
          variant="default"
          size="sm"
          onClick={() => onChange([...rows, emptyRow()])}
          disabled={rows.length >= 30}
        >
          {t("referralsPage.provided.add")}
        </Button>
      </Group>
    </Stack>
  );
}
