import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { connectDatabase, snapshotPglite } from "../db/connect.js";
import { migrate } from "../db/migrate.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** A file holding a migrated, empty PGlite database, to start each test's database from. */
    pgliteSnapshot: string;
    /** A migrated, empty PostgreSQL database to copy (CREATE DATABASE … TEMPLATE), or "" without PostgreSQL. */
    postgresTemplate: string;
  }
}

/**
 * Migrates once per run, not once per test file: starting PGlite from a dump of a migrated database skips
 * its initdb and the migrations (about 2.5 s each time), and PostgreSQL copies a migrated template.
 * The migrations' own test still starts from an empty database.
 */
export default async function setup(project: TestProject) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "safepath-test-snapshot-"));
  const pglite = await connectDatabase({ kind: "pglite", dataDir: undefined });
  await migrate(pglite);
  const snapshot = path.join(dir, "migrated.tar");
  await writeFile(snapshot, Buffer.from(await (await snapshotPglite(pglite)).arrayBuffer()));
  await pglite.close();
  project.provide("pgliteSnapshot", snapshot);

  const base = process.env.TEST_DATABASE_URL;
  let template = "";
  if (base) {
    template = `safepath_template_${randomBytes(6).toString("hex")}`;
    await adminQuery(base, `CREATE DATABASE ${template}`);
    const url = new URL(base);
    url.pathname = `/${template}`;
    const database = await connectDatabase({ kind: "postgresql", url: url.toString(), poolSize: 1 });
    await migrate(database);
    await database.close();
    // Copying a database fails while anyone is connected to it, and autovacuum comes to analyse a freshly
    // migrated one: from now on nobody connects to the template.
    await adminQuery(base, `ALTER DATABASE ${template} WITH ALLOW_CONNECTIONS false`);
  }
  project.provide("postgresTemplate", template);

  return async () => {
    await rm(dir, { recursive: true, force: true });
    if (base && template) await adminQuery(base, `DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  };
}

async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
