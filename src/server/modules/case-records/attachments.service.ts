import type { z } from "zod";
import type { Attachment, pageQuery } from "../../../shared/api/case-records.js";
import { notFound } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { RecordKeys } from "../../crypto/record-keys.js";
import type { Services } from "../../services.js";
import { findCase } from "../cases/case-access.js";
import { userNames } from "../cases/case-read.service.js";
import { caseChanged } from "../cases/case-subrecord.js";
import type { Upload } from "./attachment-upload.js";
import { caseForWrite, openText, requireKey } from "./case-write.js";
import { newestFirstPage } from "./newest-first.js";

const nameField = (id: string) => `attachments.file_name:${id}`;
const contentField = (id: string) => `attachments.content:${id}`;

/** What the case's attachment list shows: metadata only, never the content. */
export async function listAttachments(
  db: ScopedDb,
  services: Services,
  caseId: string,
  query: z.infer<typeof pageQuery>,
): Promise<{ items: Attachment[]; nextCursor: string | null }> {
  await findCase(db, caseId);
  const page = await newestFirstPage(
    db,
    "attachments",
    caseId,
    ["case_id", "file_name", "media_type", "size_bytes", "uploaded_by", "created_at"],
    query,
  );
  const key = await new RecordKeys(services.keyring).loadOne(db, caseId);
  const uploaders = await userNames(
    db,
    page.items.map((row) => row.uploaded_by),
  );
  db.audit({ action: "attachment.list", recordType: "case", recordId: caseId, detail: { count: page.items.length } });
  return {
    items: page.items.map((row) => ({
      id: row.id,
      caseId: row.case_id,
      fileName: openText(key, nameField(row.id), row.file_name),
      mediaType: row.media_type,
      sizeBytes: row.size_bytes,
      uploadedBy: row.uploaded_by,
      uploadedByName: uploaders.get(row.uploaded_by ?? "") ?? null,
      createdAt: row.created_at.toISOString(),
    })),
    nextCursor: page.nextCursor,
  };
}

/** Stores an upload whose type was already decided from its content; name and bytes are sealed. */
export async function addAttachment(
  db: ScopedDb,
  services: Services,
  caseId: string,
  upload: Upload,
  mediaType: string,
): Promise<Attachment> {
  const { key } = await caseForWrite(db, services, caseId);
  const sealer = requireKey(key, "body.file");
  const id = crypto.randomUUID();
  const row = await db
    .insertInto("attachments", [
      {
        organisation_id: db.organisationId,
        id,
        case_id: caseId,
        file_name: sealer.seal(nameField(id), upload.fileName),
        media_type: mediaType,
        size_bytes: upload.bytes.length,
        content: sealer.sealBytes(contentField(id), upload.bytes),
        uploaded_by: db.actor.userId,
      },
    ])
    .returning(["created_at"])
    .executeTakeFirstOrThrow();
  await caseChanged(db, {
    caseId,
    action: "attachment.added",
    changes: { fileName: true, content: true, mediaType: { from: null, to: mediaType } },
  });
  db.audit({
    action: "attachment.add",
    recordType: "case",
    recordId: caseId,
    detail: { attachmentId: id, mediaType, sizeBytes: upload.bytes.length },
  });
  const uploaders = await userNames(db, [db.actor.userId]);
  return {
    id,
    caseId,
    fileName: upload.fileName,
    mediaType,
    sizeBytes: upload.bytes.length,
    uploadedBy: db.actor.userId,
    uploadedByName: uploaders.get(db.actor.userId ?? "") ?? null,
    createdAt: (row.created_at as Date).toISOString(),
  };
}

/**
 * The decrypted file. Looked up by its own id, then through the case scope: an attachment of a case
 * out of reach is as missing as one that does not exist. After erasure there is nothing to open: 404.
 */
export async function downloadAttachment(db: ScopedDb, services: Services, attachmentId: string) {
  const row = await db
    .selectFrom("attachments")
    .select(["id", "case_id", "file_name", "media_type", "content"])
    .where("id", "=", attachmentId)
    .executeTakeFirst();
  if (!row) throw notFound();
  await findCase(db, row.case_id);
  const key = await new RecordKeys(services.keyring).loadOne(db, row.case_id);
  if (!key || !row.file_name) throw notFound();
  const content = key.openBytes(contentField(row.id), Buffer.from(row.content));
  db.audit({
    action: "attachment.download",
    recordType: "case",
    recordId: row.case_id,
    detail: { attachmentId: row.id },
  });
  return { content, fileName: key.open(nameField(row.id), row.file_name), mediaType: row.media_type };
}
