import type { Selectable } from "kysely";
import type { z } from "zod";
import type { EventInput, EventPatch, traffickingEvent } from "../../../shared/api/assistance.js";
import { invalidField } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { type RecordKey, RecordKeys } from "../../crypto/record-keys.js";
import type { TraffickingEventsTable } from "../../db/schema-cases.js";
import type { Services } from "../../services.js";
import { findCase, findCaseForUpdate } from "../cases/case-access.js";
import { diff, recordHistory } from "../cases/case-history.js";
import {
  checkNotInFuture,
  clearInputOf,
  clearValuesOf,
  columnsOf,
  namedOnly,
  openSealed,
  reachThroughCase,
  sealChange,
  touchCase,
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

/** The exact place and what happened there identify the person: sealed under the case key. */
const SEALED = ["street", "postalCode", "latitude", "longitude", "description"] as const;

interface SealedEvent {
  street: string | null;
  postalCode: string | null;
  latitude: number | null;
  longitude: number | null;
  description: string | null;
}

const sealedField = (id: string) => `trafficking_events.sealed:${id}`;

function toApiEvent(row: EventRow, key: RecordKey | undefined): TraffickingEvent {
  const sealed = openSealed<SealedEvent>(key, sealedField(row.id), row.sealed);
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

async function caseKeyOf(db: ScopedDb, services: Services, caseId: string) {
  return new RecordKeys(services.keyring).loadOne(db, caseId);
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
  const key = await caseKeyOf(db, services, caseId);
  const id = crypto.randomUUID();
  const clear = clearInputOf(CLEAR, input);
  const sealed = sealChange(key, sealedField(id), SEALED, {}, input);
  const [row] = await db
    .insertInto("trafficking_events", [
      {
        organisation_id: db.organisationId,
        id,
        case_id: caseId,
        ...columnsOf(CLEAR, clear),
        sealed: sealed.stored ?? null,
        created_by: db.actor.userId,
      },
    ])
    .returningAll()
    .execute();
  await touchCase(db, caseId);
  const changes = { eventId: id, ...diff({}, clear), ...namedOnly(sealed.changed) };
  await recordHistory(db, [{ caseId, action: "event.added", changes }]);
  db.audit({ action: "event.add", recordType: "case", recordId: caseId, recordIds: [id] });
  return toApiEvent(row as EventRow, key);
}

function reachEvent(db: ScopedDb, eventId: string) {
  return reachThroughCase(db, (lock) => {
    const query = db.selectFrom("trafficking_events").selectAll().where("id", "=", eventId);
    return (lock ? query.forUpdate() : query).executeTakeFirst();
  });
}

export async function updateEvent(db: ScopedDb, services: Services, eventId: string, patch: EventPatch) {
  const { row } = await reachEvent(db, eventId);
  const caseId = row.case_id;
  await checkEvent(db, caseId, patch);
  const key = await caseKeyOf(db, services, caseId);
  const previous = openSealed<SealedEvent>(key, sealedField(eventId), row.sealed);
  const sealed = sealChange(key, sealedField(eventId), SEALED, previous, patch);
  const clear = clearInputOf(CLEAR, patch);
  const changes = {
    ...diff(clearValuesOf(CLEAR, row), clear),
    ...namedOnly(sealed.changed),
  };
  let updated = row;
  if (Object.keys(changes).length > 0) {
    const set: Record<string, unknown> = columnsOf(CLEAR, clear);
    if (sealed.stored !== undefined) set.sealed = sealed.stored;
    [updated = row] = await db
      .updateTable("trafficking_events")
      .set(set)
      .where("id", "=", eventId)
      .returningAll()
      .execute();
    await touchCase(db, caseId);
    await recordHistory(db, [{ caseId, action: "event.updated", changes: { eventId, ...changes } }]);
  }
  db.audit({
    action: "event.update",
    recordType: "case",
    recordId: caseId,
    recordIds: [eventId],
    detail: { fields: Object.keys(changes) },
  });
  return toApiEvent(updated, key);
}

export async function deleteEvent(db: ScopedDb, eventId: string): Promise<void> {
  const { row } = await reachEvent(db, eventId);
  await db.deleteFrom("trafficking_events").where("id", "=", eventId).execute();
  await touchCase(db, row.case_id);
  await recordHistory(db, [
    { caseId: row.case_id, action: "event.removed", changes: { eventId, eventType: row.event_type } },
  ]);
  db.audit({ action: "event.delete", recordType: "case", recordId: row.case_id, recordIds: [eventId] });
}
