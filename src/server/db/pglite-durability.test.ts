import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { connectDatabase } from "./connect.js";

const FIXTURE = fileURLToPath(new URL("./pglite-crash.fixture.ts", import.meta.url));

/** Starts the fixture, lets it commit until `rows` are reported, kills it hard, and answers the last count. */
function commitThenKill(dataDir: string, rows: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", FIXTURE, dataDir], { stdio: ["ignore", "pipe", "pipe"] });
    let reported = 0;
    let errors = "";
    child.stderr.on("data", (chunk: Buffer) => {
      errors += chunk.toString();
    });
    child.stdout.on("data", (chunk: Buffer) => {
      const counts = chunk.toString().trim().split("\n").map(Number);
      reported = Math.max(reported, ...counts);
      if (reported >= rows) child.kill("SIGKILL");
    });
    child.on("exit", (_code, signal) =>
      signal === "SIGKILL" ? resolve(reported) : reject(new Error(`fixture ended without being killed: ${errors}`)),
    );
  });
}

describe("the embedded database after its process is killed", () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it("runs without full-page images, and starts again with every committed row", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "safepath-crash-"));
    dirs.push(dataDir);
    const committed = await commitThenKill(dataDir, 6000);

    const database = await connectDatabase({ kind: "pglite", dataDir });
    try {
      const setting = await sql<{ full_page_writes: string }>`SHOW full_page_writes`.execute(database.db);
      expect(setting.rows[0]?.full_page_writes).toBe("off");
      const counted = await sql<{ n: string; bad: string }>`
        SELECT count(*) AS n, count(*) FILTER (WHERE padding <> repeat(md5(n::text), 20)) AS bad FROM crash_probe
      `.execute(database.db);
      // Everything reported as committed is there and intact; a transaction cut short is not there at all.
      expect(Number(counted.rows[0]?.n)).toBeGreaterThanOrEqual(committed);
      expect(Number(counted.rows[0]?.n) % 200).toBe(0);
      expect(counted.rows[0]?.bad).toBe("0");
      const check = await sql<{ ok: boolean }>`SELECT count(*) = count(DISTINCT n) AS ok FROM crash_probe`.execute(
        database.db,
      );
      expect(check.rows[0]?.ok).toBe(true);
    } finally {
      await database.close();
    }
  }, 120_000);
});
