import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "../db/connect.js";
import type { Services } from "../services.js";
import { createTestDatabase, type TestDatabase } from "../testing/databases.js";
import { BLIND_INDEX_WALK, schedulePgliteUpkeep, WALK_SETTINGS, warmBlindIndex } from "./maintenance.js";

function fakeServices(kind: "pglite" | "postgresql") {
  const exec = vi.fn(async () => undefined);
  const services = {
    database: { kind, withConnection: async (fn: (c: { exec: typeof exec }) => Promise<unknown>) => fn({ exec }) },
  } as unknown as Services;
  return { services, exec };
}

describe("schedulePgliteUpkeep", () => {
  afterEach(() => vi.useRealTimers());

  it("vacuums and analyses PGlite every six hours until stopped", async () => {
    vi.useFakeTimers();
    const { services, exec } = fakeServices("pglite");
    const stop = schedulePgliteUpkeep(services, () => undefined);
    await vi.advanceTimersByTimeAsync(6 * 60 * 60 * 1000);
    expect(exec).toHaveBeenCalledWith("VACUUM (ANALYZE)");
    stop();
    await vi.advanceTimersByTimeAsync(12 * 60 * 60 * 1000);
    expect(exec).toHaveBeenCalledTimes(1);
  });

  it("leaves PostgreSQL to its autovacuum", async () => {
    vi.useFakeTimers();
    const { services, exec } = fakeServices("postgresql");
    schedulePgliteUpkeep(services, () => undefined);
    await vi.advanceTimersByTimeAsync(24 * 60 * 60 * 1000);
    expect(exec).not.toHaveBeenCalled();
  });
});

describe("warmBlindIndex", () => {
  let testDb: TestDatabase;

  beforeAll(async () => {
    testDb = await createTestDatabase("pglite", { migrated: true });
    // Enough entries over several pages, with statistics, for the planner to weigh its choices.
    const organisation = randomUUID();
    await testDb.database.withConnection(async (connection) => {
      await connection.query(
        `INSERT INTO person_search_keys (organisation_id, kind, key, person_id)
         SELECT $1::uuid, 'name', (random() * 9e18)::bigint, gen_random_uuid() FROM generate_series(1, 5000)`,
        [organisation],
      );
      await connection.exec("ANALYZE person_search_keys");
    });
  });
  afterAll(() => testDb.drop());

  /** The plan of the walk where the planner's costs make reading the table and sorting look cheaper. */
  const planWhereScansLookCheap = (settings: string) =>
    testDb.database.withConnection(async (connection) => {
      await connection.exec(`BEGIN; SET LOCAL random_page_cost = 1000; ${settings}`);
      const rows = await connection.query<{ "QUERY PLAN": string }>(`EXPLAIN ${BLIND_INDEX_WALK}`);
      await connection.exec("COMMIT");
      return rows.map((row) => row["QUERY PLAN"]).join("\n");
    });

  it("walks the blind index alone, in its order, even where the planner would rather scan and sort", async () => {
    expect(await planWhereScansLookCheap("")).toMatch(/Seq Scan/);
    const plan = await planWhereScansLookCheap(WALK_SETTINGS);
    expect(plan).toContain("Index Only Scan using person_search_keys_pkey");
    expect(plan).not.toMatch(/Seq Scan|Sort|Bitmap/);
  });

  it("reads an embedded database's blind index when it fits the cache", async () => {
    const outcome = await warmBlindIndex(testDb.database);
    expect(outcome).toMatchObject({ warmed: true });
    expect(outcome.warmed && outcome.bytes).toBeGreaterThan(8192);
  });

  it("leaves an index larger than its share of the cache alone", async () => {
    expect(await warmBlindIndex(testDb.database, 0)).toEqual({ warmed: false, reason: "too_large" });
  });

  it("leaves a PostgreSQL server's cache to the server", async () => {
    const withConnection = vi.fn();
    const server = { kind: "postgresql", withConnection } as unknown as Database;
    expect(await warmBlindIndex(server)).toEqual({ warmed: false, reason: "server" });
    expect(withConnection).not.toHaveBeenCalled();
  });
});
