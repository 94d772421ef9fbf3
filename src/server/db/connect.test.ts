import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { connectDatabase } from "./connect.js";

async function pageCacheOf(cacheMb: number | undefined): Promise<string | undefined> {
  const database = await connectDatabase({ kind: "pglite", dataDir: undefined, cacheMb });
  try {
    const shown = await sql<{ shared_buffers: string }>`SHOW shared_buffers`.execute(database.db);
    return shown.rows[0]?.shared_buffers;
  } finally {
    await database.close();
  }
}

describe("the embedded database", () => {
  it("gets the page cache it is given, and PostgreSQL's default without one", async () => {
    expect(await pageCacheOf(48)).toBe("48MB");
    expect(await pageCacheOf(undefined)).toBe("128MB");
  });
});
