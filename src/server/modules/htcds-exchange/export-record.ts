import type { ExportCase, ExportPerson } from "./export-load.js";
import { COLUMNS, type Column } from "./htcds-columns.js";

/** A value of an HTCDS record as JSON carries it; the spreadsheet writes it as text. */
export type HtcdsValue =
  | string
  | number
  | boolean
  | null
  | string[]
  | { country: string; place?: string | null }[]
  | Record<string, string>;

export type HtcdsRecord = Record<string, HtcdsValue>;

function valueAt(source: unknown, path: string): HtcdsValue {
  let value: unknown = source;
  for (const part of path.split(".")) {
    if (value === null || typeof value !== "object") return null;
    value = (value as Record<string, unknown>)[part];
  }
  return (value ?? null) as HtcdsValue;
}

/** The fields of a record in column order; identifying ones only when they may leave. */
function fieldsOf(columns: readonly Column[], source: unknown, identifying: boolean): HtcdsRecord {
  const record: HtcdsRecord = {};
  for (const column of columns) {
    if (column.identifying && !identifying) continue;
    record[column.name] = column.path && !column.notKept ? valueAt(source, column.path) : null;
  }
  return record;
}

const CASE_COLUMNS = COLUMNS.filter((column) => column.entity === "case");

export function caseFields(exported: ExportCase): HtcdsRecord {
  return fieldsOf(CASE_COLUMNS, exported.shape, exported.identifying);
}

const of = (entity: Column["entity"]) => COLUMNS.filter((column) => column.entity === entity);
const PERSON_COLUMNS = of("person");
const LINK_COLUMNS = of("link");
const VICTIM_COLUMNS = of("victim");
const PERPETRATOR_COLUMNS = of("perpetrator");

/** prs_, vic_ / per_ and the person's sp_ fields, without consent (listed apart). */
export function personFields(p: ExportPerson): HtcdsRecord {
  const identity = p.person.identity;
  const record: HtcdsRecord = {
    ...fieldsOf(PERSON_COLUMNS, p.person, p.identifying),
    ...fieldsOf(LINK_COLUMNS, p, p.identifying),
    ...(p.role === "victim" ? fieldsOf(VICTIM_COLUMNS, p.victim, p.identifying) : {}),
    ...(p.role === "perpetrator" ? fieldsOf(PERPETRATOR_COLUMNS, p.perpetrator, p.identifying) : {}),
  };
  const secondary = p.person.languages.find((language) => language !== p.person.primaryLanguage);
  record.prs_SecondaryLanguage = secondary ?? null;
  if (p.identifying) {
    const documents = identity?.identityDocuments ?? [];
    // One phone list in Safepath: all of it goes to the mobile column, positions kept for documents.
    record.prs_HomePhone = null;
    record.prs_IdentityNumber = documents.map((document) => document.number);
    record.sp_IdentityDocumentType = documents.map((document) => document.type);
    record.sp_IdentityDocumentCountry = documents.map((document) => document.country ?? "");
  }
  record.sp_IdentifyingWithheld = p.withheld;
  return record;
}

/** The spreadsheet's consent columns: con_Consent is HTCDS's single checkbox (agreement to data use). */
export function consentFields(p: ExportPerson): HtcdsRecord {
  const current = Object.values(p.consents.current);
  const dataUse = p.consents.current.data_processing;
  const latest = [...current].sort((a, b) => b.decidedOn.localeCompare(a.decidedOn))[0];
  const withGuardian = current.find((consent) => consent.guardian);
  return {
    con_Consent: dataUse ? dataUse.decision === "given" : null,
    sp_Consents: current.map((consent) => `${consent.purpose}:${consent.decision}`),
    sp_ConsentDate: latest?.decidedOn ?? null,
    sp_ConsentMethod: latest?.method ?? null,
    ...(p.identifying && { sp_ConsentGuardianName: withGuardian?.guardian?.name ?? null }),
    sp_ConsentGuardianRelationship: withGuardian?.guardian?.relationship ?? null,
  };
}

/** Every consent decision of the people of the case (con_), the case's own consent list in JSON. */
export function consentList(exported: ExportCase): HtcdsRecord[] {
  return exported.people.flatMap((p) =>
    p.consents.history.map((consent) => ({
      con_Consent: consent.decision === "given",
      sp_PersonRef: p.ref,
      sp_Purpose: consent.purpose,
      sp_Decision: consent.decision,
      sp_DecidedOn: consent.decidedOn,
      sp_Method: consent.method,
      sp_Language: consent.language,
      sp_GuardianRelationship: consent.guardian?.relationship ?? null,
      ...(p.identifying && { sp_GuardianName: consent.guardian?.name ?? null, sp_Note: consent.note }),
    })),
  );
}

/** The JSON form of one case: cas_ fields, its persons, events, plans, consents and comments. */
export function caseDocument(exported: ExportCase): Record<string, unknown> {
  const refOf = new Map(exported.people.map((p) => [p.id, p.ref]));
  const free = exported.identifying;
  return {
    ...caseFields(exported),
    persons: exported.people.map((p) => ({ sp_PersonRef: p.ref, ...personFields(p) })),
    events: exported.events.map(({ row, sealed }) => ({
      hte_Type: row.event_type,
      hte_Date: row.occurred_on,
      hte_Country: row.country,
      hte_State: row.region,
      hte_City: row.city,
      ...(free && {
        hte_Street: sealed.street ?? null,
        hte_PostalCode: sealed.postalCode ?? null,
        hte_Latitude: sealed.latitude ?? null,
        hte_Longitude: sealed.longitude ?? null,
        hte_Description: sealed.description ?? null,
      }),
      sp_DateEstimated: row.date_estimated,
      sp_PersonRef: row.person_id ? (refOf.get(row.person_id) ?? null) : null,
    })),
    supportPlans: exported.plans.map(({ row, sealed }) => ({
      spl_Type: row.plan_type,
      spl_PlannedEndDate: row.planned_end_on,
      spl_ActualEndDate: row.actual_end_on,
      ...(free && { spl_Objectives: sealed.objectives ?? null, spl_ActionPlan: sealed.actionPlan ?? null }),
    })),
    consents: consentList(exported),
    // Comments are free text and nothing else: they leave only with the case's identifying fields.
    comments: free
      ? exported.notes.map(({ row, text }) => ({ cco_CaseComment: text, sp_CreatedAt: row.created_at.toISOString() }))
      : [],
    sp_Assistance: exported.assistance.map(({ row, note }) => ({
      sp_Type: row.assistance_type,
      sp_Status: row.status,
      sp_ProvidedOn: row.provided_on,
      sp_Quantity: row.quantity === null ? null : Number(row.quantity),
      sp_Unit: row.unit,
      sp_Cost: row.cost === null ? null : Number(row.cost),
      sp_Currency: row.currency,
      sp_ProviderName: row.provider_name,
      ...(free && { sp_Note: note }),
    })),
  };
}

/** One spreadsheet row per person of the case (one row with the case alone if it has nobody). */
export function caseRows(exported: ExportCase): HtcdsRecord[] {
  const base = caseFields(exported);
  if (exported.people.length === 0) return [base];
  return exported.people.map((p) => ({ ...base, ...personFields(p), ...consentFields(p) }));
}
