import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseListQuery } from "../../../shared/api/cases.js";
import { runScoped, type ScopedDb } from "../../access/scoped-db.js";
import { demoActor } from "../../testing/actors.js";
import { testDatabaseKinds } from "../../testing/databases.js";
import { createDemoApp } from "../../testing/http.js";
import { listCases } from "./case-list.service.js";

/**
 * Every statement is prepared, and PostgreSQL may then keep one plan for any values. For the case list
 * such a plan read thousands of cases for a caseworker who owns a few: the list is planned for its values.
 */
describe.each(testDatabaseKinds())("case list plans (%s)", (kind) => {
  let ctx: Awaited<ReturnType<typeof createDemoApp>>;

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
  });
  afterAll(() => ctx.testApp.close());

  async function asCaseworker<T>(fn: (db: ScopedDb) => Promise<T>): Promise<T> {
    const actor = await demoActor(ctx.testApp, ctx.demo, "caseworker");
    return runScoped(ctx.testApp.services.database, actor, { requestId: "test", clientIp: null, action: "test" }, fn);
  }

  const planMode = async (db: ScopedDb) =>
    (await sql<{ mode: string }>`SELECT current_setting('plan_cache_mode') AS mode`.execute(db.tx)).rows[0]?.mode;

  it("plans a list for the values asked, in the list's transaction only", async () => {
    const filters = caseListQuery.parse({ mine: "true", exploitationType: "ForcedLabour", citizenship: "UZ" });
    const inList = await asCaseworker(async (db) => {
      await listCases(db, ctx.testApp.services, filters);
      return planMode(db);
    });
    expect(inList).toBe("force_custom_plan");
    expect(await asCaseworker(planMode)).toBe("auto");
  });
});
