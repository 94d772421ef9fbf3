import type { Selectable } from "kysely";
import type { ContactDetail, ContactInput, ContactPatch } from "../../../shared/api/hotline.js";
import { type Channel, LIVE_CHANNELS } from "../../../shared/hotline/vocab.js";
import { AppError, invalidField } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { RecordKeys } from "../../crypto/record-keys.js";
import type { HotlineContactsTable } from "../../db/schema-hotline.js";
import type { Services } from "../../services.js";
import { findContact } from "./contact-access.js";
import { applyCountChange, type CountedContact, cellsOf, countChange, isAssisted } from "./contact-counts.js";
import { readContact } from "./contact-read.service.js";
import {
  checkTopics,
  consultationsOf,
  contactColumns,
  hotlineSettings,
  replaceConsultations,
} from "./contact-values.js";

type ContactRow = Selectable<HotlineContactsTable>;
type Source = "app" | "telephony" | "web_form";

/** The contact saved earlier under this client key, if any. */
async function earlierByClientKey(db: ScopedDb, clientKey: string) {
  return db.selectFrom("hotline_contacts").select("id").where("client_key", "=", clientKey).executeTakeFirst();
}

/**
 * Records a contact: as a draft the operator goes on filling (saved field by field, so nothing is lost if
 * the browser closes), or complete at once. The same client key twice is one contact.
 */
