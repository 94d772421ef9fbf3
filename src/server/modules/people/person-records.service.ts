import type { z } from "zod";
import type { consentInput } from "../../../shared/api/consents.js";
import type { personPatch } from "../../../shared/api/people.js";
import { invalidField } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { type RecordKey, RecordKeys } from "../../crypto/record-keys.js";
import type { Services } from "../../services.js";
import { casesOfPerson, refreshCaseFacts } from "../cases/case-facts.js";
import { recordHistory } from "../cases/case-history.js";
import { consentStates, recordConsent } from "./consents.service.js";
import { eraseIdentifyingData } from "./erasure.service.js";
import { findVisiblePerson, toApiPerson, updatePerson } from "./people.service.js";
import { openIdentity } from "./person-identity.js";

/** One person, audited as a read of personal data. */
export async function getPerson(db: ScopedDb, services: Services, personId: string) {
  const row = await findVisiblePerson(db, personId);
  const key = await new RecordKeys(services.keyring).loadOne(db, personId);
  db.audit({ action: "person.read", recordType: "person", recordId: personId });
  return toApiPerson(row, key);
}

export async function patchPerson(
  db: ScopedDb,
  services: Services,
  personId: string,
  patch: z.infer<typeof personPatch>,
) {
  const row = await findVisiblePerson(db, personId);
  await updatePerson(db, services, row, patch);
  const caseIds = await casesOfPerson(db, personId);
  await refreshCaseFacts(db, caseIds);
  const fields = Object.keys(patch).filter((field) => field !== "version");
  await recordHistory(
    db,
    caseIds.map((caseId) => ({ caseId, action: "person.updated", changes: { personId, fields } })),
  );
  db.audit({ action: "person.update", recordType: "person", recordId: personId, detail: { fields } });
  return { version: row.version + 1 };
}

async function personKey(db: ScopedDb, services: Services, personId: string): Promise<RecordKey | undefined> {
  return new RecordKeys(services.keyring).loadOne(db, personId);
}

/** Consent decisions of a person and of the records merged into them. */
export async function getConsents(db: ScopedDb, services: Services, personId: string) {
  await findVisiblePerson(db, personId);
  const key = await personKey(db, services, personId);
  const states = await consentStates(db, [personId], new Map(key ? [[personId, key]] : []));
  db.audit({ action: "consent.read", recordType: "person", recordId: personId });
  return states.get(personId) ?? { current: {}, history: [] };
}

export async function addConsent(
  db: ScopedDb,
  services: Services,
  personId: string,
  input: z.infer<typeof consentInput>,
) {
  const row = await findVisiblePerson(db, personId);
  const key = await personKey(db, services, personId);
  if (!key || row.erased_at) throw invalidField("path.id", "erased");
  if (input.caseId) {
    const linked = await db
      .selectFrom("case_people")
      .select("case_id")
      .where("case_id", "=", input.caseId)
      .where("person_id", "=", personId)
      .executeTakeFirst();
    if (!linked) throw invalidField("body.caseId", "not_linked");
  }
  const id = await recordConsent(
    db,
    {
      id: personId,
      key,
      identity: openIdentity(key, row.identity),
      birthYear: row.birth_year,
      vulnerabilityFlags: row.vulnerability_flags,
    },
    input,
    "body",
  );
  const caseIds = input.caseId ? [input.caseId] : await casesOfPerson(db, personId);
  await recordHistory(
    db,
    caseIds.map((caseId) => ({
      caseId,
      action: "consent.recorded",
      changes: { personId, purpose: input.purpose, decision: input.decision },
    })),
  );
  db.audit({
    action: "consent.record",
    recordType: "person",
    recordId: personId,
    detail: { purpose: input.purpose, decision: input.decision },
  });
  return { id };
}

/** Erasure on request: the reason is kept in the audit trail, the identifying data nowhere. */
export async function erasePerson(db: ScopedDb, services: Services, personId: string, reason: string) {
  const row = await findVisiblePerson(db, personId);
  if (row.erased_at) throw invalidField("path.id", "erased");
  const caseIds = await casesOfPerson(db, personId);
  const report = await eraseIdentifyingData(db, services, [personId]);
  await recordHistory(
    db,
    caseIds.map((caseId) => ({ caseId, action: "person.erased", changes: { personId } })),
  );
  db.audit({
    action: "person.erase",
    recordType: "person",
    recordId: personId,
    reason,
    detail: { cases: report.cases, keysDestroyed: report.keysDestroyed },
  });
  return report;
}
