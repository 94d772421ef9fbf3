import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../testing/databases.js";
import { createDemoApp, errorOf, send, type TestSession } from "../../testing/http.js";

describe.each(testDatabaseKinds())("audit trail over HTTP on %s", (kind) => {
  let ctx: Awaited<ReturnType<typeof createDemoApp>>;
  let auditor: TestSession;

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    auditor = await ctx.sessions.of("auditor");
    // Something to find: the organisation administrator lists users.
    await send(ctx.app, { method: "GET", url: "/api/users", session: await ctx.sessions.of("organisation_admin") });
  });
  afterAll(() => ctx.testApp.close());

  const list = async (query: string) => {
    const response = await send(ctx.app, { method: "GET", url: `/api/audit?${query}`, session: auditor });
    expect(response.statusCode).toBe(200);
    return response.json() as {
      items: {
        seq: string;
        action: string;
        actorName: string | null;
        organisationId: string | null;
        outcome: string;
      }[];
      nextCursor: string | null;
    };
  };

  it("names the acting user and shows only the auditor's organisation", async () => {
    const { items } = await list("action=user.list&limit=200");
    const admin = ctx.demo.accountOf("organisation_admin");
    expect(items.length).toBeGreaterThan(0);
    expect(items[0]?.actorName).toBe("Anna Nowak");
    expect(admin.organisation).toBe("Safe Passage Country Office");
    const all = await list("limit=200");
    expect(new Set(all.items.map((e) => e.organisationId))).toEqual(new Set([ctx.demo.mainOrganisationId]));
  });

  it("pages newest first with a keyset cursor", async () => {
    const first = await list("limit=2");
    expect(first.items).toHaveLength(2);
    const [a, b] = first.items.map((e) => BigInt(e.seq));
    expect(a && b && a > b).toBe(true);
    const second = await list(`limit=2&cursor=${first.nextCursor}`);
    expect(BigInt(second.items[0]?.seq ?? "0")).toBeLessThan(b ?? 0n);
  });

  it("exports CSV only with a reason, and audits the export with it", async () => {
    const missing = await send(ctx.app, { method: "GET", url: "/api/audit/export.csv", session: auditor });
    expect([missing.statusCode, errorOf(missing).fields?.[0]?.field]).toEqual([400, "query.reason"]);
    const response = await send(ctx.app, {
      method: "GET",
      url: "/api/audit/export.csv?outcome=allowed&reason=Quarterly%20review",
      session: auditor,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("text/csv");
    const rows = parse(response.body, { columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.outcome === "allowed")).toBe(true);
    const { items } = await list("action=audit.export");
    expect(items[0]?.actorName).toBe("Piotr Lewandowski");
    const exported = await ctx.testApp.services.database.db
      .selectFrom("audit_log")
      .select("reason")
      .where("action", "=", "audit.export")
      .executeTakeFirstOrThrow();
    expect(exported.reason).toBe("Quarterly review");
  });
});
