import { Button, Collapse, Group, MultiSelect, NativeSelect, SimpleGrid, Stack, Switch, Text } from "@mantine/core";
import { useDisclosure, useMediaQuery } from "@mantine/hooks";
import type { ReactNode } from "react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { AVAILABILITIES, VERIFICATION_MONTHS } from "../../../shared/directory/vocab.js";
import type { Option } from "../cases/vocab.js";
import { activeFilterCount, type DirectoryFilterValues, NO_DIRECTORY_FILTERS } from "./directory-filters.js";
import { useDirectoryLabels } from "./directory-labels.js";
import { SettledTextInput } from "./SettledTextInput.js";

// Every filter back to none; the search words stay.
const { q: _searchWords, ...CLEARED } = NO_DIRECTORY_FILTERS;

interface DirectoryFiltersProps {
  values: DirectoryFilterValues;
  /** Only what changed: the page applies it to the filters as they are at that moment. */
  onChange: (change: Partial<DirectoryFilterValues>) => void;
}

/**
 * What is needed, where, in which language, and for whom; on a phone the filters fold away behind one
 * button so that the results stay in view.
 */
export function DirectoryFilters({ values, onChange }: DirectoryFiltersProps) {
  const { t } = useTranslation();
  const labels = useDirectoryLabels();
  const { vocab } = labels;
  const isPhone = useMediaQuery("(max-width: 47.99em)") ?? false;
  const [opened, { toggle }] = useDisclosure(false);
  const set = onChange;
  const active = activeFilterCount(values);
  const options = useMemo(
    () => ({
      types: labels.serviceTypeOptions(),
      countries: vocab.countryOptions(),
      languages: vocab.languageOptions(),
      sexes: vocab.options("sex"),
      statuses: vocab.options("migrationStatus"),
      availabilities: AVAILABILITIES.map((value) => ({ value, label: labels.availability(value) })),
    }),
    [labels, vocab],
  );
  const choose = (label: string, value: string | null, data: Option[], apply: (value: string | null) => void) => (
    <NativeSelect label={label} value={value ?? ""} onChange={(event) => apply(event.currentTarget.value || null)}>
      <option value="">{t("directoryPage.filters.any")}</option>
      {data.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </NativeSelect>
  );

  const fields = (
    <Stack gap="sm">
      <MultiSelect
        label={t("directoryPage.filters.need")}
        description={t("directoryPage.filters.needHint")}
        data={options.types}
        value={values.serviceTypes}
        onChange={(serviceTypes) => set({ serviceTypes })}
        searchable
        clearable
        clearButtonProps={{ "aria-label": t("common.clear") }}
        nothingFoundMessage={t("common.noResults")}
        comboboxProps={{ withinPortal: true }}
      />
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        {choose(t("directoryPage.filters.country"), values.country, options.countries, (country) => set({ country }))}
        <SettledTextInput
          label={t("directoryPage.filters.region")}
          value={values.region}
          onSettle={(region) => set({ region })}
          maxLength={120}
        />
        <SettledTextInput
          label={t("directoryPage.filters.city")}
          value={values.city}
          onSettle={(city) => set({ city })}
          maxLength={120}
        />
        {choose(t("directoryPage.filters.language"), values.language, options.languages, (language) =>
          set({ language }),
        )}
      </SimpleGrid>
      <FilterGroup legend={t("directoryPage.filters.person")} hint={t("directoryPage.filters.personHint")}>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <SettledTextInput
            label={t("directoryPage.filters.age")}
            inputMode="numeric"
            value={values.age === null ? "" : String(values.age)}
            onSettle={(typed) => {
              const age = /^\d{1,3}$/.test(typed.trim()) ? Number(typed.trim()) : null;
              set({ age: age !== null && age <= 120 ? age : null });
            }}
            maxLength={3}
          />
          {choose(t("directoryPage.filters.sex"), values.sex, options.sexes, (sex) => set({ sex }))}
          {choose(t("directoryPage.filters.nationality"), values.nationality, options.countries, (nationality) =>
            set({ nationality }),
          )}
          {choose(t("directoryPage.filters.status"), values.status, options.statuses, (status) => set({ status }))}
        </SimpleGrid>
      </FilterGroup>
      <Group gap="lg" align="flex-end" wrap="wrap">
        {choose(t("directoryPage.filters.availability"), values.availability, options.availabilities, (availability) =>
          set({ availability }),
        )}
        <Switch
          label={t("directoryPage.filters.verificationDue", { count: VERIFICATION_MONTHS })}
          checked={values.verificationDue}
          onChange={(event) => set({ verificationDue: event.currentTarget.checked })}
        />
        <Switch
          label={t("directoryPage.filters.ours")}
          checked={values.keptByCaller}
          onChange={(event) => set({ keptByCaller: event.currentTarget.checked })}
        />
      </Group>
    </Stack>
  );

  return (
    <section aria-label={t("directoryPage.filters.title")}>
      {isPhone || active > 0 ? (
        <Group gap="sm" mb="sm">
          {isPhone ? (
            <Button variant="default" size="sm" onClick={toggle} aria-expanded={opened}>
              {t("directoryPage.filters.title")}
              {active > 0 ? ` · ${active}` : ""}
            </Button>
          ) : null}
          {active > 0 ? (
            <Button variant="subtle" size="sm" onClick={() => onChange(CLEARED)}>
              {t("directoryPage.filters.clear")}
            </Button>
          ) : null}
        </Group>
      ) : null}
      {isPhone ? <Collapse in={opened}>{fields}</Collapse> : fields}
    </section>
  );
}

/** The person's details as one labelled group, so that a screen reader says what the four fields are for. */
function FilterGroup({ legend, hint, children }: { legend: string; hint: string; children: ReactNode }) {
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
      <Text component="legend" fw={600} size="sm" p={0}>
        {legend}
      </Text>
      <Text size="xs" c="dimmed" mb={4}>
        {hint}
      </Text>
      {children}
    </fieldset>
  );
}
