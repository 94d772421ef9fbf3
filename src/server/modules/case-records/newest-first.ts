import { type RawBuilder, sql } from "kysely";
import { invalidField } from "../../access/errors.js";
import { decodeCursor } from "../../http/keyset.js";

/**
 * Keyset paging newest first by (created_at, id). The cursor keeps the timestamp to the microsecond as
 * PostgreSQL stores it: a JavaScript Date keeps milliseconds only, and rows within the same millisecond
 * would be skipped.
 */
export function createdAtKey(table: "case_notes" | "attachments"): RawBuilder<string> {
  return sql<string>`to_char(${sql.ref(`${table}.created_at`)} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

/** The condition "after the cursor's row", or undefined on the first page. */
export function olderThanCursor(table: "case_notes" | "attachments", cursor: string | undefined) {
  const after = decodeCursor(cursor, 2);
  if (!after) return undefined;
  const [at, id] = after;
  if (typeof at !== "string" || Number.isNaN(Date.parse(at)) || !isUuid(id)) return invalidCursor();
  return sql<boolean>`(${sql.ref(`${table}.created_at`)}, ${sql.ref(`${table}.id`)}) < (${at}::timestamptz, ${id}::uuid)`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}

/** A cursor that decodes but holds values of the wrong kind is a bad cursor, not a database error. */
export function invalidCursor(): never {
  throw invalidField("query.cursor", "invalid");
}
