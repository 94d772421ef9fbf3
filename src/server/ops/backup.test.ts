import { randomBytes } from "node:crypto";
import { copyFile, mkdtemp, readFile, rm, truncate, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/connect.js";
import { seedDemoData } from "../demo/demo-data.js";
import { createTestServices, TEST_MASTER_KEY, testDatabaseKinds } from "../testing/databases.js";
import { verifyAuditTrail } from "./audit-verify.js";
import { createBackup } from "./backup.js";
import { headerLine } from "./backup-format.js";
import { writeEncryptedFile } from "./encrypted-file.js";
import { restoreBackup } from "./restore.js";
import { appliedMigrations, tablesInDependencyOrder } from "./tables.js";

const masterKey = Buffer.from(TEST_MASTER_KEY, "base64");
type Snapshot = Record<string, string[]>;

/** Every row of every table as JSON text, in UTC, sorted: equal snapshots mean equal data. */
async function snapshot(database: Database): Promise<Snapshot> {
  return database.withConnection(async (conn) => {
    await conn.exec("BEGIN ISOLATION LEVEL REPEATABLE READ");
    await conn.exec("SET LOCAL TimeZone = 'UTC'");
    const result: Snapshot = {};
    for (const table of await tablesInDependencyOrder(conn)) {
      const rows = await conn.query<{ r: string }>(
        `SELECT row_to_json(t)::text AS r FROM public."${table}" t ORDER BY 1`,
      );
      result[table] = rows.map((row) => row.r);
    }
    await conn.exec("COMMIT");
    return result;
  });
}

/**
 * The entries backup and restore write about themselves are expected differences, and so are the chain
 * heads they move; that the heads match the restored trail is what the audit verification checks.
 */
function withoutOwnEntries(s: Snapshot): Snapshot {
  const own = /"action":"system\.(backup|restore)"/;
  const { audit_chain_heads: _heads, ...rest } = s;
  return { ...rest, audit_log: (s.audit_log ?? []).filter((row) => !own.test(row)) };
}

async function errorOf(promise: Promise<unknown>): Promise<{ code?: string; message: string }> {
  return promise.then(
    () => ({ message: "no error" }),
    (error: { code?: string; message: string }) => error,
  );
}

async function seed(database: Database, services: Parameters<typeof seedDemoData>[0]): Promise<void> {
  await seedDemoData(services);
  // Enough entries that reading (1000 a fetch) and writing (500 an insert) take several rounds.
  await database.withConnection((c) =>
    c.exec(`SELECT audit_append(NULL, 'system:test', NULL, 'test.bulk', NULL, NULL, NULL, 'allowed', NULL, NULL, NULL,
      jsonb_build_object('n', n)) FROM generate_series(1, 2300) AS n`),
  );
}

/** The demo deployment's accounts, counted rather than assumed. */
async function userCount(database: Database): Promise<number> {
  const row = await database.db
    .selectFrom("users")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe.each(testDatabaseKinds())("backup and restore on %s", (kind) => {
  let ctx: Awaited<ReturnType<typeof createTestServices>>;
  let dir: string;
  let file: string;
  let original: Snapshot;

  beforeAll(async () => {
    ctx = await createTestServices(kind);
    await seed(ctx.services.database, ctx.services);
    dir = await mkdtemp(path.join(os.tmpdir(), "safepath-backup-"));
    file = path.join(dir, "safepath.backup");
    original = await snapshot(ctx.services.database);
  }, 120_000);
  afterAll(async () => {
    await ctx.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("writes a compressed, encrypted file with nothing readable in it", async () => {
    const result = await createBackup(ctx.services.database, file, masterKey);
    expect(result.header.tables.find((t) => t.name === "users")?.rows).toBe(await userCount(ctx.services.database));
    expect(result.header.migrations).toContain("0001_foundation.sql");
    const bytes = await readFile(file);
    expect(bytes.subarray(0, 6).toString("ascii")).toBe("SPBK1\n");
    for (const clear of ["office.example.org", "admin@", "Anna Nowak", "organisations", "safepath-backup"]) {
      expect(bytes.includes(Buffer.from(clear))).toBe(false);
    }
    expect((await errorOf(createBackup(ctx.services.database, file, masterKey))).code).toBe("file_exists");
    const audit = await ctx.services.database.db
      .selectFrom("audit_log")
      .select("detail")
      .where("action", "=", "system.backup")
      .execute();
    expect(audit).toEqual([{ detail: expect.objectContaining({ sha256: result.sha256, rows: result.rows }) }]);
  });

  it("refuses to replace data without being told to, and says what it would replace", async () => {
    const error = await errorOf(restoreBackup(ctx.services.database, file, masterKey, { overwrite: false }));
    expect(error.code).toBe("would_overwrite");
    const users = await userCount(ctx.services.database);
    expect(error.message).toMatch(new RegExp(`users\\s+${users} rows now,\\s+${users} from the backup`));
  });

  it("brings back exactly the data of the backup, with the audit trail intact", async () => {
    await ctx.services.database.withConnection(async (c) => {
      await c.exec("DELETE FROM users WHERE email = 'hotline@office.example.org'");
      await c.exec("INSERT INTO organisations (name, org_type, country) VALUES ('Added later', 'NGO', 'PL')");
    });
    const result = await restoreBackup(ctx.services.database, file, masterKey, { overwrite: true });
    expect(result.rows).toBe(Object.values(original).reduce((n, rows) => n + rows.length, 0));
    const restored = await snapshot(ctx.services.database);
    expect(withoutOwnEntries(restored)).toEqual(withoutOwnEntries(original));
    const verification = await verifyAuditTrail(ctx.services.database);
    expect(verification.broken).toEqual([]);
    // The restore's own entry continues the sequence after the restored entries.
    const last = await ctx.services.database.db
      .selectFrom("audit_log")
      .select("action")
      .orderBy("seq", "desc")
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(last.action).toBe("system.restore");
  });

  it("refuses a backup made with another master key and changes nothing", async () => {
    const before = await snapshot(ctx.services.database);
    const error = await errorOf(restoreBackup(ctx.services.database, file, randomBytes(32), { overwrite: true }));
    expect(error.code).toBe("wrong_key");
    expect(error.message).toMatch(/different master key/);
    expect(await snapshot(ctx.services.database)).toEqual(before);
  });

  it("refuses an altered or truncated file and changes nothing", async () => {
    const before = await snapshot(ctx.services.database);
    const bytes = await readFile(file);
    const altered = path.join(dir, "altered.backup");
    for (const position of [Math.floor(bytes.length / 2), bytes.length - 1]) {
      const copy = Buffer.from(bytes);
      copy[position] = (copy[position] ?? 0) ^ 0x01;
      await writeFile(altered, copy);
      const error = await errorOf(restoreBackup(ctx.services.database, altered, masterKey, { overwrite: true }));
      expect(error.code).toBe("damaged");
    }
    await copyFile(file, altered);
    await truncate(altered, bytes.length - 100);
    expect((await errorOf(restoreBackup(ctx.services.database, altered, masterKey, { overwrite: true }))).code).toBe(
      "damaged",
    );
    await writeFile(altered, "not a backup at all");
    expect((await errorOf(restoreBackup(ctx.services.database, altered, masterKey, { overwrite: true }))).code).toBe(
      "not_a_backup",
    );
    expect(await snapshot(ctx.services.database)).toEqual(before);
  });

  it("refuses a backup made by a newer schema", async () => {
    const migrations = await ctx.services.database.withConnection(appliedMigrations);
    const header = {
      format: "safepath-backup" as const,
      version: 1 as const,
      createdAt: new Date().toISOString(),
      databaseKind: kind,
      migrations: [...migrations, "9999_future.sql"],
      tables: [],
      sequences: [],
    };
    const future = path.join(dir, "future.backup");
    await writeEncryptedFile(future, masterKey, [headerLine(header)], { overwrite: true });
    const error = await errorOf(restoreBackup(ctx.services.database, future, masterKey, { overwrite: true }));
    expect(error.code).toBe("incompatible");
  });
});

// Defined only where a PostgreSQL server is given (CI always gives one), rather than reported as skipped.
if (process.env.TEST_DATABASE_URL)
  describe("a PGlite backup restored into PostgreSQL", () => {
    it("carries every row across", async () => {
      const source = await createTestServices("pglite");
      const target = await createTestServices("postgresql");
      const dir = await mkdtemp(path.join(os.tmpdir(), "safepath-backup-"));
      try {
        await seed(source.services.database, source.services);
        const file = path.join(dir, "move.backup");
        await createBackup(source.services.database, file, masterKey);
        const expected = await snapshot(source.services.database);
        // An empty PostgreSQL database: no --yes needed.
        await restoreBackup(target.services.database, file, masterKey, { overwrite: false });
        expect(withoutOwnEntries(await snapshot(target.services.database))).toEqual(withoutOwnEntries(expected));
        expect((await verifyAuditTrail(target.services.database)).intact).toBe(true);
      } finally {
        await source.close();
        await target.close();
        await rm(dir, { recursive: true, force: true });
      }
    }, 120_000);
  });
