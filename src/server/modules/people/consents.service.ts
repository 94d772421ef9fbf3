import type { Selectable } from "kysely";
import type { z } from "zod";
import type { consent, consentInput } from "../../../shared/api/consents.js";
import { addDays, ageOn, todayIso } from "../../../shared/dates.js";
import { invalidField } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import type { RecordKey } from "../../crypto/record-keys.js";
import { newRecordId } from "../../db/record-ids.js";
import type { ConsentsTable } from "../../db/schema-cases.js";
import type { PersonIdentity } from "./person-identity.js";

type ConsentInput = z.infer<typeof consentInput>;
type ApiConsent = z.infer<typeof consent>;
type ConsentRow = Selectable<ConsentsTable>;

interface SealedConsent {
  guardianName?: string;
  note?: string | null;
}

const CHILD_FLAGS = new Set(["Child", "UnaccompaniedChild", "SeparatedChild"]);

export interface ConsentSubject {
  id: string;
  key: RecordKey;
  identity: PersonIdentity | null;
  birthYear: number | null;
  vulnerabilityFlags: readonly string[];
}

/** A child cannot consent alone: under 18 on the day of the decision, or flagged as a child. */
export function isChild(
  subject: Pick<ConsentSubject, "identity" | "birthYear" | "vulnerabilityFlags">,
  on: string,
): boolean {
  const age = ageOn(on, subject.identity?.birthDate, subject.birthYear);
  return (age !== null && age < 18) || subject.vulnerabilityFlags.some((flag) => CHILD_FLAGS.has(flag));
}

/** A signature is an image attached to one of the person's own cases. */
async function checkSignature(db: ScopedDb, personId: string, attachmentId: string, prefix: string): Promise<void> {
  const found = await db
    .selectFrom("attachments")
    .innerJoin("case_people", (join) =>
      join
        .onRef("case_people.organisation_id", "=", "attachments.organisation_id")
        .onRef("case_people.case_id", "=", "attachments.case_id"),
    )
    .select("attachments.media_type")
    .where("attachments.id", "=", attachmentId)
    .where("case_people.person_id", "=", personId)
    .executeTakeFirst();
  if (!found) throw invalidField(`${prefix}.signatureAttachmentId`, "not_linked");
  if (!found.media_type.startsWith("image/")) throw invalidField(`${prefix}.signatureAttachmentId`, "not_an_image");
}

/** The row of one decision (already checked), its guardian's name and note sealed under the person's key. */
/** Who writes a consent row: the scoped handle, or its organisation and user where a worker thread builds rows. */
export interface ConsentWriter {
  organisationId: string;
  actor: { userId: string | null };
}

export function consentRow(
  db: ConsentWriter,
  id: string,
  subject: Pick<ConsentSubject, "id" | "key">,
  input: ConsentInput,
) {
  const sealed: SealedConsent = { guardianName: input.guardian?.name, note: input.note ?? null };
  return {
    organisation_id: db.organisationId,
    id,
    person_id: subject.id,
    case_id: input.caseId ?? null,
    purpose: input.purpose,
    decision: input.decision,
    decided_on: input.decidedOn,
    method: input.method,
    language: input.language ?? null,
    guardian_relationship: input.guardian?.relationship ?? null,
    signature_attachment_id: input.signatureAttachmentId ?? null,
    sealed: subject.key.sealFields(`consents.sealed:${id}`, sealed),
    recorded_by: db.actor.userId,
  };
}

/** Records one decision. Rows are never changed: a withdrawal is a new row, in force at once. */
export async function recordConsent(
  db: ScopedDb,
  subject: ConsentSubject,
  input: ConsentInput,
  prefix: string,
): Promise<string> {
  const [id] = await recordConsents(db, subject, [input], () => prefix);
  return id as string;
}

/** Several decisions of one person (an intake), checked one by one and written in one statement. */
export async function recordConsents(
  db: ScopedDb,
  subject: ConsentSubject,
  inputs: readonly ConsentInput[],
  prefixOf: (index: number) => string,
): Promise<string[]> {
  const rows = [];
  for (const [index, input] of inputs.entries()) {
    const prefix = prefixOf(index);
    if (input.decidedOn > addDays(todayIso(), 1)) throw invalidField(`${prefix}.decidedOn`, "in_future");
    if (input.decision === "given" && !input.guardian && isChild(subject, input.decidedOn))
      throw invalidField(`${prefix}.guardian`, "guardian_required");
    if (input.signatureAttachmentId) await checkSignature(db, subject.id, input.signatureAttachmentId, prefix);
    rows.push(consentRow(db, newRecordId(), subject, input));
  }
  if (rows.length > 0) await db.insertInto("consents", rows).execute();
  return rows.map((row) => row.id);
}

function toApiConsent(row: ConsentRow, key: RecordKey | undefined): ApiConsent {
  const sealed = key && row.sealed ? key.openJson<SealedConsent>(`consents.sealed:${row.id}`, row.sealed) : {};
  return {
    id: row.id,
    personId: row.person_id,
    caseId: row.case_id,
    purpose: row.purpose,
    decision: row.decision,
    decidedOn: row.decided_on,
    method: row.method,
    language: row.language,
    guardian:
      sealed.guardianName && row.guardian_relationship
        ? { name: sealed.guardianName, relationship: row.guardian_relationship }
        : null,
    note: sealed.note ?? null,
    signatureAttachmentId: row.signature_attachment_id,
    recordedBy: row.recorded_by,
    recordedAt: row.created_at.toISOString(),
  };
}

/** Every decision of the person, newest first, and the one in force per purpose. */
export async function consentStates(db: ScopedDb, personIds: readonly string[], keys: Map<string, RecordKey>) {
  const states = new Map<string, { current: Record<string, ApiConsent>; history: ApiConsent[] }>();
  if (personIds.length === 0) return states;
  const rows = await db
    .selectFrom("consents")
    .selectAll()
    .where("person_id", "in", [...personIds])
    .orderBy("created_at", "desc")
    .execute();
  for (const id of personIds) states.set(id, { current: {}, history: [] });
  for (const row of rows) {
    const state = states.get(row.person_id);
    if (!state) continue;
    const api = toApiConsent(row, keys.get(row.person_id));
    state.history.push(api);
    state.current[row.purpose] ??= api;
  }
  return states;
}

/** The decision in force for a purpose (the latest), or undefined when none was ever recorded. */
export function consentInForce(db: ScopedDb, personId: string, purpose: string) {
  return db
    .selectFrom("consents")
    .select(["id", "decision"])
    .where("person_id", "=", personId)
    .where("purpose", "=", purpose)
    .orderBy("created_at", "desc")
    .limit(1)
    .executeTakeFirst();
}

/** Whether the decision in force for a purpose is "given". Sharing, referral and export ask this. */
export async function hasConsent(db: ScopedDb, personId: string, purpose: string): Promise<boolean> {
  return (await consentInForce(db, personId, purpose))?.decision === "given";
}
