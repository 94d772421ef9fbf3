import { Button, Collapse, Group, NativeSelect, SimpleGrid, TextInput } from "@mantine/core";
import { useDisclosure, useMediaQuery } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { type FormSummary, RISK_LEVELS, SITE_TYPES } from "../../../shared/api/screening.js";
import { currentLanguage } from "../../i18n.js";
import { formTitle } from "./form-text.js";
import { countActive, NO_SCREENING_FILTERS, type ScreeningFilterValues } from "./screening-filters.js";

interface ScreeningFiltersProps {
  values: ScreeningFilterValues;
  onChange: (values: ScreeningFilterValues) => void;
  forms: readonly FormSummary[];
}

/** Filters apply as they are chosen; on a phone they fold away behind one button, leaving room for the list. */
export function ScreeningFilters({ values, onChange, forms }: ScreeningFiltersProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const isPhone = useMediaQuery("(max-width: 47.99em)") ?? false;
  const [opened, { toggle }] = useDisclosure(false);
  const set = (next: Partial<ScreeningFilterValues>) => onChange({ ...values, ...next });
  const active = countActive(values);
  const any = <option value="">{t("screeningWeb.list.any")}</option>;

  const fields = (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }}>
      <NativeSelect
        label={t("screeningWeb.fields.level")}
        value={values.level ?? ""}
        onChange={(event) => set({ level: event.currentTarget.value || null })}
      >
        {any}
        {RISK_LEVELS.map((level) => (
          <option key={level} value={level}>
            {t(`screening.levels.${level}`)}
          </option>
        ))}
      </NativeSelect>
      <NativeSelect
        label={t("screeningWeb.fields.form")}
        value={values.formId ?? ""}
        onChange={(event) => set({ formId: event.currentTarget.value || null })}
      >
        {any}
        {forms.map((form) => (
          <option key={form.id} value={form.id}>
            {formTitle(form.title, lang)}
          </option>
        ))}
      </NativeSelect>
      <NativeSelect
        label={t("screeningWeb.fields.siteType")}
        value={values.siteType ?? ""}
        onChange={(event) => set({ siteType: event.currentTarget.value || null })}
      >
        {any}
        {SITE_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`screeningWeb.siteTypes.${type}`)}
          </option>
        ))}
      </NativeSelect>
      <TextInput
        type="date"
        label={t("screeningWeb.list.from")}
        value={values.from}
        onChange={(event) => set({ from: event.currentTarget.value })}
      />
      <TextInput
        type="date"
        label={t("screeningWeb.list.to")}
        value={values.to}
        onChange={(event) => set({ to: event.currentTarget.value })}
      />
    </SimpleGrid>
  );

  return (
    <section aria-label={t("screeningWeb.list.filters")}>
      {isPhone || active > 0 ? (
        <Group gap="sm" mb="sm">
          {isPhone ? (
            <Button variant="default" size="sm" onClick={toggle} aria-expanded={opened}>
              {t("screeningWeb.list.filtersButton", { count: active })}
            </Button>
          ) : null}
          {active > 0 ? (
            <Button variant="subtle" size="sm" onClick={() => onChange(NO_SCREENING_FILTERS)}>
              {t("screeningWeb.list.clearFilters")}
            </Button>
          ) : null}
        </Group>
      ) : null}
      {isPhone ? <Collapse in={opened}>{fields}</Collapse> : fields}
    </section>
  );
}
