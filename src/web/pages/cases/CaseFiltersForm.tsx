import { Button, Checkbox, Collapse, Group, Select, SimpleGrid, TextInput } from "@mantine/core";
import { useDisclosure, useMediaQuery } from "@mantine/hooks";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { CASE_SORTS } from "../../../shared/api/cases.js";
import { VULNERABILITY_FLAGS } from "../../../shared/htcds/index.js";
import {
  type CaseFilterValues,
  type CaseSort,
  countActiveFilters,
  NO_CASE_FILTERS,
  VULNERABILITY_FILTERS,
} from "./case-filters.js";
import { CountryPicker, VocabSelect } from "./inputs.js";
import { useVocab } from "./vocab.js";

const FLAGS: readonly string[] = VULNERABILITY_FLAGS;

interface CaseFiltersFormProps {
  values: CaseFilterValues;
  onChange: (values: CaseFilterValues) => void;
  /** Filters the page fixes itself (the approval queue's stage) are not offered. */
  hideStage?: boolean;
}

/** Filters apply as they are chosen; on a phone they fold away behind one button to leave room for the list. */
export function CaseFiltersForm({ values, onChange, hideStage }: CaseFiltersFormProps) {
  const { t } = useTranslation();
  const vocab = useVocab();
  const isPhone = useMediaQuery("(max-width: 47.99em)") ?? false;
  const [opened, { toggle }] = useDisclosure(false);
  const set = <K extends keyof CaseFilterValues>(key: K, value: CaseFilterValues[K]) =>
    onChange({ ...values, [key]: value });
  const active = countActiveFilters(values);
  const vulnerabilities = useMemo(
    () =>
      VULNERABILITY_FILTERS.map((value) => ({
        value,
        label: vocab.label(FLAGS.includes(value) ? "vulnerabilityFlag" : "victimVulnerability", value),
      })),
    [vocab],
  );

  const fields = (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
      <VocabSelect
        list="caseStatus"
        label={t("fields.status")}
        placeholder={t("cases.any")}
        value={values.status}
        onChange={(value) => set("status", value as CaseFilterValues["status"])}
      />
      {hideStage ? null : (
        <VocabSelect
          list="caseStage"
          label={t("fields.stage")}
          placeholder={t("cases.any")}
          value={values.stage}
          onChange={(value) => set("stage", value as CaseFilterValues["stage"])}
        />
      )}
      <VocabSelect
        list="exploitationType"
        label={t("cases.exploitationType")}
        placeholder={t("cases.any")}
        value={values.exploitationType}
        onChange={(value) => set("exploitationType", value)}
      />
      <Select
        label={t("cases.vulnerability")}
        placeholder={t("cases.any")}
        data={vulnerabilities}
        value={values.vulnerability}
        onChange={(value) => set("vulnerability", value)}
        searchable
        clearable
        clearButtonProps={{ "aria-label": t("common.clear") }}
        nothingFoundMessage={t("common.noResults")}
        comboboxProps={{ withinPortal: true }}
      />
      <CountryPicker
        label={t("cases.citizenship")}
        placeholder={t("cases.any")}
        value={values.citizenship}
        onChange={(value) => set("citizenship", value)}
      />
      <TextInput
        type="date"
        label={t("cases.openedFrom")}
        value={values.openedFrom}
        onChange={(event) => set("openedFrom", event.currentTarget.value)}
      />
      <TextInput
        type="date"
        label={t("cases.openedTo")}
        value={values.openedTo}
        onChange={(event) => set("openedTo", event.currentTarget.value)}
      />
      <Select
        label={t("cases.sort")}
        data={CASE_SORTS.map((sort) => ({ value: sort, label: t(`cases.sorts.${sort}`) }))}
        value={values.sort}
        onChange={(value) => set("sort", (value as CaseSort | null) ?? "updated")}
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
      />
    </SimpleGrid>
  );

  return (
    <section aria-label={t("cases.filters")}>
      <Group gap="sm" mb="sm">
        <Checkbox
          label={t("cases.mine")}
          checked={values.mine}
          onChange={(e) => set("mine", e.currentTarget.checked)}
        />
        {isPhone ? (
          <Button variant="default" size="xs" onClick={toggle} aria-expanded={opened}>
            {t("cases.filtersButton", { count: active })}
          </Button>
        ) : null}
        {active > 0 ? (
          <Button variant="subtle" size="xs" onClick={() => onChange({ ...NO_CASE_FILTERS, sort: values.sort })}>
            {t("cases.clearFilters")}
          </Button>
        ) : null}
      </Group>
      {isPhone ? <Collapse in={opened}>{fields}</Collapse> : fields}
    </section>
  );
}
