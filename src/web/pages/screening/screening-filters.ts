import { RISK_LEVELS, SITE_TYPES } from "../../../shared/api/screening.js";
import type { QueryValue } from "../../api/client.js";

export interface ScreeningFilterValues {
  level: string | null;
  formId: string | null;
  siteType: string | null;
  from: string;
  to: string;
}

export const NO_SCREENING_FILTERS: ScreeningFilterValues = {
  level: null,
  formId: null,
  siteType: null,
  from: "",
  to: "",
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const among = (list: readonly string[], value: string | null) => (value && list.includes(value) ? value : null);

/** Filters from the address bar, so a filtered list can be bookmarked and survives a reload; bad values are dropped. */
export function filtersFromParams(params: URLSearchParams): ScreeningFilterValues {
  const date = (name: string) => {
    const value = params.get(name) ?? "";
    return DATE.test(value) ? value : "";
  };
  const formId = params.get("form");
  return {
    level: among(RISK_LEVELS, params.get("level")),
    formId: formId && UUID.test(formId) ? formId : null,
    siteType: among(SITE_TYPES, params.get("site")),
    from: date("from"),
    to: date("to"),
  };
}

export function paramsFromFilters(values: ScreeningFilterValues): URLSearchParams {
  const params = new URLSearchParams();
  if (values.level) params.set("level", values.level);
  if (values.formId) params.set("form", values.formId);
  if (values.siteType) params.set("site", values.siteType);
  if (values.from) params.set("from", values.from);
  if (values.to) params.set("to", values.to);
  return params;
}

export function toScreeningQuery(values: ScreeningFilterValues): Record<string, QueryValue> {
  return {
    level: values.level,
    formId: values.formId,
    siteType: values.siteType,
    from: values.from,
    to: values.to,
  };
}

export function countActive(values: ScreeningFilterValues): number {
  return Object.values(values).filter((value) => value !== null && value !== "").length;
}
