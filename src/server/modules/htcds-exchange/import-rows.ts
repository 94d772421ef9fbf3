import type { z } from "zod";
import { perpetratorContext, type VictimContext, victimContext } from "../../../shared/api/cases.js";
import { consentInput } from "../../../shared/api/consents.js";
import { personInput } from "../../../shared/api/people.js";
import { todayIso } from "../../../shared/dates.js";
import type { PersonRoleInCase } from "../../../shared/htcds/index.js";
import { AppError } from "../../access/errors.js";
import { type ConsentSubject, isChild } from "../people/consents.service.js";
import { checkPerson, type PersonInput } from "../people/people.service.js";
import { COLUMN_BY_NAME, COLUMNS, type Column, type ColumnEntity } from "./htcds-columns.js";
import { checkCountry, parseCell, RowLog, splitList } from "./import-cells.js";
import type { RawRow } from "./import-read.js";

type ConsentInput = z.infer<typeof consentInput>;
type PerpetratorContext = z.infer<typeof perpetratorContext>;

/** One row read into the API's shapes: a person, their part in the case, the case fields it carries. */
export interface ParsedRow {
  row: number;
  log: RowLog;
  caseRef: string | null;
  role: PersonRoleInCase;
  relationship: string | null;
  person: PersonInput;
  victim: VictimContext | undefined;
  perpetrator: PerpetratorContext | undefined;
  /** Case column → value, as given on this row. */
  caseValues: Map<string, unknown>;
  consents: ConsentInput[];
}

function setAt(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split(".");
  let node = target;
  for (const part of parts.slice(0, -1)) {
    node[part] ??= {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts.at(-1) as string] = value;
}

/** The column an API path belongs to, for problems the API's own schemas find. */
const EXTRA_PATHS: Record<string, string> = {
  "identity.identityDocuments": "prs_IdentityNumber",
  "identity.phones": "prs_MobilePhone",
  languages: "sp_Languages",
};

function columnOfPath(entity: ColumnEntity, path: (string | number | symbol)[]): string {
  const dotted = path.filter((part) => typeof part === "string").join(".");
  const candidates = COLUMNS.filter((c) => c.entity === entity && c.path && !c.notKept && !c.exportOnly);
  const exact = candidates.find((c) => c.path === dotted);
  if (exact) return exact.name;
  const extra = Object.entries(EXTRA_PATHS).find(([prefix]) => dotted.startsWith(prefix));
  if (extra) return extra[1];
  const prefix = candidates.find((c) => c.path && dotted.startsWith(`${c.path}.`));
  return prefix?.name ?? candidates[0]?.name ?? "sp_Consents";
}

function problemOfIssue(issue: z.core.$ZodIssue): string {
  const known = ["control_characters", "duplicate_values", "phone_e164"];
  if (known.includes(issue.message)) return issue.message;
  if (issue.code === "too_small" || issue.code === "too_big") return issue.code;
  if (issue.code === "invalid_value") return "unknown_value";
  if (issue.code === "invalid_format") return issue.format === "email" ? "email" : "invalid";
  return "invalid";
}

/** The API's own schema checks the assembled object: the import cannot accept what the screens refuse. */
function validate<T>(log: RowLog, entity: ColumnEntity, schema: z.ZodType<T>, value: unknown): T | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) log.problem(columnOfPath(entity, issue.path), problemOfIssue(issue));
  return undefined;
}

function identityDocuments(log: RowLog, raw: RawRow, numbers: string[] | undefined) {
  const types = splitList(raw.values.get("sp_IdentityDocumentType") ?? "", true);
  const countries = splitList(raw.values.get("sp_IdentityDocumentCountry") ?? "", true);
  if (!numbers?.length) {
    if (raw.values.has("sp_IdentityDocumentType") || raw.values.has("sp_IdentityDocumentCountry"))
      log.problem("prs_IdentityNumber", "required");
    return undefined;
  }
  return numbers.map((number, index) => {
    const country = countries[index] ? checkCountry(log, "sp_IdentityDocumentCountry", countries[index]) : null;
    return { type: types[index] ?? "", number, country: country ?? null };
  });
}

