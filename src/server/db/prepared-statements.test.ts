import { type Kysely, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, testDatabaseKinds } from "../testing/databases.js";
import type { Schema } from "./schema.js";

// The statements the application keeps prepared on one connection (connect.ts).
const CAPACITY = 200;

async function prepared(conn: Kysely<Schema>, pattern: string): Promise<string[]> {
  const rows = await sql<{ statement: string }>`
    SELECT statement FROM pg_prepared_statements WHERE statement LIKE ${pattern}`.execute(conn);
  return rows.rows.map((row) => row.statement);
}

describe.each(testDatabaseKinds())("prepared statements on %s", (kind) => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await createTestDatabase(kind);
  });
  afterAll(() => testDb.drop());

  it("prepare a statement once per connection and run it with each call's values", async () => {
    await testDb.database.db.connection().execute(async (conn) => {
      const answers: number[] = [];
      for (const value of [1, 2, 3]) {
        const result = await sql<{ n: number }>`SELECT ${value}::int * 2 AS n /* once */`.execute(conn);
        answers.push(result.rows[0]?.n ?? -1);
      }
      expect(answers).toEqual([2, 4, 6]);
      expect(await prepared(conn, "%/* once */%")).toHaveLength(1);
    });
  });

  it(`keep at most ${CAPACITY} on a connection and run a dropped one again correctly`, async () => {
    await testDb.database.db.connection().execute(async (conn) => {
      const run = async (i: number) =>
        (await sql<{ n: number }>`SELECT ${i}::int + ${sql.raw(String(i))} AS n /* many */`.execute(conn)).rows[0]?.n;
      for (let i = 0; i < CAPACITY + 50; i++) expect(await run(i)).toBe(2 * i);
      const kept = await prepared(conn, "%/* many */%");
      expect(kept.length).toBeLessThanOrEqual(CAPACITY);
      expect(kept.length).toBeGreaterThan(CAPACITY - 60);
      // The first ones were dropped, least recently used first; they are prepared again when asked.
      for (let i = 0; i < 10; i++) expect(await run(i)).toBe(2 * i);
    });
  });

  it("leave the connection usable after a statement fails, and fail the same way again", async () => {
    await testDb.database.db.connection().execute(async (conn) => {
      const divide = (by: number) => sql<{ n: number }>`SELECT 10 / ${by}::int AS n`.execute(conn);
      await expect(divide(0)).rejects.toMatchObject({ code: "22012" });
      expect((await divide(2)).rows).toEqual([{ n: 5 }]);
      const broken = () => sql`SELECT ${1}::int FROM no_such_table_here`.execute(conn);
      await expect(broken()).rejects.toMatchObject({ code: "42P01" });
      await expect(broken()).rejects.toMatchObject({ code: "42P01" });
    });
  });

  it("prepare a SELECT * again after a column is added to its table", async () => {
    await testDb.database.db.connection().execute(async (conn) => {
      await sql`CREATE TABLE prepared_probe (a int)`.execute(conn);
      await sql`INSERT INTO prepared_probe VALUES (1)`.execute(conn);
      const read = () => sql`SELECT * FROM prepared_probe WHERE a = ${1}`.execute(conn);
      expect((await read()).rows).toEqual([{ a: 1 }]);
      await sql`ALTER TABLE prepared_probe ADD COLUMN b text DEFAULT 'x'`.execute(conn);
      // PostgreSQL refuses the old plan once; the statement is then prepared afresh.
      await expect(read()).rejects.toMatchObject({ code: "0A000" });
      expect((await read()).rows).toEqual([{ a: 1, b: "x" }]);
    });
  });
});
