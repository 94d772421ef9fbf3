import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_MASTER_KEY, testDatabaseKinds } from "../testing/databases.js";
import { createDemoApp, send } from "../testing/http.js";
import { createBackup } from "./backup.js";
import { restoreBackup } from "./restore.js";

describe.each(testDatabaseKinds())("an erasure outlives a restore of an older backup (%s)", (kind) => {
  let ctx: Awaited<ReturnType<typeof createDemoApp>>;
  let dir: string;

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    dir = await mkdtemp(path.join(os.tmpdir(), "safepath-erasure-"));
  });
  afterAll(async () => {
    await ctx.testApp.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("destroys the person's key again after the backup from before the erasure is restored", async () => {
    const caseworker = await ctx.sessions.of("caseworker");
    const created = (
      await send(ctx.app, {
        method: "POST",
        url: "/api/cases",
        session: caseworker,
        payload: { person: { identity: { firstName: "Vira", secondName: "Restore" } } },
      })
    ).json() as { id: string; personId: string };
    const file = path.join(dir, "before-erasure.backup");
    await createBackup(ctx.testApp.services.database, file, Buffer.from(TEST_MASTER_KEY, "base64"));
    const erase = await send(ctx.app, {
      method: "POST",
      url: `/api/people/${created.personId}/erase`,
      session: await ctx.sessions.of("supervisor"),
      payload: { reason: "Erasure request before a restore" },
    });
    expect(erase.statusCode).toBe(200);

    await restoreBackup(ctx.testApp.services.database, file, Buffer.from(TEST_MASTER_KEY, "base64"), {
      overwrite: true,
    });
    ctx.testApp.services.keyring.clearCache();

    const db = ctx.testApp.services.database.db;
    const keys = await db
      .selectFrom("record_keys")
      .select("subject_id")
      .where("subject_id", "in", [created.personId, created.id])
      .execute();
    expect(keys).toEqual([]);
    const person = await db
      .selectFrom("people")
      .select(["identity", "erased_at"])
      .where("id", "=", created.personId)
      .executeTakeFirstOrThrow();
    expect(person.identity).toBeNull();
    expect(person.erased_at).not.toBeNull();
    expect(
      await db.selectFrom("person_search_keys").select("key").where("person_id", "=", created.personId).execute(),
    ).toEqual([]);
  });
});
