import type { z } from "zod";
import { type ProviderInput, providerInput, serviceInput } from "../../../shared/api/directory.js";
import { DIRECTORY_COLUMNS, type DirectoryColumn } from "../../../shared/directory/columns.js";
import { directoryKey } from "../../../shared/directory/place-keys.js";
import { isUuid } from "../case-records/newest-first.js";
import { parseCell } from "./directory-cells.js";
import type { SheetRow } from "./directory-sheet.js";
import { ageRangeProblem, coordinatesProblem, type RuleProblem } from "./entry-rules.js";
import type { ServiceFields } from "./service-rows.js";

/** One problem of one row: the column (its key) and the problem code, with the message's parameters. */
export interface RowProblem {
  row: number;
  field: string;
  problem: string;
  params?: Record<string, string | number>;
}

/** A row read and checked on its own: what it says about its provider and its service. */
export interface ImportRow {
  row: number;
  id: string | null;
  version: number | null;
  /** The provider's folded name: rows with the same key are one provider. */
  providerKey: string;
  /** The provider's fields the file has columns for (name and kind always). */
  provider: Partial<ProviderInput>;
  /** The service's fields the file has columns for. */
  service: ServiceFields;
  /** Given when the file has the column: an empty cell means "no". */
  retired: boolean | undefined;
  problems: RowProblem[];
}

/** Input field → column, for the provider's fields (the service's fields carry their column's key). */
const PROVIDER_FIELD: Record<string, string> = {
  name: "providerName",
  kind: "providerKind",
  description: "providerDescription",
  website: "providerWebsite",
  email: "providerEmail",
  phone: "providerPhone",
  address: "providerAddress",
  country: "providerCountry",
  region: "providerRegion",
  city: "providerCity",
  latitude: "providerLatitude",
  longitude: "providerLongitude",
};
const PROVIDER_COLUMN = Object.fromEntries(Object.entries(PROVIDER_FIELD).map(([field, key]) => [key, field]));

/** The column of a provider's input field, and of a service's (its own name but for the service's name). */
export const providerColumn = (field: string) => PROVIDER_FIELD[field] ?? field;
export const serviceColumn = (field: string) => (field === "name" ? "serviceName" : field);
const serviceField = (key: string) => (key === "serviceName" ? "name" : key);

const serviceFields = serviceInput.omit({ providerId: true });
const KNOWN_MESSAGES = new Set(["control_characters", "email", "duplicate_values"]);

/** A schema's complaint as a problem code the catalogues translate. */
function problemOf(issue: z.core.$ZodIssue, input: Record<string, unknown>): string {
  if (KNOWN_MESSAGES.has(issue.message)) return issue.message;
  const value = input[String(issue.path[0])];
  switch (issue.code) {
    case "invalid_type":
      return value === null || value === undefined ? "required" : "invalid_type";
    case "invalid_value":
      return "unknown_value";
    case "too_small":
    case "too_big":
      return issue.code;
    case "invalid_format":
      return issue.format === "email" ? "email" : "invalid";
    case "unrecognized_keys":
      return "unknown_field";
    default:
      return "invalid";
  }
}

function validate<T>(
  schema: z.ZodType<T>,
  input: Record<string, unknown>,
  columnOf: (field: string) => string,
  row: number,
  problems: RowProblem[],
): T | undefined {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const seen = new Set<string>();
  for (const issue of parsed.error.issues) {
    const field = columnOf(String(issue.path[0] ?? ""));
    if (seen.has(field)) continue;
    seen.add(field);
    problems.push({ row, field, problem: problemOf(issue, input) });
  }
  return undefined;
}

/** A broken rule, unless its column has a problem already (a latitude that is no number lacks its pair too). */
const ruleProblem = (
  row: number,
  rule: RuleProblem | undefined,
  columnOf: (field: string) => string,
  problems: readonly RowProblem[],
): RowProblem[] => {
  if (!rule) return [];
  const field = columnOf(rule.field);
  return problems.some((p) => p.field === field) ? [] : [{ row, field, problem: rule.problem }];
};

/**
 * Reads one row: each cell parsed by its column's kind, then the provider's and the service's fields checked
 * by the API's own input schemas and rules, so that a row is accepted exactly when the API would accept it.
 */
export function readImportRow(sheetRow: SheetRow, columns: readonly DirectoryColumn[]): ImportRow {
  const { row } = sheetRow;
  const problems: RowProblem[] = [];
  const provider: Record<string, unknown> = {};
  const service: Record<string, unknown> = {};
  let id: string | null = null;
  let version: number | null = null;
  let retired: boolean | undefined;
  for (const column of columns) {
    const parsed = parseCell(column, sheetRow.cells.get(column.key) ?? "");
    if (!parsed.ok) {
      problems.push({ row, field: column.key, problem: parsed.problem });
      continue;
    }
    if (column.key === "id") {
      id = parsed.value as string | null;
      if (id !== null && !isUuid(id)) problems.push({ row, field: "id", problem: "invalid" });
    } else if (column.key === "version") version = parsed.value as number | null;
    else if (column.key === "retired") retired = parsed.value as boolean;
    else if (column.part === "provider") provider[PROVIDER_COLUMN[column.key] ?? column.key] = parsed.value;
    else service[serviceField(column.key)] = parsed.value;
  }
  const checkedProvider = validate(providerInput, provider, providerColumn, row, problems);
  const checkedService = validate(serviceFields, service, serviceColumn, row, problems);
  const rules = [
    {
      rule: coordinatesProblem(provider.latitude as number | null, provider.longitude as number | null),
      columnOf: providerColumn,
    },
    ...(id === null
      ? [
          {
            rule: coordinatesProblem(service.latitude as number | null, service.longitude as number | null),
            columnOf: serviceColumn,
          },
          {
            rule: ageRangeProblem(service.minAge as number | null, service.maxAge as number | null),
            columnOf: serviceColumn,
          },
        ]
      : []),
  ];
  for (const { rule, columnOf } of rules) problems.push(...ruleProblem(row, rule, columnOf, problems));
  return {
    row,
    id,
    version,
    providerKey: directoryKey(typeof provider.name === "string" ? provider.name : "") ?? "",
    provider: checkedProvider ?? {},
    service: checkedService ?? {},
    retired,
    problems,
  };
}

/** Column order, for sorting a row's problems as the file reads. */
export const COLUMN_ORDER = new Map(DIRECTORY_COLUMNS.map((column, index) => [column.key, index]));
