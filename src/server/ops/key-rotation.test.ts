import { randomBytes } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "../access/actor.js";
import { runScoped } from "../access/scoped-db.js";
import { openServices } from "../bootstrap.js";
import { loadConfig } from "../config.js";
import { DecryptionError, Keyring } from "../crypto/keyring.js";
import { MasterKeyError } from "../crypto/master-key.js";
import { createOrganisation } from "../modules/organisations/organisations.service.js";
import { createUser } from "../modules/users/users.service.js";
import { createTestServices, TEST_MASTER_KEY, testDatabaseKinds } from "../testing/databases.js";
import { verifyAuditTrail } from "./audit-verify.js";
import { activateStagedKeyFile, stageKeyFile } from "./key-file.js";
import { rotateDataKeys, rotateMasterKey } from "./key-rotation.js";

const SECRET = "JBSWY3DPEHPK3PXP";
const info = { requestId: "test", clientIp: null, action: "test" };

describe.each(testDatabaseKinds())("key rotation on %s", (kind) => {
  let ctx: Awaited<ReturnType<typeof createTestServices>>;
  let organisationId: string;
  let userId: string;

  const inOrg = <T>(
    keyring: Keyring,
    fn: (db: Parameters<Parameters<typeof runScoped<T>>[3]>[0], k: Keyring) => Promise<T>,
  ) => runScoped(ctx.services.database, systemActor("test", { organisationId }), info, (db) => fn(db, keyring));
  const storedSecret = async () =>
    (
      await ctx.services.database.db
        .selectFrom("users")
        .select("mfa_secret")
        .where("id", "=", userId)
        .executeTakeFirstOrThrow()
    ).mfa_secret ?? "";
  const context = () => `users.mfa_secret:${userId}`;

  beforeAll(async () => {
    ctx = await createTestServices(kind);
    const { keyring } = ctx.services;
    ({ organisationId, userId } = await runScoped(
      ctx.services.database,
      systemActor("test", "deployment"),
      info,
      async (db) => {
        const org = await createOrganisation(db, keyring, { name: "Rotation Org", type: "NGO", country: "UA" });
        const created = await createUser(db, {
          organisationId: org.id,
          email: "rotation@example.org",
          displayName: "Rotation User",
          roles: ["caseworker"],
        });
        return { organisationId: org.id, userId: created.user.id };
      },
    ));
    // Enrol a second factor the way the MFA service stores it: sealed with the organisation's data key.
    await inOrg(keyring, async (db, k) => {
      const sealed = await k.encryptField(db, context(), SECRET);
      await db.updateTable("users").set({ mfa_secret: sealed }).where("id", "=", userId).execute();
    });
  });
  afterAll(() => ctx.close());

  it("re-encrypts every value under a new data key version", async () => {
    expect(await storedSecret()).toMatch(/^sp1\.1\./);
    const results = await rotateDataKeys(ctx.services.database, ctx.services.keyring);
    expect(results).toEqual([{ organisationId, version: 2, reencrypted: 1 }]);
    const stored = await storedSecret();
    expect(stored).toMatch(/^sp1\.2\./);
    expect(
      await inOrg(new Keyring(Buffer.from(TEST_MASTER_KEY, "base64")), (db, k) =>
        k.decryptField(db, context(), stored),
      ),
    ).toBe(SECRET);
    // The service's own keyring (cache cleared by the rotation) encrypts new values with version 2 too.
    expect(await inOrg(ctx.services.keyring, (db, k) => k.encryptField(db, "x", "y"))).toMatch(/^sp1\.2\./);
    const entries = await ctx.services.database.db
      .selectFrom("audit_log")
      .select(["organisation_id", "detail"])
      .where("action", "=", "system.rotate_keys")
      .execute();
    expect(entries).toEqual([
      { organisation_id: organisationId, detail: { mode: "data", version: 2, reencrypted: 1 } },
    ]);
  });

  it("replaces the master key: only the new one opens the organisation keys and the database", async () => {
    const oldKey = Buffer.from(TEST_MASTER_KEY, "base64");
    const newKey = randomBytes(32);
    const { rewrapped } = await rotateMasterKey(ctx.services.database, oldKey, newKey);
    expect(rewrapped).toBe(3); // data v1, data v2, index v1

    const rows = await ctx.services.database.db.selectFrom("organisation_keys").selectAll().execute();
    for (const row of rows) {
      expect(() => new Keyring(oldKey).unwrap(row.organisation_id, row.purpose, row.version, row.wrapped_key)).toThrow(
        DecryptionError,
      );
      expect(new Keyring(newKey).unwrap(row.organisation_id, row.purpose, row.version, row.wrapped_key)).toHaveLength(
        32,
      );
    }
    const stored = await storedSecret();
    await expect(inOrg(new Keyring(oldKey), (db, k) => k.decryptField(db, context(), stored))).rejects.toBeInstanceOf(
      DecryptionError,
    );
    expect(await inOrg(new Keyring(newKey), (db, k) => k.decryptField(db, context(), stored))).toBe(SECRET);

    const configWith = (key: Buffer) =>
      loadConfig({
        NODE_ENV: "test",
        SAFEPATH_DATA_DIR: ctx.dataDir,
        SAFEPATH_MASTER_KEY: key.toString("base64"),
        ...(ctx.testDb.url ? { DATABASE_URL: ctx.testDb.url } : {}),
      });
    await expect(openServices(configWith(oldKey), ctx.services.database)).rejects.toBeInstanceOf(MasterKeyError);
    const reopened = await openServices(configWith(newKey), ctx.services.database);
    expect(reopened.masterKey.key.equals(newKey)).toBe(true);
    expect((await verifyAuditTrail(ctx.services.database)).intact).toBe(true);
  });

  it("changes nothing when the key given as current is not the database's", async () => {
    const before = await ctx.services.database.db
      .selectFrom("organisation_keys")
      .select("wrapped_key")
      .orderBy("version")
      .execute();
    await expect(rotateMasterKey(ctx.services.database, randomBytes(32), randomBytes(32))).rejects.toBeInstanceOf(
      MasterKeyError,
    );
    expect(
      await ctx.services.database.db.selectFrom("organisation_keys").select("wrapped_key").orderBy("version").execute(),
    ).toEqual(before);
  });
});

describe("master key file swap", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "safepath-keyfile-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("keeps the old key beside the new one and refuses a leftover staged key", async () => {
    const file = path.join(dir, "master.key");
    await writeFile(file, "old\n", { mode: 0o600 });
    await stageKeyFile(file, "new");
    expect(await readFile(file, "utf8")).toBe("old\n");
    const old = await activateStagedKeyFile(file, new Date("2026-01-02T03:04:05.678Z"));
    expect(path.basename(old)).toBe("master.key.old-2026-01-02T03-04-05-678Z");
    expect(await readFile(file, "utf8")).toBe("new\n");
    expect(await readFile(old, "utf8")).toBe("old\n");
    expect((await readdir(dir)).sort()).toEqual(["master.key", "master.key.old-2026-01-02T03-04-05-678Z"]);
    await writeFile(`${file}.new`, "left over\n");
    await expect(stageKeyFile(file, "newer")).rejects.toThrow(/exists from an earlier rotation/);
    expect(await readFile(`${file}.new`, "utf8")).toBe("left over\n");
  });
});
