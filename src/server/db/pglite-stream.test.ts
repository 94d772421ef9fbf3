import { once } from "node:events";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { serialize } from "pg-protocol";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PgliteSocket, pgliteClientConfig } from "./pglite-stream.js";

/** The first byte of each message in a frontend buffer: its type, as a letter. */
function messageTypes(buffer: Uint8Array): string {
  const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  let types = "";
  for (let offset = 0; offset < buffer.length; offset += 1 + view.getInt32(offset + 1)) {
    types += String.fromCharCode(buffer[offset] as number);
  }
  return types;
}

describe("PGlite reached by node-postgres as through a socket", () => {
  let pglite: PGlite;
  let client: pg.Client;
  let calls: string[] = [];

  beforeAll(async () => {
    pglite = new PGlite("memory://");
    await pglite.waitReady;
    const send = pglite.execProtocolRawStream.bind(pglite);
    // Records what reaches PGlite, one entry per call.
    pglite.execProtocolRawStream = (message, options) => {
      calls.push(message[0] === 0 ? "startup" : messageTypes(message));
      return send(message, options);
    };
    client = new pg.Client(pgliteClientConfig(pglite));
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

  it("reports notices as a server's", async () => {
    const notices: string[] = [];
    client.on("notice", (notice) => notices.push(notice.message ?? ""));
    await client.query("DO $$ BEGIN RAISE NOTICE 'from the database'; END $$");
    expect(notices).toEqual(["from the database"]);
  });

  it("gives the next client a session as fresh as a new connection's, after one ended midway", async () => {
    const left = new pg.Client(pgliteClientConfig(pglite));
    await left.connect();
    await left.query("BEGIN");
    await left.query({ name: "safepath_1", text: "INSERT INTO items VALUES ($1, $2)", values: [10, "ten"] });
    // Ended inside its transaction, with a statement prepared: PGlite's session outlives it.
    await left.end();
    const next = new pg.Client(pgliteClientConfig(pglite));
    await next.connect();
    const again = await next.query({
      name: "safepath_1",
      text: "SELECT count(*)::int AS n FROM items WHERE id = $1",
      values: [10],
    });
    await next.end();
    expect(again.rows).toEqual([{ n: 0 }]);
    // Each client's start resets the session first (a simple query), then hands PGlite the startup message.
    expect(calls).toEqual(["Q", "startup", "Q", "PBDES", "Q", "startup", "PBDES"]);
  });

  it("leaves the session and its open transaction alone when asked to cancel", async () => {
    await client.query("BEGIN");
    await client.query({ text: "INSERT INTO items VALUES ($1, $2)", values: [20, "twenty"] });
    // node-postgres cancels a query from a connection of its own, with this one message.
    const canceller = new PgliteSocket(pglite);
    const closed = once(canceller, "close");
    canceller.resume();
    canceller.write(serialize.cancel(1, 2));
    await closed;
    await client.query("COMMIT");
    expect(calls).toEqual(["Q", "PBDES", "Q"]);
    const rows = await client.query({ text: "SELECT name FROM items WHERE id = $1", values: [20] });
    expect(rows.rows).toEqual([{ name: "twenty" }]);
  });

  it("returns a result larger than PGlite's answer buffer (1 MB) whole", async () => {
    const result = await client.query({
      text: "SELECT n, repeat('x', 100) AS filler FROM generate_series(1, $1::int) AS n",
      values: [12_000],
    });
    expect(result.rows).toHaveLength(12_000);
    expect(result.rows.at(-1)).toEqual({ n: 12_000, filler: "x".repeat(100) });
    expect(calls).toEqual(["PBDES"]);
  });
});
