import { systemActor } from "../access/actor.js";
import { runScoped } from "../access/scoped-db.js";
import type { Database, RawConnection } from "../db/connect.js";
import { type BackupHeader, type BackupTable, parseHeaderLine, parseRowLine } from "./backup-format.js";
import { readEncryptedFile } from "./encrypted-file.js";
import { readErasureRegister, reapplyErasures } from "./erasure-register.js";
import { OpsError } from "./errors.js";
import {
  appliedMigrations,
  insertableColumns,
  ownedSequences,
  qualified,
  quoteIdent,
  tablesInDependencyOrder,
} from "./tables.js";

/** Rows per INSERT: large enough to be fast, small enough to keep one statement's JSON modest. */
const INSERT_ROWS = 500;

export interface RestoreResult {
  header: BackupHeader;
  rows: number;
}

/**
 * Reads the whole file once and checks its authentication tag, without touching the database.
 * Lines are only counted here: they are trusted after the tag has been checked.
 */
export async function inspectBackup(file: string, masterKey: Buffer): Promise<BackupHeader> {
  let first: string | undefined;
  const counted = new Map<string, number>();
  let unreadable = 0;
  await readEncryptedFile(file, masterKey, (line) => {
    if (first === undefined) {
      first = line;
      return;
    }
    const parsed = parseRowLine(line);
    if (parsed) counted.set(parsed.table, (counted.get(parsed.table) ?? 0) + 1);
    else unreadable += 1;
  });
  const header = parseHeaderLine(first);
  const countsMatch = header.tables.every((t) => (counted.get(t.name) ?? 0) === t.rows);
  if (unreadable > 0 || !countsMatch || counted.size > header.tables.filter((t) => t.rows > 0).length) {
    throw new OpsError("damaged", "The backup's rows do not match its header.");
  }
  return header;
}

/**
 * Replaces every table's rows with the backup's, in one transaction as the tables' owner: either the
 * whole backup is in place or nothing changed. Run `migrate` first; the schema must be at least as new
 * as the backup's.
 */
export async function restoreBackup(
  database: Database,
  file: string,
  masterKey: Buffer,
  options: { overwrite: boolean },
): Promise<RestoreResult> {
  const header = await inspectBackup(file, masterKey);
  const rows = await database.withConnection(async (conn) => {
    const tables = await checkCompatible(conn, header);
    if (!options.overwrite) await refuseToReplaceData(conn, header, tables);
    await conn.exec("BEGIN");
    try {
      const erasures = await readErasureRegister(conn);
      await conn.exec(`TRUNCATE TABLE ${tables.map(qualified).join(", ")} CASCADE`);
      const loader = new Loader(conn, header);
      // The file is read and authenticated again: it may have changed since the first pass.
      await readEncryptedFile(file, masterKey, (line) => loader.line(line));
      const total = await loader.finish();
      await reapplyErasures(conn, erasures);
      await resetSequences(conn, header);
      await conn.exec("COMMIT");
      return total;
    } catch (error) {
      await conn.exec("ROLLBACK").catch(() => undefined);
      throw describeFailure(error);
    }
  });
  // After the commit, so that the entry extends the restored chain.
  const info = { requestId: "cli", clientIp: null, action: "system.restore" };
  await runScoped(database, systemActor("restore", "deployment"), info, async (db) => {
    db.audit({
      action: "system.restore",
      detail: { backupCreatedAt: header.createdAt, tables: header.tables.length, rows },
    });
  });
  return { header, rows };
}

/** The backup's migrations must be the code's, or an earlier part of them; its tables and columns must exist. */
async function checkCompatible(conn: RawConnection, header: BackupHeader): Promise<string[]> {
  const current = await appliedMigrations(conn);
  const isPrefix = header.migrations.length <= current.length && header.migrations.every((m, i) => current[i] === m);
  if (!isPrefix) {
    throw new OpsError(
      "incompatible",
      `The backup was made with migrations this database does not have (${header.migrations.at(-1) ?? "none"}; this database is at ${current.at(-1) ?? "none"}). Restore it with the Safepath version that made it, or a newer one.`,
    );
  }
  const tables = await tablesInDependencyOrder(conn);
  for (const table of header.tables) {
    if (!tables.includes(table.name))
      throw new OpsError("incompatible", `The backup's table ${table.name} does not exist here.`);
    const columns = new Set(await insertableColumns(conn, table.name));
    const missing = table.columns.filter((c) => !columns.has(c));
    if (missing.length) {
      throw new OpsError("incompatible", `The backup's columns ${table.name}.${missing.join(", ")} do not exist here.`);
    }
  }
  return tables;
}

