import { type RawBuilder, type Selectable, sql } from "kysely";
import { invalidField } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import type { Schema } from "../../db/schema.js";
import { decodeCursor, pageOf } from "../../http/keyset.js";

type NewestFirstTable = "case_notes" | "attachments" | "referrals";

/**
 * Keyset paging newest first by (created_at, id). The cursor keeps the timestamp to the microsecond as
 * PostgreSQL stores it: a JavaScript Date keeps milliseconds only, and rows within the same millisecond
 * would be skipped.
 */
export function createdAtKey(table: NewestFirstTable): RawBuilder<string> {
  return sql<string>`to_char(${sql.ref(`${table}.created_at`)} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

/** The condition "after the cursor's row", or undefined on the first page. */
export function olderThanCursor(table: NewestFirstTable, cursor: string | undefined) {
  const after = decodeCursor(cursor, 2);
  if (!after) return undefined;
  const [at, id] = after;
  if (typeof at !== "string" || Number.isNaN(Date.parse(at)) || !isUuid(id)) return invalidCursor();
  return sql<boolean>`(${sql.ref(`${table}.created_at`)}, ${sql.ref(`${table}.id`)}) < (${at}::timestamptz, ${id}::uuid)`;
}

/** One page of a case's notes or attachments, newest first: the columns asked for (never more: content stays). */
export async function newestFirstPage<T extends NewestFirstTable, C extends keyof Selectable<Schema[T]> & string>(
  db: ScopedDb,
  table: T,
  caseId: string,
  columns: readonly C[],
  query: { limit: number; cursor?: string | undefined },
) {
  type Row = Pick<Selectable<Schema[T]>, C> & { id: string; cursor_at: string };
  const after = olderThanCursor(table, query.cursor);
  // The casts name one of the tables only for Kysely's column checks; the rows are typed from `columns`.
  let q = db
    .selectFrom(table as "case_notes")
    .select(["id", ...(columns as readonly string[] as readonly "id"[])])
    .select(createdAtKey(table).as("cursor_at"))
    .where("case_id", "=", caseId);
  if (after) q = q.where(after);
  const rows = (await q
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(query.limit + 1)
    .execute()) as unknown as Row[];
  return pageOf(rows, query.limit, (row) => [row.cursor_at, row.id]);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}

/** A cursor that decodes but holds values of the wrong kind is a bad cursor, not a database error. */
export function invalidCursor(): never {
  throw invalidField("query.cursor", "invalid");
}
