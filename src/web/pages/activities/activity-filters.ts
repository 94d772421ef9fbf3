import {
  ACTIVITY_KINDS,
  ACTIVITY_STATUSES,
  type ActivityKind,
  type ActivityStatus,
  REPORT_SECTIONS,
  type ReportSection,
} from "../../../shared/activities/vocab.js";
import type { QueryValue } from "../../api/client.js";
import { isMonth } from "./months.js";

export interface ActivityFilterValues {
  /** Reporting months, YYYY-MM, both included; "" for no bound. */
  from: string;
  to: string;
  officeId: string;
  kind: ActivityKind | "";
  section: ReportSection | "";
  status: ActivityStatus | "";
  q: string;
}

export const NO_ACTIVITY_FILTERS: ActivityFilterValues = {
  from: "",
  to: "",
  officeId: "",
  kind: "",
  section: "",
  status: "",
  q: "",
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const among = <T extends string>(allowed: readonly T[], value: string | null): T | "" =>
  value && (allowed as readonly string[]).includes(value) ? (value as T) : "";

/**
 * Filters from the address bar, so that a link from the dashboard (/activities?kind=training&from=2022-05)
 * opens the list it promises and a reload keeps it; values that are not valid are dropped, not sent.
 */
export function filtersFromParams(params: URLSearchParams): ActivityFilterValues {
  const officeId = params.get("officeId") ?? "";
  const from = params.get("from");
  const to = params.get("to");
  return {
    from: isMonth(from) ? from : "",
    to: isMonth(to) ? to : "",
    officeId: UUID.test(officeId) ? officeId.toLowerCase() : "",
    kind: among(ACTIVITY_KINDS, params.get("kind")),
    section: among(REPORT_SECTIONS, params.get("section")),
    status: among(ACTIVITY_STATUSES, params.get("status")),
    q: (params.get("q") ?? "").slice(0, 200),
  };
}

export function paramsFromFilters(values: ActivityFilterValues): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ["from", "to", "officeId", "kind", "section", "status", "q"] as const) {
    const value = values[key].trim();
    if (value) params.set(key, value);
  }
  return params;
}

/** The address after one change to the filters as the address is now; the rest stays. */
export function changedParams(current: URLSearchParams, change: Partial<ActivityFilterValues>): URLSearchParams {
  return paramsFromFilters({ ...filtersFromParams(current), ...change });
}

/** The filters as the API takes them. Months chosen the wrong way round are read as the span between them. */
export function toActivityQuery(values: ActivityFilterValues): Record<string, QueryValue> {
  const swapped = values.from && values.to && values.from > values.to;
  return {
    from: swapped ? values.to : values.from,
    to: swapped ? values.from : values.to,
    officeId: values.officeId,
    kind: values.kind,
    section: values.section,
    status: values.status,
    q: values.q.trim(),
  };
}

/** How many filters narrow the list (the search words aside), for the folded filter button on a phone. */
export function activeFilterCount(values: ActivityFilterValues): number {
  const { q: _q, ...rest } = values;
  return Object.values(rest).filter((value) => value !== "").length;
}
