import type { z } from "zod";
import type { PhotoSummary, photoFields } from "../../../shared/api/activities.js";
import { notFound } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import type { Keyring } from "../../crypto/keyring.js";
import type { Upload } from "../case-records/attachment-upload.js";
import { editableActivity, touchActivity } from "./activity-access.js";
import { activityKey, activityKeyForWrite, photoContentField } from "./activity-keys.js";

/*
 * Photos of an activity for the situation report, each with a caption, a credit and the consent of the people
 * shown. The image is sealed at rest; every opening of one is audited, since photos may show people.
 */

type PhotoFields = z.infer<typeof photoFields>;

export const photoUrl = (photoId: string) => `/api/activity-photos/${photoId}`;

const SUMMARY_COLUMNS = ["id", "caption", "credit", "consent", "consent_note", "media_type", "size_bytes"] as const;

function toPhotoSummary(row: {
  id: string;
  caption: string;
  credit: string;
  consent: PhotoSummary["consent"];
  consent_note: string | null;
  media_type: string;
  size_bytes: number;
}): PhotoSummary {
  return {
    id: row.id,
    caption: row.caption,
    credit: row.credit,
    consent: row.consent,
    consentNote: row.consent_note,
    mediaType: row.media_type,
    sizeBytes: row.size_bytes,
    url: photoUrl(row.id),
  };
}

/** The activity's photos, oldest first (the order they were added in), without their content. */
export async function photoSummaries(db: ScopedDb, activityId: string): Promise<PhotoSummary[]> {
  const rows = await db
    .selectFrom("activity_photos")
    .select(SUMMARY_COLUMNS)
    .where("activity_id", "=", activityId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return rows.map(toPhotoSummary);
}

/** Stores a photo whose type was decided from its content, sealed, on a draft in an open month. */
export async function addPhoto(
  db: ScopedDb,
  keyring: Keyring,
  activityId: string,
  upload: Upload,
  mediaType: string,
  fields: PhotoFields,
): Promise<PhotoSummary> {
  await editableActivity(db, activityId, { lock: true });
  const key = await activityKeyForWrite(db, keyring, activityId);
  const id = crypto.randomUUID();
  const row = {
    id,
    caption: fields.caption,
    credit: fields.credit,
    consent: fields.consent,
    consent_note: fields.consentNote ?? null,
    media_type: mediaType,
    size_bytes: upload.bytes.length,
  };
  await db
    .insertInto("activity_photos", [
      {
        ...row,
        organisation_id: db.organisationId,
        activity_id: activityId,
        content: key.sealBytes(photoContentField(id), upload.bytes),
        uploaded_by: db.actor.userId,
      },
    ])
    .execute();
  await touchActivity(db, activityId);
  db.audit({
    action: "activity.photo_add",
    recordType: "activity",
    recordId: activityId,
    detail: { photoId: id, mediaType, sizeBytes: upload.bytes.length, consent: fields.consent },
  });
  return toPhotoSummary(row);
}

/** A photo's row and opened content; null when there is none in the caller's organisation (or its key is gone). */
async function openPhoto(db: ScopedDb, keyring: Keyring, photoId: string) {
  const row = await db
    .selectFrom("activity_photos")
    .select(["id", "activity_id", "caption", "credit", "media_type", "content"])
    .where("id", "=", photoId)
    .executeTakeFirst();
  if (!row) return null;
  const key = await activityKey(db, keyring, row.activity_id);
  if (!key) return null;
  return { row, bytes: key.openBytes(photoContentField(row.id), Buffer.from(row.content)) };
}

/** The image, for a reader of activities. Audited: the people shown may be recognisable. */
export async function readPhoto(db: ScopedDb, keyring: Keyring, photoId: string) {
  const photo = await openPhoto(db, keyring, photoId);
  if (!photo) throw notFound();
  db.audit({
    action: "activity.photo_read",
    recordType: "activity",
    recordId: photo.row.activity_id,
    detail: { photoId },
  });
  return { mediaType: photo.row.media_type, bytes: photo.bytes };
}

/**
 * A photo as a report document places it: the image with its caption and credit, or null when the caller's
 * organisation has no such photo. Audited like every other opening of a photo.
 */
export async function photoForDocument(
  db: ScopedDb,
  keyring: Keyring,
  photoId: string,
): Promise<{ mediaType: string; bytes: Uint8Array; caption: string; credit: string } | null> {
  const photo = await openPhoto(db, keyring, photoId);
  if (!photo) return null;
  db.audit({
    action: "activity.photo_read",
    recordType: "activity",
    recordId: photo.row.activity_id,
    detail: { photoId, purpose: "document" },
  });
  return {
    mediaType: photo.row.media_type,
    bytes: new Uint8Array(photo.bytes),
    caption: photo.row.caption,
    credit: photo.row.credit,
  };
}

/** Removes a photo of a draft in an open month. */
export async function deletePhoto(db: ScopedDb, photoId: string): Promise<void> {
  const row = await db
    .selectFrom("activity_photos")
    .select(["id", "activity_id"])
    .where("id", "=", photoId)
    .executeTakeFirst();
  if (!row) throw notFound();
  await editableActivity(db, row.activity_id, { lock: true });
  await db.deleteFrom("activity_photos").where("id", "=", photoId).execute();
  await touchActivity(db, row.activity_id);
  db.audit({ action: "activity.photo_delete", recordType: "activity", recordId: row.activity_id, detail: { photoId } });
}
