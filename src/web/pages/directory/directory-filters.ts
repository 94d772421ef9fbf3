import { AVAILABILITIES, SERVICE_TYPES } from "../../../shared/directory/vocab.js";
import { MIGRATION_STATUSES, SEXES } from "../../../shared/htcds/extensions/person.js";
import { LANGUAGE_CODES } from "../../../shared/htcds/index.js";
import { COUNTRY_CODES } from "../../../shared/vocab/countries.js";
import type { QueryValue } from "../../api/client.js";

export type DirectoryView = "list" | "map";

export interface DirectoryFilterValues {
  q: string;
  /** Needs: services of any of these types. */
  serviceTypes: string[];
  country: string | null;
  region: string;
  city: string;
  language: string | null;
  /** The person to be helped: services whose rules would turn them away are left out. */
  age: number | null;
  sex: string | null;
  nationality: string | null;
  status: string | null;
  availability: string | null;
  verificationDue: boolean;
  keptByCaller: boolean;
}

export const NO_DIRECTORY_FILTERS: DirectoryFilterValues = {
  q: "",
  serviceTypes: [],
  country: null,
  region: "",
  city: "",
  language: null,
  age: null,
  sex: null,
  nationality: null,
  status: null,
  availability: null,
  verificationDue: false,
  keptByCaller: false,
};

const among = (list: readonly string[], value: string | null) => (value && list.includes(value) ? value : null);
const text = (value: string | null, max: number) => (value ?? "").slice(0, max);

function ageFrom(value: string | null): number | null {
  if (value === null || !/^\d{1,3}$/.test(value)) return null;
  const age = Number(value);
  return age <= 120 ? age : null;
}

/** Filters from the address bar, so that a search survives a reload and can be shared; bad values are dropped. */
export function filtersFromParams(params: URLSearchParams): DirectoryFilterValues {
  const types = (params.get("need") ?? "")
    .split(",")
    .filter((type) => (SERVICE_TYPES as readonly string[]).includes(type));
  return {
    q: text(params.get("q"), 100),
    serviceTypes: [...new Set(types)],
    country: among(COUNTRY_CODES, params.get("country")),
    region: text(params.get("region"), 120),
    city: text(params.get("city"), 120),
    language: among(LANGUAGE_CODES, params.get("language")),
    age: ageFrom(params.get("age")),
    sex: among(SEXES, params.get("sex")),
    nationality: among(COUNTRY_CODES, params.get("nationality")),
    status: among(MIGRATION_STATUSES, params.get("status")),
    availability: among(AVAILABILITIES, params.get("availability")),
    verificationDue: params.get("due") === "true",
    keptByCaller: params.get("ours") === "true",
  };
}

export function viewFromParams(params: URLSearchParams): DirectoryView {
  return params.get("view") === "map" ? "map" : "list";
}

export function paramsFromFilters(values: DirectoryFilterValues, view: DirectoryView): URLSearchParams {
  const params = new URLSearchParams();
  const set = (key: string, value: string | null) => {
    if (value) params.set(key, value);
  };
  set("q", values.q.trim());
  set("need", values.serviceTypes.join(","));
  set("country", values.country);
  set("region", values.region.trim());
  set("city", values.city.trim());
  set("language", values.language);
  set("age", values.age === null ? null : String(values.age));
  set("sex", values.sex);
  set("nationality", values.nationality);
  set("status", values.status);
  set("availability", values.availability);
  set("due", values.verificationDue ? "true" : null);
  set("ours", values.keptByCaller ? "true" : null);
  set("view", view === "map" ? "map" : null);
  return params;
}

/** The address after one change to the filters (or the view) in the address as it is now; the rest stays. */
export function changedParams(
  current: URLSearchParams,
  change: Partial<DirectoryFilterValues>,
  view?: DirectoryView,
): URLSearchParams {
  return paramsFromFilters({ ...filtersFromParams(current), ...change }, view ?? viewFromParams(current));
}

/** The filters as the API takes them (serviceListQuery without paging); the map and the export take the same. */
export function toServiceQuery(values: DirectoryFilterValues): Record<string, QueryValue> {
  return {
    q: values.q.trim(),
    serviceType: values.serviceTypes.join(","),
    country: values.country,
    region: values.region.trim(),
    city: values.city.trim(),
    language: values.language,
    age: values.age,
    sex: values.sex,
    nationality: values.nationality,
    status: values.status,
    availability: values.availability,
    verificationDue: values.verificationDue ? "true" : undefined,
    keptByCaller: values.keptByCaller ? "true" : undefined,
  };
}

/** How many filters narrow the list (the search words aside), for the folded filter button on a phone. */
export function activeFilterCount(values: DirectoryFilterValues): number {
  const { q: _q, ...rest } = values;
  return Object.values(rest).filter((value) =>
    Array.isArray(value) ? value.length > 0 : value !== null && value !== "" && value !== false,
  ).length;
}
