import type { ParticipantEntry } from "../../../shared/api/activities.js";
import { notFound } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import type { Keyring } from "../../crypto/keyring.js";
import type { RecordKey } from "../../crypto/record-keys.js";
import { activityKey, activityKeyForWrite, participantListField } from "./activity-keys.js";

/*
 * A training's participant list: names of people, so sealed, never part of the activity as it is shown or
 * reported (only how many names it holds), and read apart by those allowed, each read audited.
 */

function openList(key: RecordKey, sealed: Uint8Array): ParticipantEntry[] {
  return JSON.parse(key.openBytes(participantListField, Buffer.from(sealed)).toString("utf8")) as ParticipantEntry[];
}

/** The column value for a list as sent: sealed, or null to remove it. The activity's row is locked. */
export async function sealedParticipantList(
  db: ScopedDb,
  keyring: Keyring,
  activityId: string,
  list: readonly ParticipantEntry[] | null,
): Promise<Buffer | null> {
  if (list === null) return null;
  const key = await activityKeyForWrite(db, keyring, activityId);
  return key.sealBytes(participantListField, Buffer.from(JSON.stringify(list), "utf8"));
}

/** How many names the stored list holds (null: no list). Opened on the server only; nothing is shown. */
export async function participantCount(
  db: ScopedDb,
  keyring: Keyring,
  activityId: string,
  sealed: Uint8Array | null,
): Promise<number | null> {
  if (!sealed) return null;
  const key = await activityKey(db, keyring, activityId);
  return key ? openList(key, sealed).length : null;
}

/** The names, for a reader allowed them. Audited with how many were shown, never who. */
export async function readParticipants(
  db: ScopedDb,
  keyring: Keyring,
  activityId: string,
): Promise<{ items: ParticipantEntry[] }> {
  const row = await db
    .selectFrom("activities")
    .select(["id", "participant_list"])
    .where("id", "=", activityId)
    .executeTakeFirst();
  if (!row) throw notFound();
  const key = row.participant_list ? await activityKey(db, keyring, activityId) : undefined;
  const items = key && row.participant_list ? openList(key, row.participant_list) : [];
  db.audit({
    action: "activity.participants_read",
    recordType: "activity",
    recordId: activityId,
    detail: { count: items.length },
  });
  return { items };
}
