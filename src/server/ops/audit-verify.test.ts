import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "../access/actor.js";
import { runScoped } from "../access/scoped-db.js";
import { createTestServices, testDatabaseKinds } from "../testing/databases.js";
import { verifyAuditTrail } from "./audit-verify.js";

describe.each(testDatabaseKinds())("audit verify on %s", (kind) => {
  let ctx: Awaited<ReturnType<typeof createTestServices>>;
  const organisationId = randomUUID();
  const info = { requestId: "test", clientIp: null, action: "test" };

  const write = (actions: string[], reach: { organisationId: string } | "deployment") =>
    runScoped(ctx.services.database, systemActor("test", reach), info, async (db) => {
      for (const action of actions) db.audit({ action, detail: { n: actions.indexOf(action) } });
    });
  const seqsOf = async (chain: string) =>
    (
      await ctx.services.database.withConnection((c) =>
        c.query<{ seq: string }>("SELECT seq::text AS seq FROM audit_log WHERE chain LIKE $1 || ':%' ORDER BY seq", [
          chain,
        ]),
      )
    ).map((r) => r.seq);
  const chainOf = async (prefix: string) => {
    const rows = await ctx.services.database.withConnection((c) =>
      c.query<{ chain: string }>("SELECT DISTINCT chain FROM audit_log WHERE chain LIKE $1 || ':%'", [prefix]),
    );
    expect(rows).toHaveLength(1);
    return rows[0]?.chain ?? "";
  };
  const asOwner = (statement: string) => ctx.services.database.withConnection((c) => c.exec(statement));

  beforeAll(async () => {
    ctx = await createTestServices(kind);
    await write(["test.one", "test.two", "test.three"], "deployment");
    await write(["test.a", "test.b", "test.c", "test.d"], { organisationId });
  });
  afterAll(() => ctx.close());

  it("passes on an untouched trail, counting every chain", async () => {
    const result = await verifyAuditTrail(ctx.services.database);
    expect(result).toEqual({ intact: true, entries: 7, chains: 2, broken: [] });
  });

  it("names the entry whose content was changed", async () => {
    const [, second] = await seqsOf("deployment");
    await asOwner(`UPDATE audit_log SET action = 'x' WHERE seq = ${second}`);
    const result = await verifyAuditTrail(ctx.services.database);
    expect(result.intact).toBe(false);
    expect(result.broken).toEqual([{ chain: await chainOf("deployment"), seq: second, problem: "content changed" }]);
  });

  it("notices when the newest entries of a chain were removed", async () => {
    const seqs = await seqsOf(organisationId);
    const newest = seqs.at(-1);
    await asOwner(`DELETE FROM audit_log WHERE seq = ${newest}`);
    const result = await verifyAuditTrail(ctx.services.database);
    expect(result.broken).toContainEqual({
      chain: await chainOf(organisationId),
      seq: newest,
      problem: "newest entries removed",
    });
    await asOwner(
      `UPDATE audit_chain_heads SET seq = ${seqs.at(-2)}, hash = (SELECT hash FROM audit_log WHERE seq = ${seqs.at(-2)}) WHERE chain LIKE '${organisationId}:%'`,
    );
  });

  it("names the entry after one that was deleted", async () => {
    const [, second, third] = await seqsOf(organisationId);
    await asOwner(`DELETE FROM audit_log WHERE seq = ${second}`);
    const result = await verifyAuditTrail(ctx.services.database);
    expect(result.broken).toContainEqual({
      chain: await chainOf(organisationId),
      seq: third,
      problem: "link to previous entry broken",
    });
    expect(result.broken).toHaveLength(2);
    expect(result.entries).toBe(5);
  });
});
