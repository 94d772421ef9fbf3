import type { ScopedDb } from "../../access/scoped-db.js";
import type { Keyring } from "../../crypto/keyring.js";
import { type RecordKey, RecordKeys } from "../../crypto/record-keys.js";

/*
 * What an activity holds of people (a training's participant list, photos) and its guidance files are sealed
 * with a key of the activity's own, wrapped by the organisation's data key (so key rotation re-wraps it), as
 * case attachments are sealed with the case's key. The key is made when the first sealed value is written.
 */

export const participantListField = "activities.participant_list";
export const photoContentField = (photoId: string) => `activity_photos.content:${photoId}`;
export const fileContentField = (fileId: string) => `activity_files.content:${fileId}`;

/** The activity's key, or undefined when nothing was ever sealed for it. */
export function activityKey(db: ScopedDb, keyring: Keyring, activityId: string): Promise<RecordKey | undefined> {
  return new RecordKeys(keyring).loadOne(db, activityId);
}

/** The activity's key, made now if it has none. Called with the activity's row locked, so never made twice. */
export async function activityKeyForWrite(db: ScopedDb, keyring: Keyring, activityId: string): Promise<RecordKey> {
  const keys = new RecordKeys(keyring);
  const existing = await keys.loadOne(db, activityId);
  if (existing) return existing;
  const created = (await keys.create(db, [activityId])).get(activityId);
  if (!created) throw new Error("record key not created");
  return created;
}
