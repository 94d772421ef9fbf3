import { sql } from "kysely";
import type { z } from "zod";
import type {
  SitrepDetail,
  SitrepDocument,
  sitrepPublish,
  sitrepRefresh,
  sitrepSave,
} from "../../../shared/api/sitrep.js";
import { isLanguage } from "../../../shared/i18n/languages.js";
import { AppError } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { draftDocument } from "./draft.js";
import { findSitrep, getSitrep, type SitrepRow, versionDocument } from "./sitrep-read.service.js";
import { keepEditedText, withEditedText } from "./sitrep-text.js";

const conflict = (problem: string) => new AppError("conflict", [{ field: "body.version", problem }]);

/**
 * The report, locked for the change: 409 when it is published (read-only from then on) or when the version
 * the change was made from is no longer the current one (someone saved meanwhile).
 */
async function changeable(db: ScopedDb, id: string, version: number): Promise<SitrepRow> {
  const row = await findSitrep(db, id, { forUpdate: true });
  if (row.status === "published") throw conflict("sitrep_published");
  if (version !== row.current_version) throw conflict("sitrep_stale_version");
  return row;
}

/** Keeps the document as the report's next version and makes it the current one. */
async function addVersion(db: ScopedDb, row: SitrepRow, document: SitrepDocument, note: string | null) {
  const version = row.current_version + 1;
  await db
    .insertInto("sitrep_versions", [
      {
        organisation_id: db.organisationId,
        sitrep_id: row.id,
        version,
        document: JSON.stringify(document),
        note,
        saved_by: db.actor.userId,
      },
    ])
    .execute();
  await db
    .updateTable("sitreps")
    .set({ title: document.title, current_version: version, updated_at: sql`now()` })
    .where("id", "=", row.id)
    .execute();
  return version;
}

/**
 * PUT /api/sitreps/:id: a new version from the edited document. Only the words are taken (title, overview,
 * introductions, entry texts); figures, offices, period and language stay as stored.
 */
export async function saveSitrep(db: ScopedDb, id: string, input: z.infer<typeof sitrepSave>): Promise<SitrepDetail> {
  const row = await changeable(db, id, input.version);
  const stored = await versionDocument(db, id, row.current_version);
  const version = await addVersion(db, row, withEditedText(stored, input.document), input.note ?? null);
  db.audit({ action: "sitrep.save", recordType: "sitrep", recordId: id, detail: { version } });
  return getSitrep(db, id);
}

/**
 * POST /api/sitreps/:id/refresh: figures and entries computed anew from the records and the approved
 * activities, keeping the words people wrote (see keepEditedText).
 */
export async function refreshSitrep(
  db: ScopedDb,
  id: string,
  input: z.infer<typeof sitrepRefresh>,
): Promise<SitrepDetail> {
  const row = await changeable(db, id, input.version);
  const previous = await versionDocument(db, id, row.current_version);
  const fresh = await draftDocument(db, {
    fromMonth: previous.fromMonth,
    toMonth: previous.toMonth,
    language: isLanguage(row.language) ? row.language : "en",
    officeIds: row.office_ids,
    title: previous.title,
  });
  const version = await addVersion(db, row, keepEditedText(previous, fresh), null);
  db.audit({ action: "sitrep.refresh", recordType: "sitrep", recordId: id, detail: { version } });
  return getSitrep(db, id);
}

/** POST /api/sitreps/:id/publish: the current version becomes the published one, and the report read-only. */
export async function publishSitrep(
  db: ScopedDb,
  id: string,
  input: z.infer<typeof sitrepPublish>,
): Promise<SitrepDetail> {
  const row = await changeable(db, id, input.version);
  await db
    .updateTable("sitreps")
    .set({
      status: "published",
      published_version: row.current_version,
      published_at: sql`now()`,
      published_by: db.actor.userId,
      updated_at: sql`now()`,
    })
    .where("id", "=", row.id)
    .execute();
  db.audit({ action: "sitrep.publish", recordType: "sitrep", recordId: id, detail: { version: row.current_version } });
  return getSitrep(db, id);
}
