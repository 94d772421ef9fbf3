import { invalidField } from "../access/errors.js";

/** Opaque keyset cursors: the sort values of the last row of a page, never an OFFSET. */
export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values), "utf8").toString("base64url");
}

export function decodeCursor(cursor: string | undefined, length: number): (string | number)[] | undefined {
  if (!cursor) return undefined;
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(values) &&
      values.length === length &&
      values.every((v) => typeof v === "string" || typeof v === "number")
    ) {
      return values;
    }
  } catch {
    // fall through to the 400 below
  }
  throw invalidField("query.cursor", "invalid");
}

/** Splits a page fetched with limit + 1 rows into the page and the cursor of the next one. */
export function pageOf<R>(rows: R[], limit: number, cursorOf: (row: R) => (string | number)[]) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(cursorOf(last)) : null };
}
