import type { z } from "zod";
import type { Note, noteInput, pageQuery } from "../../../shared/api/case-records.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { RecordKeys } from "../../crypto/record-keys.js";
import type { Services } from "../../services.js";
import { findCase } from "../cases/case-access.js";
import { userNames } from "../cases/case-read.service.js";
import { caseChanged } from "../cases/case-subrecord.js";
import { caseForWrite, openText, requireKey } from "./case-write.js";
import { newestFirstPage } from "./newest-first.js";

const bodyField = (noteId: string) => `case_notes.body:${noteId}`;

/** The case's notes, newest first, one keyset page at a time. */
export async function listNotes(
  db: ScopedDb,
  services: Services,
  caseId: string,
  query: z.infer<typeof pageQuery>,
): Promise<{ items: Note[]; nextCursor: string | null }> {
  await findCase(db, caseId);
  const page = await newestFirstPage(
    db,
    "case_notes",
    caseId,
    ["case_id", "body", "author_user_id", "created_at"],
    query,
  );
  const key = await new RecordKeys(services.keyring).loadOne(db, caseId);
  const authors = await userNames(
    db,
    page.items.map((row) => row.author_user_id),
  );
  db.audit({ action: "note.list", recordType: "case", recordId: caseId, detail: { count: page.items.length } });
  return {
    items: page.items.map((row) => ({
      id: row.id,
      caseId: row.case_id,
      text: openText(key, bodyField(row.id), row.body),
      authorUserId: row.author_user_id,
      authorName: authors.get(row.author_user_id ?? "") ?? null,
      createdAt: row.created_at.toISOString(),
    })),
    nextCursor: page.nextCursor,
  };
}

/**
 * Adds a note. Notes are never edited or deleted through the API: a correction is a new note, so the
 * record keeps what was known and written at each point in time.
 */
export async function addNote(
  db: ScopedDb,
  services: Services,
  caseId: string,
  input: z.infer<typeof noteInput>,
): Promise<Note> {
  const { key } = await caseForWrite(db, services, caseId);
  const sealer = requireKey(key, "body.text");
  const id = crypto.randomUUID();
  const row = await db
    .insertInto("case_notes", [
      {
        organisation_id: db.organisationId,
        id,
        case_id: caseId,
        body: sealer.seal(bodyField(id), input.text),
        author_user_id: db.actor.userId,
      },
    ])
    .returning(["created_at"])
    .executeTakeFirstOrThrow();
  await caseChanged(db, { caseId, action: "note.added", changes: { text: true } });
  db.audit({ action: "note.add", recordType: "case", recordId: caseId, detail: { noteId: id } });
  const authors = await userNames(db, [db.actor.userId]);
  return {
    id,
    caseId,
    text: input.text,
    authorUserId: db.actor.userId,
    authorName: authors.get(db.actor.userId ?? "") ?? null,
    createdAt: (row.created_at as Date).toISOString(),
  };
}
