import { type SqlBool, sql } from "kysely";
import type { z } from "zod";
import type { SitrepDetail, SitrepSummary, sitrepCreate, sitrepListQuery } from "../../../shared/api/sitrep.js";
import { invalidField } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { decodeCursor, pageOf } from "../../http/keyset.js";
import { invalidCursor, isUuid } from "../case-records/newest-first.js";
import { draftDocument } from "./draft.js";
import { getSitrep, toSitrepSummary } from "./sitrep-read.service.js";

type SitrepCreate = z.infer<typeof sitrepCreate>;

/** The cursor keeps updated_at to the microsecond, as PostgreSQL stores it (a Date keeps milliseconds only). */
const updatedAtKey = sql<string>`to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** GET /api/sitreps: the organisation's reports, the most recently changed first, in keyset pages. */
export async function listSitreps(
  db: ScopedDb,
  query: z.infer<typeof sitrepListQuery>,
): Promise<{ items: SitrepSummary[]; nextCursor: string | null }> {
  let q = db.selectFrom("sitreps").selectAll().select(updatedAtKey.as("cursor_at"));
  const after = decodeCursor(query.cursor, 2);
  if (after) {
    const [at, id] = after;
    if (typeof at !== "string" || Number.isNaN(Date.parse(at)) || !isUuid(id)) invalidCursor();
    q = q.where(sql<SqlBool>`(updated_at, id) < (${at}::timestamptz, ${id}::uuid)`);
  }
  const rows = await q
    .orderBy("updated_at", "desc")
    .orderBy("id", "desc")
    .limit(query.limit + 1)
    .execute();
  const page = pageOf(rows, query.limit, (row) => [row.cursor_at, row.id]);
  return { items: page.items.map(toSitrepSummary), nextCursor: page.nextCursor };
}

/** 400 naming the first office that is not one of the organisation's. */
async function checkOffices(db: ScopedDb, officeIds: readonly string[]): Promise<void> {
  if (officeIds.length === 0) return;
  const found = await db
    .selectFrom("offices")
    .select("id")
    .where("id", "in", [...new Set(officeIds)])
    .execute();
  const known = new Set(found.map((row) => row.id));
  const unknown = officeIds.findIndex((id) => !known.has(id));
  if (unknown >= 0) throw invalidField(`body.officeIds.${unknown}`, "sitrep_unknown_office");
}

/**
 * POST /api/sitreps: drafts a report for the months and offices (every office not retired when none are
 * named) in its language, and keeps the draft as version 1.
 */
export async function createSitrep(db: ScopedDb, input: SitrepCreate): Promise<SitrepDetail> {
  if (input.toMonth < input.fromMonth) throw invalidField("body.toMonth", "before_start");
  await checkOffices(db, input.officeIds);
  const document = await draftDocument(db, {
    fromMonth: input.fromMonth,
    toMonth: input.toMonth,
    language: input.language,
    officeIds: [...new Set(input.officeIds)],
    title: input.title,
  });
  const id = crypto.randomUUID();
  await db
    .insertInto("sitreps", [
      {
        organisation_id: db.organisationId,
        id,
        title: document.title,
        from_month: `${input.fromMonth}-01`,
        to_month: `${input.toMonth}-01`,
        // The offices as drafted, so that a refresh covers the same ones.
        office_ids: document.offices.map((office) => office.id),
        language: input.language,
        current_version: 1,
        created_by: db.actor.userId,
      },
    ])
    .execute();
  await db
    .insertInto("sitrep_versions", [
      {
        organisation_id: db.organisationId,
        sitrep_id: id,
        version: 1,
        document: JSON.stringify(document),
        saved_by: db.actor.userId,
      },
    ])
    .execute();
  db.audit({
    action: "sitrep.create",
    recordType: "sitrep",
    recordId: id,
    detail: { fromMonth: input.fromMonth, toMonth: input.toMonth, offices: document.offices.length },
  });
  return getSitrep(db, id);
}
