import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "../db/migrate.js";
import { createTestDatabase, type TestDatabase, testDatabaseKinds } from "../testing/databases.js";
import { type Actor, userActor } from "./actor.js";
import { inActorTransaction } from "./actor-transaction.js";

describe.each(testDatabaseKinds())("a transaction as an actor on %s", (kind) => {
  let testDb: TestDatabase;
  const actor = userActor({
    userId: randomUUID(),
    organisationId: randomUUID(),
    teamId: null,
    roles: ["caseworker"],
    via: "session",
    locale: "en",
  });

  beforeAll(async () => {
    testDb = await createTestDatabase(kind);
    await migrate(testDb.database);
  });
  afterAll(() => testDb.drop());

  const settings = (tx: Parameters<Parameters<typeof inActorTransaction>[2]>[0]) =>
    sql<{ role: string; organisation: string; scope: string }>`SELECT current_user AS role,
      current_setting('app.organisation_id', true) AS organisation,
      current_setting('app.record_scope', true) AS scope`.execute(tx);

  it("runs as the application role with the actor's settings, which end with the transaction", async () => {
    const inside = await inActorTransaction(testDb.database, actor, async (tx) => (await settings(tx)).rows[0]);
    expect(inside).toEqual({ role: "safepath_app", organisation: actor.organisationId, scope: "team" });
    const after = await testDb.database.withConnection((c) =>
      c.query<{ organisation: string | null }>("SELECT current_setting('app.organisation_id', true) AS organisation"),
    );
    expect([null, ""]).toContain(after[0]?.organisation ?? null);
  });

  it("rolls everything back when the work fails", async () => {
    const key = `rollback-${randomUUID()}`;
    await expect(
      inActorTransaction(testDb.database, actor, async (tx) => {
        await sql`SELECT set_config('app.unused', 'x', true)`.execute(tx);
        await sql`SELECT audit_append(NULL, 'test', ${actor.organisationId}::uuid, ${key}, NULL, NULL, NULL, 'allowed', NULL, NULL, NULL, NULL)`.execute(
          tx,
        );
        throw new Error("work failed");
      }),
    ).rejects.toThrow("work failed");
    const rows = await testDb.database.withConnection((c) =>
      c.query("SELECT 1 FROM audit_log WHERE action = $1", [key]),
    );
    expect(rows).toEqual([]);
  });

  it("refuses an actor whose identifiers are not identifiers", async () => {
    const forged: Actor = { ...actor, organisationId: "x', true); DROP TABLE users; --" };
    await expect(inActorTransaction(testDb.database, forged, async () => "ran")).rejects.toThrow();
    const users = await testDb.database.withConnection((c) => c.query("SELECT count(*) FROM users"));
    expect(users).toHaveLength(1);
  });
});
