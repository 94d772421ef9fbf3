import type { Selectable } from "kysely";
import type { ColumnValue, DirectoryColumn } from "../../../shared/directory/columns.js";
import type { ServiceProvidersTable, ServicesTable } from "../../db/schema-directory.js";

/*
 * Cells of the directory's spreadsheet: an entry's values as cells (export), and cells read back as values
 * (import). One text form per value, so that an entry exported and imported unchanged compares equal.
 */

export type Cell = string | number | null;
export type StoredProvider = Selectable<ServiceProvidersTable>;
export type StoredService = Selectable<ServicesTable>;

const LIST_SEPARATOR = ";";
const YES = new Set(["yes", "y", "true", "1"]);
const NO = new Set(["no", "n", "false", "0"]);
/** Columns holding ISO codes, written upper case whatever case the file uses. */
const UPPER_CASE = new Set(["country", "providerCountry", "areaCountries", "nationalities"]);

/** What an empty cell means where the API has a default rather than "none". */
const WHEN_EMPTY: Record<string, string> = { availability: "unknown" };

const trimmed = (text: string | null) => (text === null ? null : text.trim() || null);

/** The provider's cells of a row. */
export function providerCells(provider: StoredProvider): Record<string, Cell> {
  return {
    providerName: provider.name,
    providerKind: provider.kind,
    providerDescription: provider.description,
    providerWebsite: provider.website,
    providerEmail: provider.email,
    providerPhone: provider.phone,
    providerAddress: provider.address,
    providerCountry: trimmed(provider.country),
    providerRegion: provider.region,
    providerCity: provider.city,
    providerLatitude: provider.latitude,
    providerLongitude: provider.longitude,
  };
}

const yesNo = (value: boolean) => (value ? "yes" : "no");
const list = (items: readonly string[]) => items.join(LIST_SEPARATOR);

/** The service's cells of a row: its own fields (its place empty when it is at its provider's). */
export function serviceCells(service: StoredService): Record<string, Cell> {
  return {
    id: service.id,
    serviceName: service.name,
    serviceType: service.service_type,
    description: service.description,
    address: service.address,
    country: trimmed(service.country),
    region: service.region,
    city: service.city,
    latitude: service.latitude,
    longitude: service.longitude,
    areaCountries: list(service.area_countries),
    areaRegions: list(service.area_regions),
    areaCities: list(service.area_cities),
    remote: yesNo(service.remote),
    languages: list(service.languages),
    minAge: service.min_age,
    maxAge: service.max_age,
    sexes: list(service.sexes),
    nationalities: list(service.nationalities),
    statuses: list(service.statuses),
    openingHours: service.opening_hours,
    openAlways: yesNo(service.open_always),
    capacity: service.capacity,
    availability: service.availability,
    contactName: service.contact_name,
    contactPhone: service.contact_phone,
    contactEmail: service.contact_email,
    retired: yesNo(service.retired_at !== null),
    version: service.version,
    verifiedAt: service.verified_at ? service.verified_at.toISOString().slice(0, 10) : null,
  };
}

/** A whole row of the export. */
export function entryCells(service: StoredService, provider: StoredProvider, keeper: string): Record<string, Cell> {
  return { ...serviceCells(service), ...providerCells(provider), keeper };
}

/** A value read from a file, as text in the form the export writes it: what "unchanged" compares. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return yesNo(value);
  if (Array.isArray(value)) return list(value as string[]);
  return String(value);
}

/** A cell as text, the form files are compared in. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return "";
  return typeof cell === "number" ? String(cell) : cell;
}

export type CellParse = { ok: true; value: unknown } | { ok: false; problem: string };

function parseNumber(text: string, value: ColumnValue): CellParse {
  if (value === "integer") {
    return /^[+-]?\d{1,9}$/.test(text) ? { ok: true, value: Number(text) } : { ok: false, problem: "whole_number" };
  }
  // A decimal comma, as spreadsheets in many European locales write it.
  const number = Number(text.replace(",", "."));
  return /^[+-]?\d+([.,]\d+)?$/.test(text) && Number.isFinite(number)
    ? { ok: true, value: number }
    : { ok: false, problem: "directory_number" };
}

/**
 * A cell's text as the value an API input takes: empty text is null (an empty list, or "no" for a yes/no
 * column). Whether the value is allowed is the input schema's question, not this one's.
 */
export function parseCell(column: DirectoryColumn, raw: string): CellParse {
  const text = raw.trim();
  const upper = UPPER_CASE.has(column.key);
  switch (column.value) {
    case "list":
      return {
        ok: true,
        value: text
          .split(LIST_SEPARATOR)
          .map((item) => (upper ? item.trim().toUpperCase() : item.trim()))
          .filter(Boolean),
      };
    case "boolean": {
      const word = text.toLowerCase();
      if (word === "" || NO.has(word)) return { ok: true, value: false };
      return YES.has(word) ? { ok: true, value: true } : { ok: false, problem: "directory_yes_no" };
    }
    case "integer":
    case "number":
      return text === "" ? { ok: true, value: null } : parseNumber(text, column.value);
    default:
      if (text === "") return { ok: true, value: WHEN_EMPTY[column.key] ?? null };
      return { ok: true, value: upper ? text.toUpperCase() : text };
  }
}
