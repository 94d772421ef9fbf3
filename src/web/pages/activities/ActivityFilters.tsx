import { Button, Collapse, Group, NativeSelect, SimpleGrid } from "@mantine/core";
import { useDisclosure, useMediaQuery } from "@mantine/hooks";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { ACTIVITY_KINDS, ACTIVITY_STATUSES, REPORT_SECTIONS } from "../../../shared/activities/vocab.js";
import type { OfficeDetail } from "../../../shared/api/offices.js";
import type { Option } from "../cases/vocab.js";
import { SettledTextInput } from "../directory/SettledTextInput.js";
import { type ActivityFilterValues, activeFilterCount, NO_ACTIVITY_FILTERS } from "./activity-filters.js";
import { useActivityLabels } from "./activity-labels.js";
import { monthChoices } from "./months.js";

// Every filter back to none; the search words stay.
const { q: _searchWords, ...CLEARED } = NO_ACTIVITY_FILTERS;

interface ActivityFiltersProps {
  values: ActivityFilterValues;
  offices: readonly OfficeDetail[];
  /** Only what changed: the page applies it to the filters as they are at that moment. */
  onChange: (change: Partial<ActivityFilterValues>) => void;
}

/** Which months, office, kind, section and status; on a phone they fold away behind one button. */
export function ActivityFilters({ values, offices, onChange }: ActivityFiltersProps) {
  const { t } = useTranslation();
  const labels = useActivityLabels();
  const isPhone = useMediaQuery("(max-width: 47.99em)") ?? false;
  const [opened, { toggle }] = useDisclosure(false);
  const active = activeFilterCount(values);
  const options = useMemo(() => {
    const months = monthChoices(new Date(), 6, [values.from, values.to]).map((m) => ({
      value: m,
      label: labels.month(m),
    }));
    return {
      months,
      offices: offices.map((office) => ({ value: office.id, label: office.name })),
      kinds: ACTIVITY_KINDS.map((value) => ({ value, label: labels.kind(value) })),
      sections: REPORT_SECTIONS.map((value) => ({ value, label: labels.section(value) })),
      statuses: ACTIVITY_STATUSES.map((value) => ({ value, label: labels.status(value) })),
    };
  }, [labels, offices, values.from, values.to]);

  const choose = (label: string, value: string, data: Option[], apply: (value: string) => void) => (
    <NativeSelect
      label={label}
      value={value}
      onChange={(event) => apply(event.currentTarget.value)}
      data={[{ value: "", label: t("activitiesWeb.filters.any") }, ...data]}
    />
  );

  const fields = (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
      {choose(t("activitiesWeb.filters.from"), values.from, options.months, (from) => onChange({ from }))}
      {choose(t("activitiesWeb.filters.to"), values.to, options.months, (to) => onChange({ to }))}
      {choose(t("activitiesWeb.filters.office"), values.officeId, options.offices, (officeId) =>
        onChange({ officeId }),
      )}
      {choose(t("activitiesWeb.filters.kind"), values.kind, options.kinds, (kind) =>
        onChange({ kind: kind as ActivityFilterValues["kind"] }),
      )}
      {choose(t("activitiesWeb.filters.section"), values.section, options.sections, (section) =>
        onChange({ section: section as ActivityFilterValues["section"] }),
      )}
      {choose(t("activitiesWeb.filters.status"), values.status, options.statuses, (status) =>
        onChange({ status: status as ActivityFilterValues["status"] }),
      )}
    </SimpleGrid>
  );

  return (
    <section aria-label={t("activitiesWeb.filters.title")}>
      <search>
        <SettledTextInput
          type="search"
          label={t("activitiesWeb.filters.search")}
          description={t("activitiesWeb.filters.searchHint")}
          value={values.q}
          onSettle={(q) => onChange({ q })}
          maxLength={200}
          mb="sm"
        />
      </search>
      {isPhone || active > 0 ? (
        <Group gap="sm" mb="sm">
          {isPhone ? (
            <Button variant="default" size="sm" onClick={toggle} aria-expanded={opened}>
              {t("activitiesWeb.filters.title")}
              {active > 0 ? ` · ${active}` : ""}
            </Button>
          ) : null}
          {active > 0 ? (
            <Button variant="subtle" size="sm" onClick={() => onChange(CLEARED)}>
              {t("activitiesWeb.filters.clear")}
            </Button>
          ) : null}
        </Group>
      ) : null}
      {isPhone ? <Collapse in={opened}>{fields}</Collapse> : fields}
    </section>
  );
}
