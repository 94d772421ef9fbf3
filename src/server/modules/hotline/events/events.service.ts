import { sql } from "kysely";
import { isRole, permissionsOf } from "../../../../shared/access/permissions.js";
import type {
  CallEndedEvent,
  CallIncomingEvent,
  HotlineEvent,
  HotlineEventResult,
  WebFormEvent,
} from "../../../../shared/api/hotline-events.js";
import { invalidField } from "../../../access/errors.js";
import { recordScopeFilter } from "../../../access/record-scope.js";
import type { ScopedDb } from "../../../access/scoped-db.js";
import type { Services } from "../../../services.js";
import { contactScope } from "../contact-access.js";
import { readContact } from "../contact-read.service.js";
import { createContact, updateContact } from "../contact-save.service.js";
import { hotlineSettings, readPhone } from "../contact-values.js";

export interface EventAnswer {
  status: 200 | 201;
  result: HotlineEventResult;
}

/** Phone-system clocks drift; a start a little ahead of the server's clock is not a mistake. */
const CLOCK_SKEW_MS = 5 * 60_000;

/** The idempotency key of an event: the phone system's call id or the form's reference, by source. */
export const callKey = (callId: string) => `telephony:${callId}`;
export const webFormKey = (reference: string) => `web_form:${reference}`;

/**
 * One event of a phone system or a web form, in one transaction: an answered call opens a draft contact
 * for its operator, a call's end sets the contact's end, a web-form report queues a contact for the team.
 * The same event twice changes nothing the second time. Audited without personal data.
 */
export async function receiveHotlineEvent(db: ScopedDb, services: Services, event: HotlineEvent): Promise<EventAnswer> {
  const answer =
    event.type === "call.incoming"
      ? await callIncoming(db, services, event)
      : event.type === "call.ended"
        ? await callEnded(db, services, event)
        : await webForm(db, services, event);
  db.audit({
    action: "hotline.event",
    recordType: "contact",
    recordId: answer.result.contactId,
    detail: { type: event.type, replayed: answer.result.replayed },
  });
  return answer;
}

/** The contact an event made earlier, among those the phone system's account reaches. */
async function contactByKey(db: ScopedDb, clientKey: string) {
  return db
    .selectFrom("hotline_contacts")
    .select(["id", "started_at", "ended_at"])
    .where("client_key", "=", clientKey)
    .where(contactScope(db))
    .executeTakeFirst();
}

function notInFuture(iso: string | undefined, field: string): void {
  if (iso && new Date(iso).getTime() > Date.now() + CLOCK_SKEW_MS) throw invalidField(field, "in_future");
}

async function callIncoming(db: ScopedDb, services: Services, event: CallIncomingEvent): Promise<EventAnswer> {
  const clientKey = callKey(event.callId);
  // A phone system resends an event it got no answer to: the contact made the first time is the answer.
  const earlier = await contactByKey(db, clientKey);
  if (earlier) return replay(db, services, earlier.id);
  const operator = await findOperator(db, event.operator);
  const { country } = await hotlineSettings(db);
  const from = event.from ? readPhone(event.from, country, "body.from") : null;
  notInFuture(event.startedAt, "body.startedAt");
  const saved = await createContact(
    db,
    services,
    {
      clientKey,
      channel: "phone",
      direction: "incoming",
      callerNumber: from,
      language: event.language ?? null,
      ...(event.startedAt ? { startedAt: event.startedAt } : {}),
    },
    { source: "telephony", status: "draft", operatorUserId: operator.id, teamId: operator.teamId },
  );
  return {
    status: saved.replayed ? 200 : 201,
    result: { contactId: saved.id, replayed: saved.replayed === true, earlierContacts: saved.earlierContacts },
  };
}

async function replay(db: ScopedDb, services: Services, contactId: string): Promise<EventAnswer> {
  const contact = await readContact(db, services, contactId);
  return { status: 200, result: { contactId, replayed: true, earlierContacts: contact.earlierContacts } };
}

/**
 * The operator a call is put through to: an active account of the organisation that takes hotline contacts,
 * and whose contacts the phone system's account reaches (else the contact would be made out of its sight).
 */
async function findOperator(db: ScopedDb, email: string): Promise<{ id: string; teamId: string | null }> {
  const row = await db
    .selectFrom("users")
    .select(["id", "team_id", "roles"])
    // Whether the phone system's account would reach a contact of this operator, as contactScope decides.
    .select(sql<boolean>`${recordScopeFilter(db.actor, { owner: "users.id", team: "users.team_id" })}`.as("reached"))
    .where(sql`lower(email)`, "=", email.toLowerCase())
    .where("disabled_at", "is", null)
    .executeTakeFirst();
  if (!row || !permissionsOf(row.roles.filter(isRole)).has("hotline.write")) {
    throw invalidField("body.operator", "unknown_operator");
  }
  if (!row.reached) throw invalidField("body.operator", "operator_other_team");
  return { id: row.id, teamId: row.team_id };
}

/**
 * The end of a call. The phone system's clock is the call's clock, so its end replaces one the operator's
 * screen set on finishing; a contact already completed is counted again with the corrected duration.
 */
async function callEnded(db: ScopedDb, services: Services, event: CallEndedEvent): Promise<EventAnswer> {
  const contact = await contactByKey(db, callKey(event.callId));
  if (!contact) throw invalidField("body.callId", "unknown_call");
  const endedAt = event.endedAt ? new Date(event.endedAt) : new Date();
  if (endedAt < contact.started_at) throw invalidField("body.endedAt", "before_start");
  notInFuture(event.endedAt, "body.endedAt");
  if (contact.ended_at?.getTime() === endedAt.getTime()) {
    return { status: 200, result: { contactId: contact.id, replayed: true } };
  }
  await updateContact(db, services, contact.id, { endedAt: endedAt.toISOString() });
  return { status: 200, result: { contactId: contact.id, replayed: false } };
}

/** A report from the public web form: queued for the team of the form's account, no operator yet. */
async function webForm(db: ScopedDb, services: Services, event: WebFormEvent): Promise<EventAnswer> {
  const clientKey = webFormKey(event.reference);
  const earlier = await contactByKey(db, clientKey);
  if (earlier) return { status: 200, result: { contactId: earlier.id, replayed: true } };
  // An anonymous report keeps no name or e-mail; a form that sends them with the box ticked is mis-mapped.
  if (event.anonymous && event.name) throw invalidField("body.name", "anonymous_contact");
  if (event.anonymous && event.email) throw invalidField("body.email", "anonymous_contact");
  const { country } = await hotlineSettings(db);
  const phone = event.phone ? readPhone(event.phone, country, "body.phone") : null;
  notInFuture(event.submittedAt, "body.submittedAt");
  const saved = await createContact(
    db,
    services,
    {
      clientKey,
      channel: "web_form",
      direction: "incoming",
      startedAt: event.submittedAt,
      language: event.language ?? null,
      anonymous: event.anonymous,
      callerName: event.name ?? null,
      callerEmail: event.email ?? null,
      callerNumber: phone,
      callerCountry: event.country ?? null,
      callerPlace: event.place ?? null,
      callerType: event.callerType ?? null,
      notes: event.message,
    },
    { source: "web_form", status: "queued", operatorUserId: null, teamId: db.actor.teamId },
  );
  return { status: saved.replayed ? 200 : 201, result: { contactId: saved.id, replayed: saved.replayed === true } };
}
