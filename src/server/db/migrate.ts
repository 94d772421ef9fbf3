import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Database } from "./connect.js";

/** Migrations ship as plain SQL beside the source; the compiled server reads them from there too. */
export const MIGRATIONS_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../src/server/db/migrations",
);

// Any constant works as long as every Safepath process uses the same one.
const MIGRATION_LOCK_KEY = 7_245_911_020;

export interface MigrationResult {
  applied: string[];
  current: string | undefined;
}

/**
 * Applies pending migrations in order, each in its own transaction, under a session-level advisory
 * lock so that two processes starting together cannot both migrate.
 */
export async function migrate(database: Database, dir = MIGRATIONS_DIR): Promise<MigrationResult> {
  const files = (await readdir(dir)).filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f)).sort();
  return database.withConnection(async (conn) => {
    await conn.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    try {
      await conn.exec(
        "CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())",
      );
      const done = new Set(
        (await conn.query<{ name: string }>("SELECT name FROM schema_migrations")).map((r) => r.name),
      );
      const applied: string[] = [];
      for (const file of files) {
        if (done.has(file)) continue;
        const sql = await readFile(path.join(dir, file), "utf8");
        await conn.exec("BEGIN");
        try {
          await conn.exec(sql);
          await conn.query("INSERT INTO schema_migrations (name) VALUES ($1)", [file]);
          await conn.exec("COMMIT");
        } catch (error) {
          await conn.exec("ROLLBACK");
          throw new Error(`Migration ${file} failed: ${(error as Error).message}`);
        }
        applied.push(file);
      }
      return { applied, current: files.at(-1) };
    } finally {
      await conn.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
    }
  });
}
