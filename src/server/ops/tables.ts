import type { RawConnection } from "../db/connect.js";
import { OpsError } from "./errors.js";

/** The migrations bookkeeping table belongs to the code, not to the data: never backed up or restored. */
const EXCLUDED = new Set(["schema_migrations"]);

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export function qualified(name: string): string {
  return `public.${quoteIdent(name)}`;
}

/**
 * Tables of the public schema, parents before children, so that rows inserted in this order never
 * reference a row not yet there. Computed from the foreign keys at run time: new migrations need no edit here.
 * A key checked only at commit (INITIALLY DEFERRED, as an article's current version) does not order the
 * tables: the restore is one transaction.
 */
export async function tablesInDependencyOrder(conn: RawConnection): Promise<string[]> {
  const tables = (
    await conn.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition`,
    )
  )
    .map((r) => r.name)
    .filter((name) => !EXCLUDED.has(name))
    .sort();
  const edges = await conn.query<{ child: string; parent: string }>(
    `SELECT child.relname AS child, parent.relname AS parent
     FROM pg_constraint k
     JOIN pg_class child ON child.oid = k.conrelid
     JOIN pg_class parent ON parent.oid = k.confrelid
     JOIN pg_namespace n ON n.oid = child.relnamespace
     WHERE k.contype = 'f' AND n.nspname = 'public' AND NOT k.condeferred`,
  );
  return topologicalOrder(tables, edges);
}

/** Kahn's algorithm with names sorted at each step, so that the order is the same on every run. */
export function topologicalOrder(tables: string[], edges: { child: string; parent: string }[]): string[] {
  const known = new Set(tables);
  const parents = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const { child, parent } of edges) {
    // A table referring to itself orders its own rows; it does not constrain the order of tables.
    if (child !== parent && known.has(child) && known.has(parent)) parents.get(child)?.add(parent);
  }
  const ordered: string[] = [];
  const placed = new Set<string>();
  while (ordered.length < tables.length) {
    const ready = tables.filter((t) => !placed.has(t) && [...(parents.get(t) ?? [])].every((p) => placed.has(p)));
    if (ready.length === 0) {
      const stuck = tables.filter((t) => !placed.has(t));
      throw new OpsError(
        "schema",
        `Tables ${stuck.join(", ")} refer to each other in a cycle; they cannot be ordered.`,
      );
    }
    for (const t of ready) {
      ordered.push(t);
      placed.add(t);
    }
  }
  return ordered;
}

/** Columns a row can be inserted with: generated columns are computed by the database, not restored. */
export async function insertableColumns(conn: RawConnection, table: string): Promise<string[]> {
  const rows = await conn.query<{ name: string }>(
    `SELECT a.attname AS name FROM pg_attribute a
     WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
     ORDER BY a.attnum`,
    [qualified(table)],
  );
  return rows.map((r) => r.name);
}

export interface OwnedSequence {
  table: string;
  column: string;
  sequence: string;
}

/** Sequences behind serial and identity columns; restore sets them past the restored rows. */
export async function ownedSequences(conn: RawConnection): Promise<OwnedSequence[]> {
  return conn.query<OwnedSequence>(
    `SELECT t.relname AS "table", a.attname AS "column", s.relname AS sequence
     FROM pg_depend d
     JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
     JOIN pg_class t ON t.oid = d.refobjid
     JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
     JOIN pg_namespace n ON n.oid = s.relnamespace
     WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass
       AND d.deptype IN ('a', 'i') AND n.nspname = 'public'
     ORDER BY 1, 2`,
  );
}

/** Sequences that belong to no column (counters such as case numbers): their position is data too. */
export async function freeSequences(conn: RawConnection): Promise<string[]> {
  const owned = new Set((await ownedSequences(conn)).map((s) => s.sequence));
  const all = await conn.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind = 'S' ORDER BY 1`,
  );
  return all.map((r) => r.name).filter((name) => !owned.has(name));
}

export async function appliedMigrations(conn: RawConnection): Promise<string[]> {
  return (await conn.query<{ name: string }>("SELECT name FROM schema_migrations ORDER BY name")).map((r) => r.name);
}
