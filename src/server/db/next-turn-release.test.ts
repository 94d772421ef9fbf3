import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ClientSource, releasingOnNextTurn } from "./next-turn-release.js";
import { pgliteClientConfig } from "./pglite-stream.js";

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("connections released at the next turn (PGlite)", () => {
  let pglite: PGlite;
  let pool: ClientSource;

  beforeAll(async () => {
    pglite = new PGlite("memory://");
    await pglite.waitReady;
    pool = releasingOnNextTurn(new pg.Pool({ ...pgliteClientConfig(pglite), max: 1, idleTimeoutMillis: 0 }));
  });

  afterAll(async () => {
    await pool.end();
    await pglite.close();
  });

  it("serves work that arrived while the connection was held before the next holder", async () => {
    const events: string[] = [];
    const held = await pool.connect();
    await held.query("SELECT 1");
    // Stands for a request read meanwhile: it must get its turn before the holder's next statement.
    setImmediate(() => events.push("request read meanwhile"));
    held.release();
    const next = await pool.connect();
    events.push("connected again");
    const { rows } = await next.query<{ n: number }>("SELECT 2 AS n");
    next.release();
    expect(events).toEqual(["request read meanwhile", "connected again"]);
    expect(rows[0]?.n).toBe(2);
  });

  it("hands the connection to one waiter at a time, in the order they asked", async () => {
    let holding = 0;
    let most = 0;
    const order: number[] = [];
    const use = async (n: number) => {
      const client = await pool.connect();
      holding += 1;
      most = Math.max(most, holding);
      order.push(n);
      await client.query("SELECT pg_sleep(0.001)");
      await nextTurn();
      holding -= 1;
      client.release();
    };
    await Promise.all([1, 2, 3, 4].map(use));
    expect(most).toBe(1);
    expect(order).toEqual([1, 2, 3, 4]);
  });

  it("refuses a second release at once, and frees the connection once", async () => {
    const client = await pool.connect();
    client.release();
    expect(() => client.release()).toThrow("already been released");
    const again = await pool.connect();
    const { rows } = await again.query<{ ok: boolean }>("SELECT true AS ok");
    again.release();
    expect(rows[0]?.ok).toBe(true);
  });
});
