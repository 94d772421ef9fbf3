import { systemActor } from "../access/actor.js";
import { runScoped } from "../access/scoped-db.js";
import type { Database, DatabaseKind, RawConnection } from "../db/connect.js";
import { type BackupHeader, headerLine, rowLine } from "./backup-format.js";
import { writeEncryptedFile } from "./encrypted-file.js";
import { OpsError } from "./errors.js";
import {
  appliedMigrations,
  freeSequences,
  insertableColumns,
  qualified,
  quoteIdent,
  tablesInDependencyOrder,
} from "./tables.js";

/** Rows fetched per round trip: bounds memory whatever the size of a table. */
const FETCH_ROWS = 1000;

export interface BackupResult {
  header: BackupHeader;
  rows: number;
  bytes: number;
  sha256: string;
}

/**
 * Writes an encrypted snapshot of every table. One read-only REPEATABLE READ transaction gives the
 * counts and all rows from the same instant, so the copy is consistent while the server keeps running
 * (on PostgreSQL; PGlite is only ever opened by one process).
 */
export async function createBackup(
  database: Database,
  file: string,
  masterKey: Buffer,
  options: { overwrite?: boolean } = {},
): Promise<BackupResult> {
  const result = await database.withConnection(async (conn) => {
    await conn.exec("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    try {
      const header = await describeSnapshot(conn, database.kind);
      const written = await writeEncryptedFile(file, masterKey, snapshotText(conn, header), {
        overwrite: options.overwrite ?? false,
      });
      await conn.exec("COMMIT");
      return { header, rows: header.tables.reduce((sum, t) => sum + t.rows, 0), ...written };
    } catch (error) {
      await conn.exec("ROLLBACK").catch(() => undefined);
      throw error;
    }
  });
  // Written after the snapshot, so the copy does not contain its own entry.
  const info = { requestId: "cli", clientIp: null, action: "system.backup" };
  await runScoped(database, systemActor("backup", "deployment"), info, async (db) => {
    db.audit({
      action: "system.backup",
      detail: { tables: result.header.tables.length, rows: result.rows, bytes: result.bytes, sha256: result.sha256 },
    });
  });
  return result;
}

async function describeSnapshot(conn: RawConnection, kind: DatabaseKind): Promise<BackupHeader> {
  // The first query fixes the transaction's snapshot; every count and row below comes from it.
  const migrations = await appliedMigrations(conn);
  const tables: BackupHeader["tables"] = [];
  for (const name of await tablesInDependencyOrder(conn)) {
    const [count] = await conn.query<{ rows: string }>(`SELECT count(*)::text AS rows FROM ${qualified(name)}`);
    tables.push({ name, rows: Number(count?.rows ?? 0), columns: await insertableColumns(conn, name) });
  }
  const sequences: BackupHeader["sequences"] = [];
  for (const name of await freeSequences(conn)) {
    const [state] = await conn.query<{ value: string; called: boolean }>(
      `SELECT last_value::text AS value, is_called AS called FROM ${qualified(name)}`,
    );
    if (state) sequences.push({ name, ...state });
  }
  return {
    format: "safepath-backup",
    version: 1,
    createdAt: new Date().toISOString(),
    databaseKind: kind,
    migrations,
    tables,
    sequences,
  };
}

/** The header, then each table's rows through a server-side cursor, one FETCH batch per chunk. */
async function* snapshotText(conn: RawConnection, header: BackupHeader): AsyncGenerator<string> {
  yield headerLine(header);
  for (const table of header.tables) {
    await conn.query(
      `DECLARE safepath_backup NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS r FROM ${qualified(table.name)} t`,
    );
    let seen = 0;
    for (;;) {
      const rows = await conn.query<{ r: string }>(`FETCH ${FETCH_ROWS} FROM safepath_backup`);
      if (rows.length === 0) break;
      seen += rows.length;
      yield rows.map((row) => rowLine(table.name, row.r)).join("");
    }
    await conn.query("CLOSE safepath_backup");
    if (seen !== table.rows) {
      throw new OpsError(
        "schema",
        `Table ${quoteIdent(table.name)} changed during the backup; the snapshot is not consistent.`,
      );
    }
  }
}
