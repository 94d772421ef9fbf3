import type { Selectable } from "kysely";
import type { AuthorityKind, LawEnforcementReport } from "../../../shared/api/law-enforcement.js";
import type { SharedValues } from "../../../shared/api/referrals.js";
import type { ShareableField } from "../../../shared/referrals/fields.js";
import { notFound } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { type RecordKey, RecordKeys } from "../../crypto/record-keys.js";
import type { LawEnforcementReportsTable } from "../../db/schema-hotline.js";
import type { Services } from "../../services.js";
import { caseKeyOf } from "../assistance/case-subrecords.js";
import { findCase } from "../cases/case-access.js";
import { userNames } from "../cases/case-read.service.js";
import { reportField } from "../hotline/contact-read.service.js";

export { reportField };

type ReportRow = Selectable<LawEnforcementReportsTable>;

/** The reports of a case, newest first. */
function caseReports(db: ScopedDb, caseId: string) {
  return db
    .selectFrom("law_enforcement_reports")
    .selectAll()
    .where("case_id", "=", caseId)
    .orderBy("reported_at", "desc")
    .orderBy("id", "desc");
}

/** Rows and what they need to be shown: the case key, who recorded them, the consent decisions relied on. */
async function present(
  db: ScopedDb,
  services: Services,
  caseId: string,
  rows: ReportRow[],
): Promise<LawEnforcementReport[]> {
  if (rows.length === 0) return [];
  const key = await caseKeyOf(db, services, caseId);
  const names = await userNames(
    db,
    rows.map((row) => row.created_by),
  );
  const consentIds = rows.flatMap((row) => (row.consent_id ? [row.consent_id] : []));
  const consents = consentIds.length
    ? await db.selectFrom("consents").select(["id", "decided_on"]).where("id", "in", consentIds).execute()
    : [];
  const decidedOn = new Map(consents.map((consent) => [consent.id, consent.decided_on]));
  return rows.map((row) => toApiReport(row, key, names, decidedOn));
}

function toApiReport(
  row: ReportRow,
  key: RecordKey | undefined,
  names: Map<string, string>,
  decidedOn: Map<string, string>,
): LawEnforcementReport {
  const open = (column: "reference" | "summary") => {
    const stored = row[column];
    return stored && key ? key.open(reportField(column, row.id), stored) : null;
  };
  return {
    id: row.id,
    caseId: row.case_id as string,
    personId: row.person_id,
    // A case's report always names the kind of authority (a check of the table).
    authorityKind: row.authority_kind as AuthorityKind,
    authorityName: row.agency,
    reportedAt: row.reported_at.toISOString(),
    referenceNumber: open("reference"),
    sharedFields: row.shared_fields as ShareableField[],
    summary: open("summary"),
    consent: row.consent,
    consentDecidedOn: row.consent_id ? (decidedOn.get(row.consent_id) ?? null) : null,
    legalBasis: row.legal_basis,
    recordedBy: names.get(row.created_by ?? "") ?? null,
    recordedAt: row.created_at.toISOString(),
  };
}

/** The case's reports with their sealed values opened. Reading them is audited with the people they are about. */
export async function listReports(db: ScopedDb, services: Services, caseId: string): Promise<LawEnforcementReport[]> {
  await findCase(db, caseId);
  const rows = await caseReports(db, caseId).execute();
  const people = [...new Set(rows.flatMap((row) => (row.person_id ? [row.person_id] : [])))];
  db.audit({
    action: "law_enforcement_report.list",
    recordType: "case",
    recordId: caseId,
    recordIds: [...rows.map((row) => row.id), ...people],
  });
  return present(db, services, caseId, rows);
}

/** One report of a case the caller has already reached (no audit entry of its own: the caller writes it). */
export async function readReport(
  db: ScopedDb,
  services: Services,
  caseId: string,
  reportId: string,
): Promise<LawEnforcementReport> {
  const rows = await caseReports(db, caseId).where("id", "=", reportId).execute();
  const [report] = await present(db, services, caseId, rows);
  if (!report) throw notFound();
  return report;
}

export interface ReportForPrint {
  report: LawEnforcementReport;
  caseRow: { id: string; case_number: string };
  /** The values shared, as they were when reported; null once the person's data was erased. */
  shared: SharedValues | null;
  consentMethod: string | null;
}

/**
 * A report reached by its own id through its case: a report whose case is out of the caller's reach is
 * missing, as the case is. Hotline reports that name no case are printed from the contact, not here.
 */
export async function reportForPrint(db: ScopedDb, services: Services, reportId: string): Promise<ReportForPrint> {
  const row = await db.selectFrom("law_enforcement_reports").selectAll().where("id", "=", reportId).executeTakeFirst();
  if (!row?.case_id) throw notFound();
  const caseRow = await findCase(db, row.case_id);
  const [report] = await present(db, services, caseRow.id, [row]);
  if (!report) throw notFound();
  let shared: SharedValues | null = null;
  if (row.shared_values && row.person_id) {
    const personKey = await new RecordKeys(services.keyring).loadOne(db, row.person_id);
    shared = personKey
      ? personKey.openJson<SharedValues>(reportField("shared_values", row.id), row.shared_values)
      : null;
  } else if (row.shared_fields.length === 0) {
    shared = {};
  }
  const consent = row.consent_id
    ? await db.selectFrom("consents").select("method").where("id", "=", row.consent_id).executeTakeFirst()
    : undefined;
  return { report, caseRow, shared, consentMethod: consent?.method ?? null };
}