async function refuseToReplaceData(conn: RawConnection, header: BackupHeader, tables: string[]): Promise<void> {
  const [organisations] = await conn.query<{ n: string }>("SELECT count(*)::text AS n FROM public.organisations");
  if (Number(organisations?.n ?? 0) === 0) return;
  const lines: string[] = [];
  for (const table of tables) {
    const [now] = await conn.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${qualified(table)}`);
    const after = header.tables.find((t) => t.name === table)?.rows ?? 0;
    lines.push(
      `  ${table.padEnd(24)} ${String(now?.n ?? 0).padStart(9)} rows now, ${String(after).padStart(9)} from the backup`,
    );
  }
  throw new OpsError(
    "would_overwrite",
    [
      `This database holds data. Restoring replaces all of it with the backup made ${header.createdAt}:`,
      ...lines,
      "Run again with --yes to replace it.",
    ].join("\n"),
  );
}

/** Collects each table's rows into batches; rows reach PostgreSQL as the JSON text they were saved as. */
class Loader {
  private index = 0;
  private table: BackupTable | undefined;
  private batch: string[] = [];
  private readonly loaded = new Map<string, number>();

  constructor(
    private readonly conn: RawConnection,
    private readonly header: BackupHeader,
  ) {}

  async line(line: string): Promise<void> {
    if (this.index++ === 0) return; // the header, already read
    const parsed = parseRowLine(line);
    if (!parsed) throw new OpsError("damaged", "The backup holds a line that is not a row.");
    if (parsed.table !== this.table?.name) {
      await this.flush();
      this.table = this.header.tables.find((t) => t.name === parsed.table);
      if (!this.table) throw new OpsError("damaged", "The backup holds rows of a table its header does not list.");
    }
    this.batch.push(parsed.row);
    if (this.batch.length >= INSERT_ROWS) await this.flush();
  }

  async finish(): Promise<number> {
    await this.flush();
    for (const table of this.header.tables) {
      if ((this.loaded.get(table.name) ?? 0) !== table.rows)
        throw new OpsError("damaged", "The backup's rows do not match its header.");
    }
    return [...this.loaded.values()].reduce((a, b) => a + b, 0);
  }

  private async flush(): Promise<void> {
    const table = this.table;
    if (!table || this.batch.length === 0) return;
    const columns = table.columns.map(quoteIdent).join(", ");
    // OVERRIDING SYSTEM VALUE keeps identity columns' saved values instead of drawing new ones.
    try {
      await this.conn.query(
        `INSERT INTO ${qualified(table.name)} (${columns}) OVERRIDING SYSTEM VALUE
         SELECT ${columns} FROM json_populate_recordset(NULL::${qualified(table.name)}, $1::json)`,
        [`[${this.batch.join(",")}]`],
      );
    } catch (error) {
      throw describeFailure(error, table.name);
    }
    this.loaded.set(table.name, (this.loaded.get(table.name) ?? 0) + this.batch.length);
    this.batch = [];
  }
}

/** Serial and identity sequences continue after the restored rows; free-standing ones where the backup left them. */
async function resetSequences(conn: RawConnection, header: BackupHeader): Promise<void> {
  for (const s of await ownedSequences(conn)) {
    await conn.query(
      `SELECT setval($1::regclass, coalesce(max(${quoteIdent(s.column)}), 1), max(${quoteIdent(s.column)}) IS NOT NULL)
       FROM ${qualified(s.table)}`,
      [qualified(s.sequence)],
    );
  }
  for (const s of header.sequences) {
    const [found] = await conn.query<{ ok: boolean }>("SELECT to_regclass($1) IS NOT NULL AS ok", [qualified(s.name)]);
    if (found?.ok)
      await conn.query("SELECT setval($1::regclass, $2::bigint, $3)", [qualified(s.name), s.value, s.called]);
  }
}

/**
 * Database errors are reported by code and constraint, not by message: messages can quote the
 * values of a row, and this output may end up in a log.
 */
function describeFailure(error: unknown, loading?: string): unknown {
  if (error instanceof OpsError) return error;
  const e = error as { code?: unknown; constraint?: unknown; table?: unknown };
  if (typeof e.code === "string" && /^[0-9A-Z]{5}$/.test(e.code)) {
    const table = loading ?? e.table;
    const where = [table && `table ${String(table)}`, e.constraint && `constraint ${String(e.constraint)}`].filter(
      Boolean,
    );
    return new OpsError(
      "restore_failed",
      `The restore failed (SQLSTATE ${e.code}${where.length ? `, ${where.join(", ")}` : ""}); nothing was changed.`,
    );
  }
  return error;
}
