// Run as a child process by pglite-durability.test.ts: commits rows into an embedded database one
// transaction at a time, says how many after each, and keeps going until it is killed.
import { sql } from "kysely";
import { connectDatabase } from "./connect.js";

const dataDir = process.argv[2];
const database = await connectDatabase({ kind: "pglite", dataDir });
await sql`CREATE TABLE IF NOT EXISTS crash_probe (n integer PRIMARY KEY, padding text NOT NULL)`.execute(database.db);
// Enough rows per transaction to dirty many pages, so that killing the process catches some half-done work.
for (let n = 0; ; n += 200) {
  await database.db.transaction().execute(async (tx) => {
    await sql`INSERT INTO crash_probe SELECT g, repeat(md5(g::text), 20) FROM generate_series(${n}::int, ${n + 199}::int) AS g`.execute(
      tx,
    );
  });
  process.stdout.write(`${n + 200}\n`);
}