export async function createContact(
  db: ScopedDb,
  services: Services,
  input: ContactInput,
  options: { source: Source; status?: "queued" | "draft"; operatorUserId?: string | null; teamId?: string | null },
): Promise<ContactDetail> {
  if (input.clientKey) {
    const earlier = await earlierByClientKey(db, input.clientKey);
    if (earlier) return { ...(await readContact(db, services, earlier.id)), replayed: true };
  }
  const settings = await hotlineSettings(db, { forCounting: true });
  if (input.consultations)
    await checkTopics(
      db,
      input.consultations.map((c) => c.topic),
      "body.consultations",
    );
  const id = crypto.randomUUID();
  const key = (await new RecordKeys(services.keyring).create(db, [id])).get(id);
  if (!key) throw new Error("contact key was not created");
  const { complete, clientKey, consultations, ...fields } = input;
  const columns = await contactColumns(db, services, key, id, fields, settings.country);
  const operatorUserId = options.operatorUserId === undefined ? db.actor.userId : options.operatorUserId;
  const inserted = await db
    .insertInto("hotline_contacts", [
      {
        ...columns,
        organisation_id: db.organisationId,
        id,
        client_key: clientKey ?? null,
        status: options.status ?? "draft",
        channel: input.channel,
        direction: input.direction ?? "incoming",
        source: options.source,
        started_at: input.startedAt ? new Date(input.startedAt) : new Date(),
        operator_user_id: operatorUserId,
        team_id: options.teamId === undefined ? db.actor.teamId : options.teamId,
        created_by: db.actor.userId,
      },
    ])
    .onConflict((oc) => oc.columns(["organisation_id", "client_key"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  if (!inserted && clientKey) {
    // The same client key committed by a request running alongside (a double click): that one is the contact.
    await db.deleteFrom("record_keys").where("subject_id", "=", id).execute();
    const earlier = await earlierByClientKey(db, clientKey);
    if (!earlier) throw new AppError("conflict");
    return { ...(await readContact(db, services, earlier.id)), replayed: true };
  }
  if (consultations) await replaceConsultations(db, key, id, consultations, { newContact: true });
  if (complete) await finish(db, await findContact(db, id, { forUpdate: true }), null, settings.timeZone);
  db.audit({
    action: "hotline.contact.create",
    recordType: "contact",
    recordId: id,
    detail: { channel: input.channel, source: options.source, complete: complete === true },
  });
  return readContact(db, services, id, key);
}

/**
 * Changes a contact: fields present in the change are written, consultations replaced, the contact finished
 * or its follow-up marked done. A completed contact can still be corrected; its counts follow.
 */
export async function updateContact(
  db: ScopedDb,
  services: Services,
  contactId: string,
  change: ContactPatch,
): Promise<ContactDetail> {
  const settings = await hotlineSettings(db, { forCounting: true });
  const before = await findContact(db, contactId, { forUpdate: true });
  const key = await new RecordKeys(services.keyring).loadOne(db, contactId);
  if (!key) throw new AppError("conflict");
  if (change.consultations)
    await checkTopics(
      db,
      change.consultations.map((c) => c.topic),
      "body.consultations",
    );
  const counted = before.status === "completed" ? await countedCells(db, before, settings.timeZone) : null;
  const { complete, followUpDone, consultations, ...fields } = change;
  const columns = await contactColumns(db, services, key, contactId, fields, settings.country);
  if (followUpDone === true) {
    if (!(columns.follow_up_on ?? before.follow_up_on)) throw invalidField("body.followUpDone", "no_follow_up");
    Object.assign(columns, { follow_up_done_at: new Date(), follow_up_done_by: db.actor.userId });
  }
  if (followUpDone === false) Object.assign(columns, { follow_up_done_at: null, follow_up_done_by: null });
  // A queued contact (a web-form report) becomes the operator's when they start on it.
  if (before.status === "queued") Object.assign(columns, { status: "draft", operator_user_id: db.actor.userId });
  await db
    .updateTable("hotline_contacts")
    .set({ ...columns, updated_at: new Date() })
    .where("id", "=", contactId)
    .execute();
  if (consultations) await replaceConsultations(db, key, contactId, consultations, { newContact: false });
  const after = await findContact(db, contactId, { forUpdate: true });
  if (complete || after.status === "completed") await finish(db, after, counted, settings.timeZone);
  db.audit({
    action: "hotline.contact.update",
    recordType: "contact",
    recordId: contactId,
    detail: { fields: Object.keys(change), complete: complete === true },
  });
  return readContact(db, services, contactId, key);
}

/**
 * For a change made outside updateContact (an escalation): runs `change`, then moves a completed contact's
 * counts from what it counted as before to what it counts as now.
 */
export async function keepingCounts<T>(db: ScopedDb, before: ContactRow, change: () => Promise<T>): Promise<T> {
  if (before.status !== "completed") return change();
  const { timeZone } = await hotlineSettings(db, { forCounting: true });
  const counted = await countedCells(db, before, timeZone);
  const result = await change();
  await finish(db, await findContact(db, before.id, { forUpdate: true }), counted, timeZone);
  return result;
}

/** What a contact row counts as, with the given duration and consultations. */
function countedAs(row: ContactRow, durationSeconds: number | null, consultations: CountedContact["consultations"]) {
  return {
    startedAt: row.started_at,
    channel: row.channel,
    direction: row.direction,
    language: row.language,
    callerType: row.caller_type,
    callerCountry: row.caller_country,
    outcome: row.outcome,
    escalation: row.escalation,
    durationSeconds,
    consultations,
  };
}

async function countedCells(db: ScopedDb, row: ContactRow, timeZone: string) {
  return cellsOf(countedAs(row, row.duration_seconds, await consultationsOf(db, row.id)), timeZone);
}

/**
 * Completes (or re-counts a corrected) contact: it needs an outcome, and a consultation unless nobody was
 * helped; a live contact without an end ends now. The counts move from what the contact counted as to what it
 * counts as now, and the caller is remembered for "distinct persons assisted".
 */
async function finish(
  db: ScopedDb,
  row: ContactRow,
  countedBefore: ReturnType<typeof cellsOf> | null,
  timeZone: string,
) {
  if (!row.outcome) throw invalidField("body.outcome", "required");
  const consultations = await consultationsOf(db, row.id);
  if (consultations.length === 0 && isAssisted(row.outcome)) {
    throw invalidField("body.consultations", "consultation_required");
  }
  const live = LIVE_CHANNELS.includes(row.channel as Channel);
  const endedAt = row.ended_at ?? (live && row.status !== "completed" ? new Date() : null);
  if (endedAt && endedAt < row.started_at) throw invalidField("body.endedAt", "before_start");
  const durationSeconds = endedAt ? Math.round((endedAt.getTime() - row.started_at.getTime()) / 1000) : null;
  const local = cellsOf(countedAs(row, durationSeconds, consultations), timeZone);
  await db
    .updateTable("hotline_contacts")
    .set({
      status: "completed",
      ended_at: endedAt,
      duration_seconds: durationSeconds,
      counted_on: local[0]?.[0] ?? null,
      caller_ref: isAssisted(row.outcome) ? callerRef(row) : null,
    })
    .where("id", "=", row.id)
    .execute();
  await applyCountChange(db, countChange(countedBefore, local));
}

/** Who the caller is when counting distinct persons: the linked person, else the number, else the contact. */
export function callerRef(row: Pick<ContactRow, "id" | "person_id" | "caller_number_key">): string {
  if (row.person_id) return `p:${row.person_id}`;
  if (row.caller_number_key) return `n:${row.caller_number_key}`;
  return `c:${row.id}`;
}
