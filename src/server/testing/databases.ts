import { randomBytes } from "node:crypto";
import { mkdtemp, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { buildApp } from "../app.js";
import { openServices } from "../bootstrap.js";
import { loadConfig } from "../config.js";
import { connectDatabase, type Database, type DatabaseKind } from "../db/connect.js";
import type { Services } from "../services.js";

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL is set (CI sets it). */
export function testDatabaseKinds(): DatabaseKind[] {
  return process.env.TEST_DATABASE_URL ? ["pglite", "postgresql"] : ["pglite"];
}

export interface TestDatabase {
  database: Database;
  /** Connection string of the throw-away PostgreSQL database, for tests that start a process. */
  url: string | undefined;
  drop(): Promise<void>;
}

let snapshot: Promise<Blob> | undefined;

/** The migrated database the run's global setup prepared, if this runs under it. */
function migratedSnapshot(): Promise<Blob> | undefined {
  const file = provided("pgliteSnapshot");
  if (!file) return undefined;
  snapshot ??= readFile(file).then((bytes) => new Blob([new Uint8Array(bytes)]));
  return snapshot;
}

function provided(key: "pgliteSnapshot" | "postgresTemplate"): string | undefined {
  try {
    return inject(key) || undefined;
  } catch {
    // Outside a test run (a script): no prepared databases.
    return undefined;
  }
}

/**
 * A fresh database: in-memory PGlite, or a new PostgreSQL database dropped afterwards. Empty, or already
 * migrated (copied from the run's prepared database, which is much faster than migrating each time).
 */
export async function createTestDatabase(
  kind: DatabaseKind,
  options: { migrated?: boolean } = {},
): Promise<TestDatabase> {
  if (kind === "pglite") {
    const fromSnapshot = options.migrated ? await migratedSnapshot() : undefined;
    const database = await connectDatabase({
      kind: "pglite",
      dataDir: undefined,
      ...(fromSnapshot ? { fromSnapshot } : {}),
    });
    return { database, url: undefined, drop: () => database.close() };
  }
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error("TEST_DATABASE_URL is not set");
  const name = `safepath_test_${randomBytes(6).toString("hex")}`;
  const template = options.migrated ? provided("postgresTemplate") : undefined;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  try {
    await createDatabase(admin, template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  const database = await connectDatabase({ kind: "postgresql", url: url.toString(), poolSize: 5 });
  return {
    database,
    url: url.toString(),
    drop: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: base });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

/**
 * CREATE DATABASE, again after a moment while the template is in use: an autovacuum worker that came
 * before the global setup closed the template to connections may still be on it.
 */
async function createDatabase(admin: pg.Client, statement: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await admin.query(statement);
      return;
    } catch (error) {
      const inUse = (error as { code?: string }).code === "55006";
      if (!inUse || attempt === 10) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}

export const TEST_MASTER_KEY = randomBytes(32).toString("base64");

/** Migrated database plus services with a random master key, ready for an app or a service call. */
export async function createTestServices(kind: DatabaseKind, env: Record<string, string> = {}) {
  const testDb = await createTestDatabase(kind, { migrated: true });
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "safepath-test-"));
  const config = loadConfig({
    NODE_ENV: "test",
    SAFEPATH_DATA_DIR: dataDir,
    SAFEPATH_MASTER_KEY: TEST_MASTER_KEY,
    SAFEPATH_LOG_LEVEL: process.env.SAFEPATH_TEST_LOG ? "error" : "silent",
    ...(testDb.url ? { DATABASE_URL: testDb.url } : {}),
    ...env,
  });
  const { services } = await openServices(config, testDb.database);
  return { services, dataDir, testDb, close: () => testDb.drop() };
}

export async function createTestApp(kind: DatabaseKind, env: Record<string, string> = {}) {
  const context = await createTestServices(kind, env);
  // SAFEPATH_TEST_LOG=1 shows the server's log (e.g. the cause of a 500) while debugging a test.
  const app = await buildApp(context.services, {
    ...(process.env.SAFEPATH_TEST_LOG ? {} : { logger: false }),
    web: false,
  });
  await app.ready();
  return {
    ...context,
    app,
    close: async () => {
      await app.close();
      await context.close();
    },
  };
}

export type TestServices = Services;
