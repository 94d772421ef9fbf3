import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../testing/databases.js";
import { createDemoApp, send, type TestSession } from "../../testing/http.js";
import { retentionCutoff, runRetention } from "./retention.service.js";

describe("retentionCutoff", () => {
  it("goes back whole years, leap days included", () => {
    expect(retentionCutoff("2026-11-24", 5)).toBe("2021-11-24");
    expect(retentionCutoff("2028-02-29", 1)).toBe("2027-03-01");
  });
});

describe.each(testDatabaseKinds())("retention rule (%s)", (kind) => {
  let ctx: Awaited<ReturnType<typeof createDemoApp>>;
  let caseworker: TestSession;

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    caseworker = await ctx.sessions.of("caseworker");
  });
  afterAll(() => ctx.testApp.close());

  const intake = async (firstName: string) => {
    const response = await send(ctx.app, {
      method: "POST",
      url: "/api/cases",
      session: caseworker,
      payload: { person: { identity: { firstName, secondName: "Retention" }, citizenships: ["MD"] } },
    });
    expect(response.statusCode).toBe(201);
    return response.json() as { id: string; personId: string };
  };

  it("erases identifying data of cases closed longer ago than the rule, keeps the rest, and reports it", async () => {
    const db = ctx.testApp.services.database.db;
    const old = await intake("Ancient");
    const recent = await intake("Recent");
    const open = await intake("Open");
    await db
      .updateTable("cases")
      .set({ stage: "closed", status: "Closed", closed_on: "2019-05-01" })
      .where("id", "=", old.id)
      .execute();
    await db
      .updateTable("cases")
      .set({ stage: "closed", status: "Closed", closed_on: "2026-05-01" })
      .where("id", "=", recent.id)
      .execute();
    await db
      .updateTable("organisations")
      .set({ retention_years: 5 })
      .where("id", "=", ctx.demo.mainOrganisationId)
      .execute();

    const reports = await runRetention(ctx.testApp.services, "2026-11-24");
    const mine = reports.find((r) => r.organisationId === ctx.demo.mainOrganisationId);
    expect(mine).toMatchObject({ retentionYears: 5, cases: 1, people: 1, keysDestroyed: 2 });

    const detail = (
      await send(ctx.app, { method: "GET", url: `/api/cases/${old.id}`, session: await ctx.sessions.of("supervisor") })
    ).json();
    expect(detail.identifyingErased).toBe(true);
    expect(detail.people[0].person.identity).toBeNull();
    expect(detail.citizenships).toEqual(["MD"]);
    for (const kept of [recent, open]) {
      const response = (
        await send(ctx.app, { method: "GET", url: `/api/cases/${kept.id}`, session: caseworker })
      ).json();
      expect(response.people[0].person.identity.secondName).toBe("Retention");
    }
    // Running again finds nothing more to do.
    const again = await runRetention(ctx.testApp.services, "2026-11-24");
    expect(again.find((r) => r.organisationId === ctx.demo.mainOrganisationId)?.cases).toBe(0);
  });
});
