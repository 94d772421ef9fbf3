import { useMemo } from "react";
import { ARTICLE_CATEGORIES, ARTICLE_STATUSES } from "../../../shared/knowledge/articles.js";
import { COUNTRY_CODES } from "../../../shared/vocab/countries.js";
import type { QueryValue } from "../../api/client.js";
import { countryName } from "../../format.js";

export interface KnowledgeFilterValues {
  q: string;
  category: string | null;
  country: string | null;
  /** Only for those who manage the knowledge base; readers always see published articles. */
  status: string | null;
}

export const NO_KNOWLEDGE_FILTERS: KnowledgeFilterValues = { q: "", category: null, country: null, status: null };

const STATUS_CHOICES: readonly string[] = [...ARTICLE_STATUSES, "all"];
const among = (list: readonly string[], value: string | null) => (value && list.includes(value) ? value : null);

/** Filters from the address bar, so that a search survives a reload and can be shared; bad values are dropped. */
export function filtersFromParams(params: URLSearchParams, manages: boolean): KnowledgeFilterValues {
  return {
    q: (params.get("q") ?? "").slice(0, 200),
    category: among(ARTICLE_CATEGORIES, params.get("category")),
    country: among(COUNTRY_CODES, params.get("country")),
    status: manages ? among(STATUS_CHOICES, params.get("status")) : null,
  };
}

export function paramsFromFilters(values: KnowledgeFilterValues): URLSearchParams {
  const params = new URLSearchParams();
  if (values.q.trim()) params.set("q", values.q);
  if (values.category) params.set("category", values.category);
  if (values.country) params.set("country", values.country);
  if (values.status) params.set("status", values.status);
  return params;
}

export function toArticleQuery(values: KnowledgeFilterValues): Record<string, QueryValue> {
  return { q: values.q.trim(), category: values.category, country: values.country, status: values.status };
}

/** Country names in the interface language, sorted the way that language sorts. */
export function useCountryOptions(lang: string): { value: string; label: string }[] {
  return useMemo(() => {
    const collator = new Intl.Collator(lang);
    return COUNTRY_CODES.map((code) => ({ value: code, label: countryName(code, lang) })).sort((a, b) =>
      collator.compare(a.label, b.label),
    );
  }, [lang]);
}
