import { Button, Fieldset, Group, MultiSelect, NativeSelect, Stack, TextInput } from "@mantine/core";
import type { ReactNode } from "react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { ActivityList } from "../../../../shared/activities/vocab.js";
import { useActivityLabels } from "../activity-labels.js";

interface CountInputProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  required?: boolean;
  description?: string;
  /** Decimals allowed (days, per cent); whole numbers otherwise. */
  decimal?: boolean;
}

/**
 * A number typed as text: the phone shows its number pad, nothing changes when the page scrolls over it,
 * and what is typed is what the server judges.
 */
export function CountInput({ decimal, onChange, ...props }: CountInputProps) {
  return (
    <TextInput
      {...props}
      inputMode={decimal ? "decimal" : "numeric"}
      onChange={(event) => onChange(event.currentTarget.value)}
      autoComplete="off"
      maxLength={14}
    />
  );
}

interface ListSelectProps {
  list: ActivityList;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  required?: boolean;
  description?: string;
}

/** One value of an open list (built in or the organisation's own), by its name in the interface language. */
export function ListSelect({ list, value, onChange, ...props }: ListSelectProps) {
  const { t } = useTranslation();
  const labels = useActivityLabels();
  const data = useMemo(() => labels.listOptions(list, [value]), [labels, list, value]);
  return (
    <NativeSelect
      {...props}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      data={[{ value: "", label: t("activitiesWeb.form.choose"), disabled: props.required }, ...data]}
    />
  );
}

interface CodeSelectProps extends Omit<ListSelectProps, "list"> {
  codes: readonly string[];
  labelOf: (code: string) => string;
}

/** One value of a fixed list (modality, role, status …). */
export function CodeSelect({ codes, labelOf, value, onChange, ...props }: CodeSelectProps) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      {...props}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      data={[
        { value: "", label: t("activitiesWeb.form.choose"), disabled: props.required },
        ...codes.map((code) => ({ value: code, label: labelOf(code) })),
      ]}
    />
  );
}

interface ListMultiSelectProps {
  list: ActivityList;
  label: string;
  value: string[];
  onChange: (value: string[]) => void;
  error?: string;
  required?: boolean;
  description?: string;
}

/** Several values of an open list, each once; typing narrows the choice. */
export function ListMultiSelect({ list, value, ...props }: ListMultiSelectProps) {
  const { t } = useTranslation();
  const labels = useActivityLabels();
  const data = useMemo(() => labels.listOptions(list, value), [labels, list, value]);
  return (
    <MultiSelect
      {...props}
      data={data}
      value={value}
      searchable
      clearable
      clearButtonProps={{ "aria-label": t("common.clear") }}
      nothingFoundMessage={t("common.noResults")}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

interface RowsProps<T> {
  rows: T[];
  onChange: (rows: T[]) => void;
  empty: () => T;
  /** The heading of one row, e.g. "Material 2": also names its remove button for a screen reader. */
  legend: (index: number) => string;
  addLabel: string;
  max: number;
  children: (row: T, index: number, set: (change: Partial<T>) => void) => ReactNode;
}

/** Rows of one kind (materials, versions, findings …) that can be added and removed. */
export function Rows<T>({ rows, onChange, empty, legend, addLabel, max, children }: RowsProps<T>) {
  const { t } = useTranslation();
  const set = (index: number, change: Partial<T>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  return (
    <Stack gap="sm">
      {rows.map((row, index) => (
        // Rows have no identity of their own; the position is what the server's problems name too.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above.
        <Fieldset key={index} legend={legend(index)} p="sm">
          <Stack gap="xs">
            {children(row, index, (change) => set(index, change))}
            <Group>
              <Button size="xs" variant="default" onClick={() => onChange(rows.filter((_, i) => i !== index))}>
                {t("activitiesWeb.form.removeRow", { name: legend(index) })}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
      ))}
      <Group>
        <Button variant="default" size="sm" onClick={() => onChange([...rows, empty()])} disabled={rows.length >= max}>
          {addLabel}
        </Button>
      </Group>
    </Stack>
  );
}
