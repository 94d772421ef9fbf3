import type { z } from "zod";
import type { ActivityDetails, FileSummary, fileFields } from "../../../shared/api/activities.js";
import { invalidField, notFound } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import type { Keyring } from "../../crypto/keyring.js";
import type { Upload } from "../case-records/attachment-upload.js";
import { type ActivityRow, editableActivity, touchActivity } from "./activity-access.js";
import { activityKey, activityKeyForWrite, fileContentField } from "./activity-keys.js";

/*
 * Files of a guidance product's versions: the guideline as published, per version and language. Sealed at
 * rest like everything uploaded; only guidance activities have them.
 */

type FileFields = z.infer<typeof fileFields>;

export const fileUrl = (fileId: string) => `/api/activity-files/${fileId}`;

const SUMMARY_COLUMNS = ["id", "version_label", "language", "file_name", "media_type", "size_bytes"] as const;

function toFileSummary(row: {
  id: string;
  version_label: string;
  language: string | null;
  file_name: string;
  media_type: string;
  size_bytes: number;
}): FileSummary {
  return {
    id: row.id,
    versionLabel: row.version_label,
    language: row.language,
    fileName: row.file_name,
    mediaType: row.media_type,
    sizeBytes: row.size_bytes,
    url: fileUrl(row.id),
  };
}

export async function fileSummaries(db: ScopedDb, activityId: string): Promise<FileSummary[]> {
  const rows = await db
    .selectFrom("activity_files")
    .select(SUMMARY_COLUMNS)
    .where("activity_id", "=", activityId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return rows.map(toFileSummary);
}

/** Only a guidance product has versions to keep files of (checked before the upload is read, and again after). */
export function requireGuidance(row: ActivityRow): void {
  if (row.kind !== "guidance") throw invalidField("body.file", "wrong_kind");
}

/** Stores a file of one of the product's versions (by its label), sealed, on a draft in an open month. */
export async function addFile(
  db: ScopedDb,
  keyring: Keyring,
  activityId: string,
  upload: Upload,
  mediaType: string,
  fields: FileFields,
): Promise<FileSummary> {
  const activity = await editableActivity(db, activityId, { lock: true });
  requireGuidance(activity);
  const details = activity.details as ActivityDetails;
  const labels = details.kind === "guidance" ? details.guidance.versions.map((version) => version.label) : [];
  if (!labels.includes(fields.versionLabel)) throw invalidField("body.versionLabel", "unknown_product_version");
  const key = await activityKeyForWrite(db, keyring, activityId);
  const id = crypto.randomUUID();
  const row = {
    id,
    version_label: fields.versionLabel,
    language: fields.language ?? null,
    file_name: upload.fileName,
    media_type: mediaType,
    size_bytes: upload.bytes.length,
  };
  await db
    .insertInto("activity_files", [
      {
        ...row,
        organisation_id: db.organisationId,
        activity_id: activityId,
        content: key.sealBytes(fileContentField(id), upload.bytes),
        uploaded_by: db.actor.userId,
      },
    ])
    .execute();
  await touchActivity(db, activityId);
  db.audit({
    action: "activity.file_add",
    recordType: "activity",
    recordId: activityId,
    detail: { fileId: id, mediaType, sizeBytes: upload.bytes.length, versionLabel: fields.versionLabel },
  });
  return toFileSummary(row);
}

/** A file's opened content and name, for a reader of activities. */
export async function readFile(db: ScopedDb, keyring: Keyring, fileId: string) {
  const row = await db
    .selectFrom("activity_files")
    .select(["id", "activity_id", "file_name", "media_type", "content"])
    .where("id", "=", fileId)
    .executeTakeFirst();
  if (!row) throw notFound();
  const key = await activityKey(db, keyring, row.activity_id);
  if (!key) throw notFound();
  db.audit({ action: "activity.file_read", recordType: "activity", recordId: row.activity_id, detail: { fileId } });
  return {
    fileName: row.file_name,
    mediaType: row.media_type,
    bytes: key.openBytes(fileContentField(row.id), Buffer.from(row.content)),
  };
}

/** Removes a file of a draft in an open month. */
export async function deleteFile(db: ScopedDb, fileId: string): Promise<void> {
  const row = await db
    .selectFrom("activity_files")
    .select(["id", "activity_id"])
    .where("id", "=", fileId)
    .executeTakeFirst();
  if (!row) throw notFound();
  await editableActivity(db, row.activity_id, { lock: true });
  await db.deleteFrom("activity_files").where("id", "=", fileId).execute();
  await touchActivity(db, row.activity_id);
  db.audit({ action: "activity.file_delete", recordType: "activity", recordId: row.activity_id, detail: { fileId } });
}
