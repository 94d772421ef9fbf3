import { sql } from "kysely";
import type { ScopedDb, TenantTable } from "../../access/scoped-db.js";

/**
 * The statements an import writes its rows with: a few per table and step however many rows there are.
 * PostgreSQL accepts at most 65,535 parameters per statement, and sending and binding thousands of them
 * costs about as much as the insert itself; so where every column of a row is known, rows travel as one
 * parameter.
 */

/** Parameters per INSERT … VALUES: well below PostgreSQL's limit of 65,535. */
const PARAMETERS = 30000;
/** Rows per statement that carries its rows in one parameter: bounded so one statement stays modest. */
const ROWS_PER_STATEMENT = 20000;

/** Rows as the query builder writes them: a column a row leaves out takes its default. */
export async function insertValues(db: ScopedDb, table: TenantTable, rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = new Set<string>();
  for (const row of rows) for (const column in row) columns.add(column);
  const batch = Math.max(1, Math.floor(PARAMETERS / columns.size));
  for (let start = 0; start < rows.length; start += batch) {
    await db.insertInto(table, rows.slice(start, start + batch)).execute();
  }
}

// PostgreSQL refuses a lone surrogate in JSON; as a parameter it would arrive as U+FFFD, so it is
// replaced the same way. JSON.stringify writes one as an escape, so the check costs one scan of the text.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const wellFormed = (_key: string, value: unknown) =>
  typeof value === "string" ? value.replace(LONE_SURROGATE, "\uFFFD") : value;

function toJson(rows: readonly object[]): string {
  const json = JSON.stringify(rows);
  return /\\u[dD][89a-fA-F]/.test(json) ? JSON.stringify(rows, wellFormed) : json;
}

/**
 * Rows that give every column (a missing one would be null, not its default), sent as one JSON parameter
 * that json_to_recordset expands. `columns` maps each column to its PostgreSQL type (constants, never
 * input). Raw SQL, so the organisation is written explicitly; row-level security checks it as well.
 */
export async function insertRecordset(
  db: ScopedDb,
  table: TenantTable,
  columns: Readonly<Record<string, string>>,
  rows: readonly object[],
): Promise<void> {
  const names = Object.keys(columns);
  const list = sql.join(names.map((name) => sql.id(name)));
  const definitions = sql.raw(names.map((name) => `${name} ${columns[name]}`).join(", "));
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const json = toJson(rows.slice(start, start + ROWS_PER_STATEMENT));
    await sql`
      INSERT INTO ${sql.table(table)} (organisation_id, ${list})
      SELECT ${db.organisationId}::uuid, ${list} FROM json_to_recordset(${json}::json) AS r(${definitions})
    `.execute(db.tx);
  }
}

/** Blind index entries of many people, as three parallel lists. */
export interface SearchKeyRows {
  kinds: string[];
  keys: string[];
  personIds: string[];
}

/**
 * Blind index entries are many small rows (about nine per person): sent as three arrays per statement
 * rather than three parameters per row. Name trigrams go to the person's one row of trigrams instead
 * (person_name_trigrams). The organisation is given explicitly, as raw statements must. With
 * `existing: "keep"` entries already stored are left as they are (a rebuild adding new kinds of key).
 */
export async function insertSearchKeys(
  db: ScopedDb,
  rows: SearchKeyRows,
  options: { existing?: "fail" | "keep" } = {},
): Promise<void> {
  const entries: SearchKeyRows = { kinds: [], keys: [], personIds: [] };
  const trigrams = new Map<string, string[]>();
  for (const [i, kind] of rows.kinds.entries()) {
    const key = rows.keys[i] as string;
    const personId = rows.personIds[i] as string;
    if (kind === "name_trigram") {
      const set = trigrams.get(personId) ?? [];
      set.push(key);
      trigrams.set(personId, set);
      continue;
    }
    entries.kinds.push(kind);
    entries.keys.push(key);
    entries.personIds.push(personId);
  }
  const onConflict = options.existing === "keep" ? sql`ON CONFLICT DO NOTHING` : sql``;
  for (let start = 0; start < entries.keys.length; start += ROWS_PER_STATEMENT) {
    const end = start + ROWS_PER_STATEMENT;
    await sql`
      INSERT INTO person_search_keys (organisation_id, kind, key, person_id)
      SELECT ${db.organisationId}::uuid, k.kind, k.key, k.person_id
      FROM unnest(${entries.kinds.slice(start, end)}::text[], ${entries.keys.slice(start, end)}::text[],
        ${entries.personIds.slice(start, end)}::uuid[]) AS k(kind, key, person_id)
      ${onConflict}
    `.execute(db.tx);
  }
  // One text per person (HMACs are base64url, never a space): PostgreSQL has no array of arrays of
  // different lengths to unnest.
  const people = [...trigrams.keys()];
  for (let start = 0; start < people.length; start += ROWS_PER_STATEMENT) {
    const ids = people.slice(start, start + ROWS_PER_STATEMENT);
    await sql`
      INSERT INTO person_name_trigrams (organisation_id, person_id, keys)
      SELECT ${db.organisationId}::uuid, t.person_id, string_to_array(t.keys, ' ')
      FROM unnest(${ids}::uuid[], ${ids.map((id) => trigrams.get(id)?.join(" ") ?? "")}::text[]) AS t(person_id, keys)
      ${onConflict}
    `.execute(db.tx);
  }
}
