import { type NotNull, type Selectable, type SqlBool, sql } from "kysely";
import type { z } from "zod";
import type { ContactDetail, ContactSummary, contactListQuery } from "../../../shared/api/hotline.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { type RecordKey, RecordKeys } from "../../crypto/record-keys.js";
import type { HotlineContactsTable } from "../../db/schema-hotline.js";
import { decodeCursor, pageOf } from "../../http/keyset.js";
import type { Services } from "../../services.js";
import { caseScope } from "../cases/case-access.js";
import { userNames } from "../cases/case-read.service.js";
import { contactScope, findContact } from "./contact-access.js";
import { consultationNoteField, contactField } from "./contact-values.js";

type ContactRow = Selectable<HotlineContactsTable>;
type ListQuery = z.infer<typeof contactListQuery>;

/** Case numbers of the linked cases the actor may see; a case out of reach is not named. */
export async function visibleCaseNumbers(db: ScopedDb, caseIds: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(caseIds.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .selectFrom("cases")
    .select(["id", "case_number"])
    .where("id", "in", wanted)
    .where(caseScope(db))
    .execute();
  return new Map(rows.map((row) => [row.id, row.case_number]));
}

/** Consultation topics per contact, in order, for a list. */
async function topicsOf(db: ScopedDb, contactIds: string[]): Promise<Map<string, string[]>> {
  const topics = new Map<string, string[]>();
  if (contactIds.length === 0) return topics;
  const rows = await db
    .selectFrom("hotline_consultations")
    .select(["contact_id", "topic"])
    .where("contact_id", "in", contactIds)
    .orderBy("contact_id")
    .orderBy("position")
    .execute();
  for (const row of rows) topics.set(row.contact_id, [...(topics.get(row.contact_id) ?? []), row.topic]);
  return topics;
}

/** The summaries of contact rows: the list, the follow-up queue and the repeat-caller lookup share it. */
export async function summariesOf(db: ScopedDb, rows: ContactRow[]): Promise<ContactSummary[]> {
  const [names, cases, topics] = await Promise.all([
    userNames(
      db,
      rows.map((row) => row.operator_user_id),
    ),
    visibleCaseNumbers(
      db,
      rows.map((row) => row.case_id),
    ),
    topicsOf(
      db,
      rows.map((row) => row.id),
    ),
  ]);
  return rows.map((row) => toSummary(row, names, cases, topics.get(row.id) ?? []));
}

function toSummary(
  row: ContactRow,
  names: Map<string, string>,
  cases: Map<string, string>,
  topics: string[],
): ContactSummary {
  const caseNumber = row.case_id ? cases.get(row.case_id) : undefined;
  return {
    id: row.id,
    status: row.status,
    channel: row.channel as ContactSummary["channel"],
    direction: row.direction,
    source: row.source,
    startedAt: row.started_at.toISOString(),
    endedAt: row.ended_at?.toISOString() ?? null,
    durationSeconds: row.duration_seconds,
    operator: row.operator_user_id ? { id: row.operator_user_id, name: names.get(row.operator_user_id) ?? "" } : null,
    language: row.language,
    callerType: row.caller_type as ContactSummary["callerType"],
    callerCountry: row.caller_country,
    anonymous: row.anonymous,
    outcome: row.outcome as ContactSummary["outcome"],
    escalation: row.escalation,
    followUpOn: row.follow_up_on,
    followUpDone: row.follow_up_done_at !== null,
    topics,
    case: row.case_id && caseNumber ? { id: row.case_id, caseNumber } : null,
  };
}

/** Other contacts from the same number that the actor reaches. */
async function earlierContactCount(db: ScopedDb, row: ContactRow): Promise<number> {
  if (!row.caller_number_key) return 0;
  const counted = await db
    .selectFrom("hotline_contacts")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("caller_number_key", "=", row.caller_number_key)
    .where("id", "<>", row.id)
    .where(contactScope(db))
    .executeTakeFirstOrThrow();
  return Number(counted.n);
}

/** One contact with its sealed values opened. Reading it is audited. */
export async function readContact(
  db: ScopedDb,
  services: Services,
  contactId: string,
  knownKey?: RecordKey,
): Promise<ContactDetail> {
  const row = await findContact(db, contactId);
  const key = knownKey ?? (await new RecordKeys(services.keyring).loadOne(db, contactId));
  const open = (column: string, value: string | null) =>
    value === null || !key ? null : key.open(contactField(column, contactId), value);
  const consultations = await db
    .selectFrom("hotline_consultations")
    .selectAll()
    .where("contact_id", "=", contactId)
    .orderBy("position")
    .execute();
  const [names, cases] = await Promise.all([
    userNames(db, [row.operator_user_id]),
    visibleCaseNumbers(db, [row.case_id]),
  ]);
  const summary = toSummary(
    row,
    names,
    cases,
    consultations.map((c) => c.topic),
  );
  const reports = await db
    .selectFrom("law_enforcement_reports")
    .selectAll()
    .where("contact_id", "=", contactId)
    // A contact's report always carries the contact's escalation (a check of the table, migration 0010).
    .$narrowType<{ kind: NotNull }>()
    .orderBy("reported_at")
    .execute();
  db.audit({ action: "hotline.contact.read", recordType: "contact", recordId: contactId });
  return {
    ...summary,
    callerPlace: row.caller_place,
    callerNumber: open("caller_number", row.caller_number),
    callerName: open("caller_name", row.caller_name),
    callerEmail: open("caller_email", row.caller_email),
    notes: open("notes", row.notes),
    followUpNote: open("follow_up_note", row.follow_up_note),
    personId: row.person_id,
    consultations: consultations.map((c) => ({
      id: c.id,
      topic: c.topic,
      service: c.service as ContactDetail["consultations"][number]["service"],
      note: c.note && key ? key.open(consultationNoteField(c.id), c.note) : null,
    })),
    reports: reports.map((report) => ({
      id: report.id,
      kind: report.kind,
      agency: report.agency,
      reportedAt: report.reported_at.toISOString(),
      reference: report.reference && key ? key.open(reportField("reference", report.id), report.reference) : null,
      summary: report.summary && key ? key.open(reportField("summary", report.id), report.summary) : null,
    })),
    earlierContacts: await earlierContactCount(db, row),
    updatedAt: row.updated_at.toISOString(),
  };
}

export const reportField = (column: string, reportId: string) => `law_enforcement_reports.${column}:${reportId}`;

/** Contacts the actor reaches, newest first. The list holds no sealed value; it is audited by record. */
export async function listContacts(
  db: ScopedDb,
  query: ListQuery,
): Promise<{ items: ContactSummary[]; nextCursor: string | null }> {
  let q = db.selectFrom("hotline_contacts").selectAll().where(contactScope(db));
  if (query.status === "open") q = q.where("status", "<>", "completed");
  else if (query.status !== "all") q = q.where("status", "=", query.status);
  if (query.mine) q = q.where("operator_user_id", "=", db.actor.userId);
  if (query.channel) q = q.where("channel", "=", query.channel);
  if (query.from) q = q.where("started_at", ">=", new Date(`${query.from}T00:00:00Z`));
  if (query.to) q = q.where(sql<SqlBool>`started_at < ${query.to}::date + 1`);
  const after = decodeCursor(query.cursor, 2);
  if (after) {
    q = q.where(sql<SqlBool>`(started_at, id) < (${String(after[0])}::timestamptz, ${String(after[1])}::uuid)`);
  }
  const rows = await q
    .orderBy("started_at", "desc")
    .orderBy("id", "desc")
    .limit(query.limit + 1)
    .execute();
  const page = pageOf(rows, query.limit, (row) => [row.started_at.toISOString(), row.id]);
  // The operator's screen asks every few seconds whether a call came in: an empty answer shows no one and
  // is not written down, so the trail keeps what was seen rather than thousands of empty checks an hour.
  if (page.items.length > 0)
    db.audit({
      action: "hotline.contact.list",
      recordType: "contact",
      recordIds: page.items.map((row) => row.id),
      detail: { status: query.status },
    });
  return { items: await summariesOf(db, page.items), nextCursor: page.nextCursor };
}
