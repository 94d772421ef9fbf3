import { Button, Collapse, Group, NativeSelect, SimpleGrid } from "@mantine/core";
import { useDisclosure, useMediaQuery } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { ARTICLE_CATEGORIES, ARTICLE_STATUSES } from "../../../shared/knowledge/articles.js";
import { currentLanguage } from "../../i18n.js";
import { type KnowledgeFilterValues, NO_KNOWLEDGE_FILTERS, useCountryOptions } from "./knowledge-filters.js";

interface KnowledgeFiltersProps {
  values: KnowledgeFilterValues;
  onChange: (values: KnowledgeFilterValues) => void;
  manages: boolean;
}

/** Category, country and (for managers) status; on a phone they fold away behind one button. */
export function KnowledgeFilters({ values, onChange, manages }: KnowledgeFiltersProps) {
  const { t } = useTranslation();
  const isPhone = useMediaQuery("(max-width: 47.99em)") ?? false;
  const [opened, { toggle }] = useDisclosure(false);
  const countries = useCountryOptions(currentLanguage());
  const set = (next: Partial<KnowledgeFilterValues>) => onChange({ ...values, ...next });
  const active = [values.category, values.country, values.status].filter(Boolean).length;
  const any = <option value="">{t("knowledge.any")}</option>;

  const fields = (
    <SimpleGrid cols={{ base: 1, sm: manages ? 3 : 2 }}>
      <NativeSelect
        label={t("knowledge.category")}
        value={values.category ?? ""}
        onChange={(event) => set({ category: event.currentTarget.value || null })}
      >
        {any}
        {ARTICLE_CATEGORIES.map((category) => (
          <option key={category} value={category}>
            {t(`knowledge.categories.${category}`)}
          </option>
        ))}
      </NativeSelect>
      <NativeSelect
        label={t("knowledge.country")}
        value={values.country ?? ""}
        onChange={(event) => set({ country: event.currentTarget.value || null })}
      >
        {any}
        {countries.map((country) => (
          <option key={country.value} value={country.value}>
            {country.label}
          </option>
        ))}
      </NativeSelect>
      {manages ? (
        <NativeSelect
          label={t("knowledge.status")}
          value={values.status ?? ""}
          onChange={(event) => set({ status: event.currentTarget.value || null })}
        >
          <option value="">{t("knowledge.statuses.published")}</option>
          {ARTICLE_STATUSES.filter((status) => status !== "published").map((status) => (
            <option key={status} value={status}>
              {t(`knowledge.statuses.${status}`)}
            </option>
          ))}
          <option value="all">{t("knowledge.allStatuses")}</option>
        </NativeSelect>
      ) : null}
    </SimpleGrid>
  );

  return (
    <section aria-label={t("knowledge.filters")}>
      {isPhone || active > 0 ? (
        <Group gap="sm" mb="sm">
          {isPhone ? (
            <Button variant="default" size="sm" onClick={toggle} aria-expanded={opened}>
              {t("knowledge.filters")}
              {active > 0 ? ` · ${active}` : ""}
            </Button>
          ) : null}
          {active > 0 ? (
            <Button variant="subtle" size="sm" onClick={() => onChange({ ...NO_KNOWLEDGE_FILTERS, q: values.q })}>
              {t("knowledge.clearFilters")}
            </Button>
          ) : null}
        </Group>
      ) : null}
      {isPhone ? <Collapse in={opened}>{fields}</Collapse> : fields}
    </section>
  );
}
