import { copyFile, mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, testDatabaseKinds } from "../testing/databases.js";
import { MIGRATIONS_DIR, migrate } from "./migrate.js";

/** Migration 0006 moves existing blind-index rows into the person's array, kind by kind. */
describe.each(testDatabaseKinds())("search keys migration on %s", (kind) => {
  let testDb: TestDatabase;
  let before0006: string;
  beforeAll(async () => {
    testDb = await createTestDatabase(kind);
    before0006 = await mkdtemp(path.join(os.tmpdir(), "safepath-migrations-"));
    for (const file of await readdir(MIGRATIONS_DIR)) {
      if (file.endsWith(".sql") && file < "0006")
        await copyFile(path.join(MIGRATIONS_DIR, file), path.join(before0006, file));
    }
  });
  afterAll(async () => {
    await testDb.drop();
    await rm(before0006, { recursive: true, force: true });
  });

  it("keeps every key of every person, with its kind as the first letter", async () => {
    await migrate(testDb.database, before0006);
    const org = "00000000-0000-4000-8000-000000000001";
    const person = "00000000-0000-4000-8000-000000000002";
    const other = "00000000-0000-4000-8000-000000000003";
    await testDb.database.withConnection(async (c) => {
      await c.query(
        "INSERT INTO organisations (id, name, org_type, country) VALUES ($1, 'Office', 'country_office', 'UA')",
        [org],
      );
      await c.query("INSERT INTO people (organisation_id, id) VALUES ($1, $2), ($1, $3)", [org, person, other]);
      await c.query(
        `INSERT INTO person_search_keys (organisation_id, kind, key, person_id) VALUES
          ($1, 'name', 'AAA', $2), ($1, 'name_trigram', 'BBB', $2), ($1, 'phone', 'CCC', $2), ($1, 'birth_date', 'DDD', $2)`,
        [org, person],
      );
    });
    await migrate(testDb.database);
    const rows = await testDb.database.withConnection((c) =>
      c.query<{ id: string; search_keys: string[] }>("SELECT id, search_keys FROM people ORDER BY id"),
    );
    expect(rows).toEqual([
      { id: person, search_keys: ["bDDD", "nAAA", "tBBB", "hCCC"] },
      { id: other, search_keys: [] },
    ]);
  });
});
