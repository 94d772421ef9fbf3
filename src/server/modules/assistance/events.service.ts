import type { Selectable } from "kysely";
import type { z } from "zod";
import type { EventInput, EventPatch, traffickingEvent } from "../../../shared/api/assistance.js";
import { invalidField } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import type { RecordKey } from "../../crypto/record-keys.js";
import type { TraffickingEventsTable } from "../../db/schema-cases.js";
import type { Services } from "../../services.js";
import { findCase, findCaseForUpdate } from "../cases/case-access.js";
import { caseChanged, reachThroughCase } from "../cases/case-subrecord.js";
import {
  caseKeyOf,
  checkNotInFuture,
  clearValuesOf,
  insertSubrecord,
  openSealed,
  type SubrecordKind,
  sealedFieldOf,
  updateSubrecord,
} from "./case-subrecords.js";

type EventRow = Selectable<TraffickingEventsTable>;
type TraffickingEvent = z.infer<typeof traffickingEvent>;

const CLEAR = {
  eventType: "event_type",
  personId: "person_id",
  occurredOn: "occurred_on",
  dateEstimated: "date_estimated",
  country: "country",
  region: "region",
  city: "city",
} as const;

const EVENT: SubrecordKind<"trafficking_events"> = {
  table: "trafficking_events",
  idName: "eventId",
  actions: { added: "event.added", add: "event.add", updated: "event.updated", update: "event.update" },
  clear: CLEAR,
  /** The exact place and what happened there identify the person: sealed under the case key. */
  sealed: ["street", "postalCode", "latitude", "longitude", "description"],
  authorColumn: "created_by",
  tracksUpdates: false,
};

interface SealedEvent {
  street: string | null;
  postalCode: string | null;
  latitude: number | null;
  longitude: number | null;
  description: string | null;
}

function toApiEvent(row: EventRow, key: RecordKey | undefined): TraffickingEvent {
  const sealed = openSealed<SealedEvent>(key, sealedFieldOf(EVENT, row.id), row.sealed);
  return {
    id: row.id,
    caseId: row.case_id,
    personId: row.person_id,
    eventType: row.event_type,
    occurredOn: row.occurred_on,
    dateEstimated: row.date_estimated,
    country: row.country,
    region: row.region,
    city: row.city,
    street: sealed.street ?? null,
    postalCode: sealed.postalCode ?? null,
    latitude: sealed.latitude ?? null,
    longitude: sealed.longitude ?? null,
    description: sealed.description ?? null,
    createdBy: row.created_by,
    createdAt: row.created_at.toISOString(),
  };
}

/**
 * Whatever the countries, the order of recruitment, transit and exploitation is the person's story: a
 * victim stranded in a third country is usual, so no rule ties one event's place to another's.
 */
async function checkEvent(db: ScopedDb, caseId: string, input: EventPatch): Promise<void> {
  checkNotInFuture(input.occurredOn, "body.occurredOn");
  if (input.personId) {
    const linked = await db
      .selectFrom("case_people")
      .select("person_id")
      .where("case_id", "=", caseId)
      .where("person_id", "=", input.personId)
      .executeTakeFirst();
    if (!linked) throw invalidField("body.personId", "not_linked");
  }
}

/** The case's events as a timeline: by date (undated last), then in the order they were recorded. */
export async function listEvents(db: ScopedDb, services: Services, caseId: string) {
  await findCase(db, caseId);
  const rows = await db
    .selectFrom("trafficking_events")
    .selectAll()
    .where("case_id", "=", caseId)
    .orderBy("occurred_on", (ob) => ob.asc().nullsLast())
    .orderBy("created_at")
    .orderBy("id")
    .limit(500)
    .execute();
  const key = await caseKeyOf(db, services, caseId);
  db.audit({ action: "event.list", recordType: "case", recordId: caseId, recordIds: rows.map((r) => r.id) });
  return { items: rows.map((row) => toApiEvent(row, key)) };
}

export async function addEvent(db: ScopedDb, services: Services, caseId: string, input: EventInput) {
  await findCaseForUpdate(db, caseId);
  await checkEvent(db, caseId, input);
  const { row, key } = await insertSubrecord(db, services, EVENT, caseId, input);
  return toApiEvent(row, key);
}

export async function updateEvent(db: ScopedDb, services: Services, eventId: string, patch: EventPatch) {
  const { row } = await reachThroughCase(db, "trafficking_events", eventId);
  await checkEvent(db, row.case_id, patch);
  const { row: updated, key } = await updateSubrecord(db, services, EVENT, row, patch, clearValuesOf(CLEAR, row));
  return toApiEvent(updated, key);
}

export async function deleteEvent(db: ScopedDb, eventId: string): Promise<void> {
  const { row } = await reachThroughCase(db, "trafficking_events", eventId);
  await db.deleteFrom("trafficking_events").where("id", "=", eventId).execute();
  await caseChanged(db, {
    caseId: row.case_id,
    action: "event.removed",
    changes: { eventId, eventType: row.event_type },
  });
  db.audit({ action: "event.delete", recordType: "case", recordId: row.case_id, recordIds: [eventId] });
}
