import type { LawEnforcementReport, LawEnforcementReportInput } from "../../../shared/api/law-enforcement.js";
import { invalidField } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { RecordKeys } from "../../crypto/record-keys.js";
import type { Services } from "../../services.js";
import { caseKeyOf } from "../assistance/case-subrecords.js";
import { findCaseForUpdate } from "../cases/case-access.js";
import { diff } from "../cases/case-history.js";
import { caseChanged } from "../cases/case-subrecord.js";
import { consentInForce } from "../people/consents.service.js";
import { sharedValuesOf } from "../referrals/shared-values.js";
import { readReport, reportField } from "./report-read.service.js";

/** The consent purpose a report to law enforcement asks about (HTCDS extension, per purpose). */
const CONSENT_PURPOSE = "law_enforcement";

/** Reports may be recorded after the fact, not ahead of it; a few minutes allow for clocks that differ. */
const CLOCK_SKEW_MS = 5 * 60_000;

/** The person of the case the report is about: the one named (who must be on the case), else the victim. */
async function subjectOf(
  db: ScopedDb,
  theCase: { id: string; primary_person_id: string | null },
  personId: string | undefined,
): Promise<string> {
  const people = await db
    .selectFrom("case_people")
    .select(["person_id", "role"])
    .where("case_id", "=", theCase.id)
    .execute();
  if (personId) {
    if (!people.some((p) => p.person_id === personId)) throw invalidField("body.personId", "not_in_case");
    return personId;
  }
  const victim =
    people.find((p) => p.person_id === theCase.primary_person_id) ?? people.find((p) => p.role === "victim");
  if (!victim) throw invalidField("body.personId", "required");
  return victim.person_id;
}

/**
 * The ground of the report: the person's consent to reporting when it is in force, else the legal basis the
 * caseworker names. Without either nothing is written, and the answer says why.
 */
async function groundOf(
  db: ScopedDb,
  personId: string,
  legalBasis: string | null | undefined,
): Promise<{ consentId: string | null; legalBasis: string | null }> {
  const latest = await consentInForce(db, personId, CONSENT_PURPOSE);
  const basis = legalBasis?.trim() ? legalBasis.trim() : null;
  if (latest?.decision === "given") return { consentId: latest.id, legalBasis: basis };
  if (!basis)
    throw invalidField(
      "body.legalBasis",
      latest ? `law_enforcement_consent_${latest.decision}` : "law_enforcement_consent_missing",
    );
  return { consentId: null, legalBasis: basis };
}

/**
 * Records a report of the case to an authority, in one transaction with its history entry: the reference and
 * summary sealed under the case key, and the shared values as they are now sealed under the person's key.
 */
export async function recordReport(
  db: ScopedDb,
  services: Services,
  caseId: string,
  input: LawEnforcementReportInput,
): Promise<LawEnforcementReport> {
  const theCase = await findCaseForUpdate(db, caseId);
  const reportedAt = new Date(input.reportedAt);
  if (reportedAt.getTime() > Date.now() + CLOCK_SKEW_MS) throw invalidField("body.reportedAt", "in_future");
  const personId = await subjectOf(db, theCase, input.personId);
  const ground = await groundOf(db, personId, input.legalBasis);
  const fields = [...new Set(input.sharedFields)];

  const id = crypto.randomUUID();
  const caseKey = await caseKeyOf(db, services, caseId);
  const reference = input.referenceNumber?.trim() || null;
  const summary = input.summary?.trim() || null;
  // Once the case's identifying data was erased its key is gone: new text is refused, never kept in clear.
  if (!caseKey && reference) throw invalidField("body.referenceNumber", "case_erased");
  if (!caseKey && summary) throw invalidField("body.summary", "case_erased");
  let sharedValues: string | null = null;
  if (fields.length > 0) {
    const personKey = await new RecordKeys(services.keyring).loadOne(db, personId);
    if (!personKey) throw invalidField("body.sharedFields", "erased");
    const values = await sharedValuesOf(db, services, caseId, personId, fields);
    sharedValues = personKey.sealJson(reportField("shared_values", id), values);
  }

  await db
    .insertInto("law_enforcement_reports", [
      {
        organisation_id: db.organisationId,
        id,
        contact_id: null,
        kind: null,
        case_id: caseId,
        person_id: personId,
        authority_kind: input.authorityKind,
        agency: input.authorityName,
        reported_at: reportedAt,
        consent: ground.consentId !== null,
        consent_id: ground.consentId,
        legal_basis: ground.legalBasis,
        reference: reference && caseKey ? caseKey.seal(reportField("reference", id), reference) : null,
        summary: summary && caseKey ? caseKey.seal(reportField("summary", id), summary) : null,
        shared_fields: fields,
        shared_values: sharedValues,
        created_by: db.actor.userId,
      },
    ])
    .execute();

  const clear = {
    authorityKind: input.authorityKind,
    authorityName: input.authorityName,
    reportedAt: reportedAt.toISOString(),
    sharedFields: fields,
    consent: ground.consentId !== null,
    legalBasis: ground.legalBasis,
  };
  // Sealed values are named in the history, never shown there.
  const sealed = Object.fromEntries(
    [reference ? "referenceNumber" : null, summary ? "summary" : null].flatMap((name) => (name ? [[name, true]] : [])),
  );
  await caseChanged(db, {
    caseId,
    action: "law_enforcement_report.recorded",
    changes: { reportId: id, personId, ...diff({}, clear), ...sealed },
  });
  db.audit({
    action: "law_enforcement_report.record",
    recordType: "case",
    recordId: caseId,
    recordIds: [id, personId],
    detail: { authorityKind: input.authorityKind, consent: ground.consentId !== null, sharedFields: fields },
  });
  return readReport(db, services, caseId, id);
}
