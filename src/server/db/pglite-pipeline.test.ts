import { PGlite } from "@electric-sql/pglite";
import { createPgConfig } from "@electric-sql/pglite/node-postgres";
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { pipelinedProtocol } from "./pglite-pipeline.js";

/** The first byte of each message in a frontend buffer: its type, as a letter. */
function messageTypes(buffer: Uint8Array): string {
  const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  let types = "";
  for (let offset = 0; offset < buffer.length; offset += 1 + view.getInt32(offset + 1)) {
    types += String.fromCharCode(buffer[offset] as number);
  }
  return types;
}

describe("PGlite with a statement's protocol messages sent together", () => {
  let pglite: PGlite;
  let client: pg.Client;
  let calls: string[] = [];

  beforeAll(async () => {
    pglite = new PGlite("memory://");
    await pglite.waitReady;
    const send = pglite.execProtocolStream.bind(pglite);
    // Records what reaches PGlite, one entry per call.
    pglite.execProtocolStream = (message, options) => {
      calls.push(messageTypes(message));
      return send(message, options);
    };
    client = new pg.Client(createPgConfig(pipelinedProtocol(pglite) as PGlite));
    await client.connect();
    await client.query("CREATE TABLE items (id int PRIMARY KEY, name text NOT NULL)");
  });

  beforeEach(() => {
    calls = [];
  });

  afterAll(async () => {
    await client.end();
    await pglite.close();
  });

  it("hands a statement with parameters to PGlite in one call, and a prepared one without its parse", async () => {
    const first = await client.query({ name: "by_id", text: "SELECT $1::int + 1 AS n", values: [41] });
    const again = await client.query({ name: "by_id", text: "SELECT $1::int + 1 AS n", values: [1] });
    expect(first.rows).toEqual([{ n: 42 }]);
    expect(again.rows).toEqual([{ n: 2 }]);
    expect(calls).toEqual(["PBDES", "BDES"]);
  });

  it("sends a simple query as it is", async () => {
    const result = await client.query("SELECT 'a' AS letter; SELECT 'b' AS letter");
    expect((result as unknown as pg.QueryResult[]).map((r) => r.rows[0].letter)).toEqual(["a", "b"]);
    expect(calls).toEqual(["Q"]);
  });

  it("reports an error of any step and answers the next statement", async () => {
    await expect(client.query({ text: "SELEC $1::int", values: [1] })).rejects.toThrow(/syntax error/);
    await expect(client.query({ text: "SELECT $1::int", values: ["not a number"] })).rejects.toThrow(
      /invalid input syntax for type integer/,
    );
    await client.query({ text: "INSERT INTO items VALUES ($1, $2)", values: [1, "one"] });
    await expect(client.query({ text: "INSERT INTO items VALUES ($1, $2)", values: [1, "again"] })).rejects.toThrow(
      /duplicate key/,
    );
    const rows = await client.query({ text: "SELECT name FROM items WHERE id = $1", values: [1] });
    expect(rows.rows).toEqual([{ name: "one" }]);
  });

  it("keeps a transaction's statements in order and rolls back what failed", async () => {
    await client.query("BEGIN");
    await client.query({ text: "INSERT INTO items VALUES ($1, $2)", values: [2, "two"] });
    await expect(client.query({ text: "INSERT INTO items VALUES ($1, $2)", values: [3, null] })).rejects.toThrow(
      /null value/,
    );
    await expect(client.query("COMMIT")).resolves.toMatchObject({ command: "ROLLBACK" });
    const rows = await client.query({ text: "SELECT count(*)::int AS n FROM items WHERE id >= $1", values: [2] });
    expect(rows.rows).toEqual([{ n: 0 }]);
  });

  it("returns a result larger than PGlite's answer buffer whole", async () => {
    const result = await client.query({
      text: "SELECT n, repeat('x', 100) AS filler FROM generate_series(1, $1::int) AS n",
      values: [5_000],
    });
    expect(result.rows).toHaveLength(5_000);
    expect(result.rows.at(-1)).toEqual({ n: 5_000, filler: "x".repeat(100) });
    expect(calls).toEqual(["PBDES"]);
  });
});
