import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "../access/actor.js";
import { runScoped } from "../access/scoped-db.js";
import { createOrganisation } from "../modules/organisations/organisations.service.js";
import { createTestServices, testDatabaseKinds } from "../testing/databases.js";
import { Keyring } from "./keyring.js";

describe.each(testDatabaseKinds())("field encryption and blind indexes on %s", (kind) => {
  let ctx: Awaited<ReturnType<typeof createTestServices>>;
  let orgA: string;
  let orgB: string;
  const info = { requestId: "test", clientIp: null, action: "test" };

  beforeAll(async () => {
    ctx = await createTestServices(kind);
    [orgA, orgB] = await runScoped(ctx.services.database, systemActor("test", "deployment"), info, async (db) => [
      (await createOrganisation(db, ctx.services.keyring, { name: "Org A", type: "NGO", country: "UA" })).id,
      (await createOrganisation(db, ctx.services.keyring, { name: "Org B", type: "NGO", country: "PL" })).id,
    ]);
  });
  afterAll(() => ctx.close());

  const inOrg = <T>(
    organisationId: string,
    fn: (db: Parameters<Parameters<typeof runScoped<T>>[3]>[0]) => Promise<T>,
  ) => runScoped(ctx.services.database, systemActor("test", { organisationId }), info, fn);

  it("round-trips a value and never stores the plaintext", async () => {
    const { keyring } = ctx.services;
    const sealed = await inOrg(orgA, (db) => keyring.encryptField(db, "person.name:1", "Олена Коваленко"));
    expect(sealed).toMatch(/^sp1\.1\./);
    expect(sealed).not.toContain("Олена");
    expect(await inOrg(orgA, (db) => keyring.decryptField(db, "person.name:1", sealed))).toBe("Олена Коваленко");
  });

  it("binds a value to its organisation, field and record", async () => {
    const { keyring } = ctx.services;
    const sealed = await inOrg(orgA, (db) => keyring.encryptField(db, "person.name:1", "secret"));
    await expect(inOrg(orgA, (db) => keyring.decryptField(db, "person.name:2", sealed))).rejects.toThrow(
      /could not be decrypted/,
    );
    // Organisation B's handle only ever reaches B's keys, cached or not.
    await expect(inOrg(orgB, (db) => keyring.decryptField(db, "person.name:1", sealed))).rejects.toThrow(
      /could not be decrypted/,
    );
    // And B's transaction cannot read A's wrapped key even when asked for it by name: RLS hides the row.
    await expect(
      inOrg(orgB, (db) =>
        new Keyring(randomBytes(32)).decryptField({ tx: db.tx, organisationId: orgA }, "person.name:1", sealed),
      ),
    ).rejects.toThrow(/could not be decrypted/);
  });

  it("detects a changed byte", async () => {
    const { keyring } = ctx.services;
    const sealed = await inOrg(orgA, (db) => keyring.encryptField(db, "note:1", "text"));
    const body = Buffer.from(sealed.split(".")[2] ?? "", "base64url");
    body[body.length - 1] = (body[body.length - 1] ?? 0) ^ 1;
    const tampered = `sp1.1.${body.toString("base64url")}`;
    await expect(inOrg(orgA, (db) => keyring.decryptField(db, "note:1", tampered))).rejects.toThrow(
      /could not be decrypted/,
    );
  });

  it("gives equal blind indexes for equal values, different ones across organisations", async () => {
    const { keyring } = ctx.services;
    const a1 = await inOrg(orgA, (db) => keyring.blindIndex(db, "phone", "+380441234567"));
    const a2 = await inOrg(orgA, (db) => keyring.blindIndex(db, "phone", "+380441234567"));
    const b = await inOrg(orgB, (db) => keyring.blindIndex(db, "phone", "+380441234567"));
    expect(a1).toBe(a2);
    expect(a1).not.toBe(b);
    expect(a1).not.toContain("380441234567");
  });

  it("cannot unwrap organisation keys with another master key", async () => {
    const stranger = new Keyring(randomBytes(32));
    await expect(inOrg(orgA, (db) => stranger.encryptField(db, "x", "y"))).rejects.toThrow(/could not be decrypted/);
  });
});
