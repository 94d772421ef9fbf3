import type { TenantTable } from "../../access/scoped-db.js";

/**
 * The tables an import writes whole rows to, as the JSON text one statement sends (insertRecordset):
 * each column with its PostgreSQL type (constants, never input), and the value a row that leaves a
 * NOT NULL column out takes, as the table's default would give it. json_to_recordset makes a missing
 * key NULL, not the default, so the rows are completed before they are written out. The worker thread
 * writes the JSON (import-build.ts); the main thread only passes it on.
 */
export interface TableShape {
  table: TenantTable;
  columns: Readonly<Record<string, string>>;
  defaults?: Readonly<Record<string, unknown>>;
}

export const RECORD_KEYS: TableShape = {
  table: "record_keys",
  columns: { subject_id: "uuid", wrapped_key: "text" },
};

export const PEOPLE: TableShape = {
  table: "people",
  columns: {
    id: "uuid",
    identity: "text",
    gender: "text",
    sex: "text",
    birth_year: "smallint",
    birth_year_estimated: "boolean",
    citizenships: "text[]",
    primary_language: "text",
    languages: "text[]",
    education: "text",
    marital_status: "text",
    number_of_children: "smallint",
    migration_statuses: "text[]",
    vulnerability_flags: "text[]",
    disability: "jsonb",
    deceased: "boolean",
    created_by: "uuid",
  },
  defaults: {
    birth_year_estimated: false,
    citizenships: [],
    languages: [],
    migration_statuses: [],
    vulnerability_flags: [],
    deceased: false,
  },
};

export const CASES: TableShape = {
  table: "cases",
  columns: {
    id: "uuid",
    case_number: "text",
    stage: "text",
    status: "text",
    owner_user_id: "uuid",
    team_id: "uuid",
    primary_person_id: "uuid",
    opened_on: "date",
    identified_on: "date",
    closed_on: "date",
    closure_referred: "boolean",
    referring_organisation_name: "text",
    incoming_referral_date: "date",
    incoming_referral_reason: "text",
    sealed: "text",
    exploitation_types: "text[]",
    vulnerability_flags: "text[]",
    citizenships: "text[]",
    created_by: "uuid",
  },
};

export const CASE_PEOPLE: TableShape = {
  table: "case_people",
  columns: {
    case_id: "uuid",
    person_id: "uuid",
    role: "text",
    relationship: "text",
    trafficking_status: "text",
    status_decided_by: "text",
    relationship_to_trafficker: "text",
    age_when_trafficked: "smallint",
    recruitment_methods: "text[]",
    recruitment_websites: "text[]",
    control_methods: "text[]",
    exploitation_types: "text[]",
    forced_labour_industry: "text",
    sex_exploitation_types: "text[]",
    exploitation_websites: "text[]",
    victim_vulnerabilities: "text[]",
    recruitment_places: "jsonb",
    exploitation_places: "jsonb",
    perpetrator_roles: "text[]",
    sealed: "text",
    created_at: "timestamptz",
  },
  defaults: {
    recruitment_methods: [],
    recruitment_websites: [],
    control_methods: [],
    exploitation_types: [],
    sex_exploitation_types: [],
    exploitation_websites: [],
    victim_vulnerabilities: [],
    recruitment_places: [],
    exploitation_places: [],
    perpetrator_roles: [],
  },
};

export const CONSENTS: TableShape = {
  table: "consents",
  columns: {
    id: "uuid",
    person_id: "uuid",
    case_id: "uuid",
    purpose: "text",
    decision: "text",
    decided_on: "date",
    method: "text",
    language: "text",
    guardian_relationship: "text",
    signature_attachment_id: "uuid",
    sealed: "text",
    recorded_by: "uuid",
  },
};

export const CASE_HISTORY: TableShape = {
  table: "case_history",
  columns: { id: "uuid", case_id: "uuid", actor_user_id: "uuid", action: "text", changes: "jsonb" },
  defaults: { changes: {} },
};

// PostgreSQL refuses a lone surrogate in JSON; as a parameter it would arrive as U+FFFD, so it is
// replaced the same way. JSON.stringify writes one as an escape, so the check costs one scan of the text.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const wellFormed = (_key: string, value: unknown) =>
  typeof value === "string" ? value.replace(LONE_SURROGATE, "\uFFFD") : value;

/**
 * The rows as the JSON insertRecordset sends, in UTF-8: the shape's columns only, completed with its
 * defaults. Bytes rather than a string, so that the thread that made them also did the encoding.
 */
export function rowsJson(shape: TableShape, rows: readonly Record<string, unknown>[]): Buffer {
  const names = Object.keys(shape.columns);
  const defaults = shape.defaults ?? {};
  const complete = rows.map((row) => {
    const out: Record<string, unknown> = {};
    for (const name of names) out[name] = row[name] ?? defaults[name] ?? null;
    return out;
  });
  const json = JSON.stringify(complete);
  return Buffer.from(/\\u[dD][89a-fA-F]/.test(json) ? JSON.stringify(complete, wellFormed) : json);
}
