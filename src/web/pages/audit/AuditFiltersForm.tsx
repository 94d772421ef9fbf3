import { Button, Group, Select, SimpleGrid, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { AuditOutcome } from "../../api/types.js";
import { type AuditFilterValues, NO_FILTERS } from "./audit-filters.js";

const OUTCOMES: AuditOutcome[] = ["allowed", "denied", "failed"];

interface AuditFiltersFormProps {
  initial: AuditFilterValues;
  onApply: (values: AuditFilterValues) => void;
  errors: Record<string, string>;
}

export function AuditFiltersForm({ initial, onApply, errors }: AuditFiltersFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const set = <K extends keyof AuditFilterValues>(key: K, value: AuditFilterValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const text = (key: "actorUserId" | "action" | "recordType" | "recordId", description?: string) => (
    <TextInput
      label={t(`fields.${key}`)}
      description={description}
      value={values[key]}
      onChange={(event) => set(key, event.currentTarget.value)}
      error={errors[key]}
    />
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(values);
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t("audit.filters")}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        <TextInput
          type="datetime-local"
          label={t("fields.from")}
          value={values.from}
          onChange={(event) => set("from", event.currentTarget.value)}
          error={errors.from}
        />
        <TextInput
          type="datetime-local"
          label={t("fields.to")}
          value={values.to}
          onChange={(event) => set("to", event.currentTarget.value)}
          error={errors.to}
        />
        {text("action", t("audit.actionHint"))}
        <Select
          label={t("fields.outcome")}
          placeholder={t("audit.anyOutcome")}
          data={OUTCOMES.map((outcome) => ({ value: outcome, label: t(`audit.outcomes.${outcome}`) }))}
          value={values.outcome}
          onChange={(value) => set("outcome", OUTCOMES.find((o) => o === value) ?? null)}
          clearable
          clearButtonProps={{ "aria-label": t("common.clear") }}
          error={errors.outcome}
        />
        {text("actorUserId", t("audit.actorHint"))}
        {text("recordType")}
        {text("recordId")}
      </SimpleGrid>
      <Group mt="md">
        <Button type="submit">{t("audit.apply")}</Button>
        <Button
          variant="default"
          onClick={() => {
            setValues(NO_FILTERS);
            onApply(NO_FILTERS);
          }}
        >
          {t("audit.clear")}
        </Button>
      </Group>
    </form>
  );
}
