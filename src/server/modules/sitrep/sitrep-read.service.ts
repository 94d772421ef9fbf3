import type { Selectable } from "kysely";
import type { SitrepDetail, SitrepDocument, SitrepSummary } from "../../../shared/api/sitrep.js";
import { notFound } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import type { SitrepsTable } from "../../db/schema-activities.js";
import { userNames } from "../cases/case-read.service.js";

export type SitrepRow = Selectable<SitrepsTable>;

/** A report of the caller's organisation, locked for a change when asked; 404 when there is none. */
export async function findSitrep(db: ScopedDb, id: string, options: { forUpdate?: boolean } = {}): Promise<SitrepRow> {
  let q = db.selectFrom("sitreps").selectAll().where("id", "=", id);
  if (options.forUpdate) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/** One saved version's document; 404 when the report has no such version. */
export async function versionDocument(db: ScopedDb, sitrepId: string, version: number): Promise<SitrepDocument> {
  const row = await db
    .selectFrom("sitrep_versions")
    .select("document")
    .where("sitrep_id", "=", sitrepId)
    .where("version", "=", version)
    .executeTakeFirst();
  if (!row) throw notFound();
  // Written by this module from a validated document only.
  return row.document as SitrepDocument;
}

/**
 * The document of a report to render: the version asked for, else the current one. For the HTML, PDF and
 * DOCX exports; 404 when the report or the version does not exist in the caller's organisation.
 */
export async function loadSitrepDocument(
  db: ScopedDb,
  id: string,
  version?: number,
): Promise<{ document: SitrepDocument; version: number; status: string }> {
  const row = await findSitrep(db, id);
  const wanted = version ?? row.current_version;
  return { document: await versionDocument(db, id, wanted), version: wanted, status: row.status };
}

const month = (date: string) => String(date).slice(0, 7);

export function toSitrepSummary(row: SitrepRow): SitrepSummary {
  return {
    id: row.id,
    title: row.title,
    fromMonth: month(row.from_month),
    toMonth: month(row.to_month),
    language: row.language,
    officeCount: row.office_ids.length,
    status: row.status,
    currentVersion: row.current_version,
    publishedVersion: row.published_version,
    updatedAt: row.updated_at.toISOString(),
  };
}

/** The report with a version's document (the current one unless asked) and every version, who saved it and when. */
export async function sitrepDetail(db: ScopedDb, row: SitrepRow, version?: number): Promise<SitrepDetail> {
  const document = await versionDocument(db, row.id, version ?? row.current_version);
  const versions = await db
    .selectFrom("sitrep_versions")
    .select(["version", "saved_at", "saved_by", "note"])
    .where("sitrep_id", "=", row.id)
    .orderBy("version", "desc")
    .execute();
  const names = await userNames(
    db,
    versions.map((v) => v.saved_by),
  );
  return {
    ...toSitrepSummary(row),
    officeIds: row.office_ids,
    document,
    versions: versions.map((v) => ({
      version: v.version,
      savedAt: v.saved_at.toISOString(),
      savedBy: v.saved_by ? (names.get(v.saved_by) ?? null) : null,
      note: v.note,
    })),
    publishedAt: row.published_at ? row.published_at.toISOString() : null,
  };
}

/** The report, with the version asked for or the current one. */
export async function getSitrep(db: ScopedDb, id: string, version?: number): Promise<SitrepDetail> {
  return sitrepDetail(db, await findSitrep(db, id), version);
}

/** GET /api/sitreps/:id: the report as getSitrep gives it; the read is audited with the version shown. */
export async function readSitrep(db: ScopedDb, id: string, version?: number): Promise<SitrepDetail> {
  const detail = await getSitrep(db, id, version);
  db.audit({
    action: "sitrep.read",
    recordType: "sitrep",
    recordId: id,
    detail: { version: version ?? detail.currentVersion },
  });
  return detail;
}