/** Consent decisions of the row: Safepath's per-purpose list, and HTCDS's checkbox as agreement to data use. */
function consentsOf(log: RowLog, values: Map<string, unknown>, person: PersonInput): ConsentInput[] {
  const listed = (values.get("sp_Consents") as { purpose: string; decision: string }[] | undefined) ?? [];
  const checkbox = values.get("con_Consent") as boolean | undefined;
  const decisions = [...listed];
  if (checkbox !== undefined && !listed.some((d) => d.purpose === "data_processing"))
    decisions.push({ purpose: "data_processing", decision: checkbox ? "given" : "refused" });
  const field = values.has("con_Consent") ? "con_Consent" : "sp_Consents";
  const guardianName = values.get("sp_ConsentGuardianName") as string | undefined;
  const guardianRelationship = values.get("sp_ConsentGuardianRelationship") as string | undefined;
  if (guardianName && !guardianRelationship) log.problem("sp_ConsentGuardianRelationship", "required");
  if (guardianRelationship && !guardianName) log.problem("sp_ConsentGuardianName", "required");
  const guardian =
    guardianName && guardianRelationship ? { name: guardianName, relationship: guardianRelationship } : null;
  const decidedOn = (values.get("sp_ConsentDate") ?? values.get("sp_OpenedOn") ?? todayIso()) as string;
  // isChild reads only the identity, birth year and flags; the subject's id and key come at writing.
  const subject = {
    identity: person.identity,
    birthYear: person.identity.birthDate ? Number(person.identity.birthDate.slice(0, 4)) : (person.birthYear ?? null),
    vulnerabilityFlags: person.vulnerabilityFlags ?? [],
  } as unknown as ConsentSubject;
  return decisions.flatMap((decision) => {
    if (decision.decision === "given" && !guardian && isChild(subject, decidedOn))
      log.problem(field, "guardian_required");
    const input = validate(log, "consent", consentInput, {
      ...decision,
      decidedOn,
      method: (values.get("sp_ConsentMethod") as string | undefined) ?? "verbal",
      guardian,
    });
    return input ? [input] : [];
  });
}

/** checkPerson's rules, answered with the column they concern. */
function checkPersonRules(log: RowLog, person: PersonInput): void {
  try {
    checkPerson(person, "row");
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    for (const field of error.fields) {
      log.problem(field.field === "row.birthYear" ? "sp_BirthYear" : "prs_Birthdate", field.problem);
    }
  }
}

const CASE_NUMBER = COLUMN_BY_NAME.get("sp_CaseNumber") as Column;

/** The case number a row gives, as parseRow reads it: a real import groups rows before checking them. */
export function caseRefOf(raw: RawRow): string | null {
  const text = raw.values.get(CASE_NUMBER.name);
  return text === undefined
    ? null
    : ((parseCell(new RowLog(raw.row), CASE_NUMBER, text) as string | undefined) ?? null);
}

const ENTITY_OF_ROLE: Partial<Record<PersonRoleInCase, ColumnEntity>> = {
  victim: "victim",
  perpetrator: "perpetrator",
};

/** Reads one row into the API's shapes, with every problem of every cell. */
export function parseRow(raw: RawRow): ParsedRow {
  const log = new RowLog(raw.row);
  const values = new Map<string, unknown>();
  for (const [name, text] of raw.values) {
    const column = COLUMN_BY_NAME.get(name) as Column;
    const value = parseCell(log, column, text);
    if (value !== undefined && value !== null) values.set(name, value);
  }
  const objects: Record<ColumnEntity, Record<string, unknown>> = {
    case: {},
    link: {},
    person: { identity: {} },
    victim: {},
    perpetrator: {},
    consent: {},
  };
  const caseValues = new Map<string, unknown>();
  for (const [name, value] of values) {
    const column = COLUMN_BY_NAME.get(name) as Column;
    if (column.entity === "case") caseValues.set(name, value);
    else if (column.path) setAt(objects[column.entity], column.path, value);
  }
  const role = ((values.get("sp_Role") as PersonRoleInCase | undefined) ?? "victim") as PersonRoleInCase;
  for (const name of values.keys()) {
    const entity = (COLUMN_BY_NAME.get(name) as Column).entity;
    if ((entity === "victim" || entity === "perpetrator") && ENTITY_OF_ROLE[role] !== entity)
      log.problem(name, "role_mismatch");
  }

  const draft = objects.person;
  const identity = draft.identity as Record<string, unknown>;
  const listOf = (name: string) => (values.get(name) as string[] | undefined) ?? [];
  const phones = [...listOf("prs_MobilePhone"), ...listOf("prs_HomePhone")];
  if (phones.length) identity.phones = [...new Set(phones)];
  const secondary = values.get("prs_SecondaryLanguage") as string | undefined;
  if (secondary && !listOf("sp_Languages").includes(secondary))
    draft.languages = [...listOf("sp_Languages"), secondary];
  const documents = identityDocuments(log, raw, values.get("prs_IdentityNumber") as string[] | undefined);
  if (documents) identity.identityDocuments = documents;
  const person = draft as PersonInput;

  const validPerson = validate(log, "person", personInput, person);
  if (validPerson) checkPersonRules(log, validPerson);
  const victim = role === "victim" ? validate(log, "victim", victimContext, objects.victim) : undefined;
  const perpetrator =
    role === "perpetrator" ? validate(log, "perpetrator", perpetratorContext, objects.perpetrator) : undefined;
  const consents = consentsOf(log, values, validPerson ?? person);
  return {
    row: raw.row,
    log,
    caseRef: (values.get("sp_CaseNumber") as string | undefined) ?? null,
    role,
    relationship: (values.get("sp_Relationship") as string | undefined) ?? null,
    person: validPerson ?? person,
    victim,
    perpetrator,
    caseValues,
    consents,
  };
}
