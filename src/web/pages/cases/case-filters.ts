import { CASE_SORTS } from "../../../shared/api/cases.js";
import type { ExportRequest } from "../../../shared/api/htcds-exchange.js";
import {
  CASE_STAGES,
  CASE_STATUSES,
  type CaseStage,
  type CaseStatus,
  EXPLOITATION_TYPES,
  VICTIM_VULNERABILITIES,
  VULNERABILITY_FLAGS,
} from "../../../shared/htcds/index.js";
import { COUNTRY_CODES } from "../../../shared/vocab/countries.js";
import type { QueryValue } from "../../api/client.js";

export type CaseSort = (typeof CASE_SORTS)[number];

/**
 * The case list's filters as the address bar keeps them, so a filtered list can be bookmarked, reloaded or
 * shared. Only codes from the vocabularies and dates go there: never a name or anything typed about a person.
 */
export interface CaseFilterValues {
  status: CaseStatus | null;
  stage: CaseStage | null;
  mine: boolean;
  exploitationType: string | null;
  vulnerability: string | null;
  citizenship: string | null;
  openedFrom: string;
  openedTo: string;
  sort: CaseSort;
}

export const NO_CASE_FILTERS: CaseFilterValues = {
  status: null,
  stage: null,
  mine: false,
  exploitationType: null,
  vulnerability: null,
  citizenship: null,
  openedFrom: "",
  openedTo: "",
  sort: "updated",
};

export const VULNERABILITY_FILTERS: readonly string[] = [
  ...new Set([...VULNERABILITY_FLAGS, ...VICTIM_VULNERABILITIES]),
];

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function oneOf<T extends string>(list: readonly T[], value: string | null): T | null {
  return value !== null && (list as readonly string[]).includes(value) ? (value as T) : null;
}

/** Reads the filters from a query string; anything unknown or malformed is ignored rather than sent on. */
export function filtersFromParams(params: URLSearchParams): CaseFilterValues {
  const date = (name: string) => {
    const value = params.get(name) ?? "";
    return DATE.test(value) ? value : "";
  };
  return {
    status: oneOf(CASE_STATUSES, params.get("status")),
    stage: oneOf(CASE_STAGES, params.get("stage")),
    mine: params.get("mine") === "1",
    exploitationType: oneOf(EXPLOITATION_TYPES, params.get("exploitationType")),
    vulnerability: oneOf(VULNERABILITY_FILTERS, params.get("vulnerability")),
    citizenship: oneOf(COUNTRY_CODES, params.get("citizenship")),
    openedFrom: date("openedFrom"),
    openedTo: date("openedTo"),
    sort: oneOf(CASE_SORTS, params.get("sort")) ?? "updated",
  };
}

/** The query string for a set of filters, leaving out what is not set so addresses stay short. */
export function paramsFromFilters(values: CaseFilterValues): URLSearchParams {
  const params = new URLSearchParams();
  const set = (name: string, value: string | null) => {
    if (value) params.set(name, value);
  };
  set("status", values.status);
  set("stage", values.stage);
  if (values.mine) params.set("mine", "1");
  set("exploitationType", values.exploitationType);
  set("vulnerability", values.vulnerability);
  set("citizenship", values.citizenship);
  set("openedFrom", values.openedFrom);
  set("openedTo", values.openedTo);
  if (values.sort !== "updated") params.set("sort", values.sort);
  return params;
}

/** The filters as GET /api/cases takes them. */
export function toCaseQuery(values: CaseFilterValues): Record<string, QueryValue> {
  return {
    status: values.status,
    stage: values.stage,
    mine: values.mine ? "true" : undefined,
    exploitationType: values.exploitationType,
    vulnerability: values.vulnerability,
    citizenship: values.citizenship,
    openedFrom: values.openedFrom,
    openedTo: values.openedTo,
    sort: values.sort,
  };
}

export function countActiveFilters(values: CaseFilterValues): number {
  return [...paramsFromFilters(values).keys()].filter((key) => key !== "sort").length;
}

/** The part of an HTCDS export request that the list's filters decide. */
export type CaseExportFilters = Pick<
  ExportRequest,
  "status" | "stage" | "exploitationType" | "vulnerability" | "citizenship" | "openedFrom" | "openedTo" | "mine"
>;

/**
 * The filters as POST /api/cases/export takes them. The order has no place there: an export is in
 * case-number order. The codes were checked against the vocabularies when read from the address, so they
 * are passed on as they are.
 */
export function toExportFilters(values: CaseFilterValues): CaseExportFilters {
  return {
    status: values.status ?? undefined,
    stage: values.stage ?? undefined,
    exploitationType: (values.exploitationType ?? undefined) as CaseExportFilters["exploitationType"],
    vulnerability: (values.vulnerability ?? undefined) as CaseExportFilters["vulnerability"],
    citizenship: (values.citizenship ?? undefined) as CaseExportFilters["citizenship"],
    openedFrom: values.openedFrom || undefined,
    openedTo: values.openedTo || undefined,
    mine: values.mine || undefined,
  };
}
