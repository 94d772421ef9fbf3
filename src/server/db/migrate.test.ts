import { readdir } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, testDatabaseKinds } from "../testing/databases.js";
import { MIGRATIONS_DIR, migrate } from "./migrate.js";

describe.each(testDatabaseKinds())("migrations on %s", (kind) => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await createTestDatabase(kind);
  });
  afterAll(() => testDb.drop());

  it("apply every file once, even when two runs start together", async () => {
    const files = (await readdir(MIGRATIONS_DIR)).filter((f) => f.endsWith(".sql"));
    const [a, b] = await Promise.all([migrate(testDb.database), migrate(testDb.database)]);
    expect([...a.applied, ...b.applied].sort()).toEqual(files.sort());
    const again = await migrate(testDb.database);
    expect(again.applied).toEqual([]);
  });

  it("leave an application role that row-level security applies to", async () => {
    const rows = await testDb.database.withConnection((c) =>
      c.query<{ rolsuper: boolean; rolbypassrls: boolean }>(
        "SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = 'safepath_app'",
      ),
    );
    expect(rows).toEqual([{ rolsuper: false, rolbypassrls: false }]);
  });
});
