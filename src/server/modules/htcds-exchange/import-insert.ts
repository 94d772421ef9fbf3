import { sql } from "kysely";
import type { ScopedDb } from "../../access/scoped-db.js";
import type { TableShape } from "./import-tables.js";

/**
 * The statements an import writes its rows with: a few per table and step however many rows there are.
 * PostgreSQL accepts at most 65,535 parameters per statement, and sending and binding thousands of them
 * costs about as much as the insert itself; so rows travel as one parameter.
 */

/** Rows per statement that carries its rows in one parameter: bounded so one statement stays modest. */
const ROWS_PER_STATEMENT = 20000;

/**
 * Rows given as the JSON of rowsJson (import-tables.ts), which json_to_recordset expands: one statement.
 * The bytes go as they are: the driver sends a Buffer in binary form, which for json is its UTF-8 text.
 * Raw SQL, so the organisation is written explicitly; row-level security checks it as well.
 */
export async function insertRecordset(db: ScopedDb, shape: TableShape, json: Uint8Array): Promise<void> {
  const names = Object.keys(shape.columns);
  const list = sql.join(names.map((name) => sql.id(name)));
  const definitions = sql.raw(names.map((name) => `${name} ${shape.columns[name]}`).join(", "));
  await sql`
    INSERT INTO ${sql.table(shape.table)} (organisation_id, ${list})
    SELECT ${db.organisationId}::uuid, ${list} FROM json_to_recordset(${Buffer.from(json.buffer, json.byteOffset, json.byteLength)}::json) AS r(${definitions})
  `.execute(db.tx);
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
      FROM unnest(${entries.kinds.slice(start, end)}::text[], ${entries.keys.slice(start, end)}::bigint[],
        ${entries.personIds.slice(start, end)}::uuid[]) AS k(kind, key, person_id)
      ${onConflict}
    `.execute(db.tx);
  }
  // One text per person (keys are integers, never a space): PostgreSQL has no array of arrays of
  // different lengths to unnest.
  const people = [...trigrams.keys()];
  for (let start = 0; start < people.length; start += ROWS_PER_STATEMENT) {
    const ids = people.slice(start, start + ROWS_PER_STATEMENT);
    await sql`
      INSERT INTO person_name_trigrams (organisation_id, person_id, keys)
      SELECT ${db.organisationId}::uuid, t.person_id, string_to_array(t.keys, ' ')::bigint[]
      FROM unnest(${ids}::uuid[], ${ids.map((id) => trigrams.get(id)?.join(" ") ?? "")}::text[]) AS t(person_id, keys)
      ${onConflict}
    `.execute(db.tx);
  }
}
