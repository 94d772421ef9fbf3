import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../../access/errors.js";
import { runScoped } from "../../access/scoped-db.js";
import { demoActor } from "../../testing/actors.js";
import { testDatabaseKinds } from "../../testing/databases.js";
import { countRows, createDemoApp, send } from "../../testing/http.js";
import { intakeCases } from "./bulk-intake.js";

describe.each(testDatabaseKinds())("many intakes at once (%s)", (kind) => {
  let ctx: Awaited<ReturnType<typeof createDemoApp>>;

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
  });
  afterAll(() => ctx.testApp.close());

  async function asCaseworker<T>(fn: Parameters<typeof runScoped<T>>[3]): Promise<T> {
    const actor = await demoActor(ctx.testApp, ctx.demo, "caseworker");
    return runScoped(ctx.testApp.services.database, actor, { requestId: "test", clientIp: null, action: "test" }, fn);
  }

  const count = () => countRows(ctx.testApp, "cases");

  it("writes them like single intakes: numbered, searchable, with consents and history", async () => {
    const inputs = Array.from({ length: 30 }, (_, i) => ({
      person: { identity: { firstName: "Batch", secondName: `Petrenko${String.fromCharCode(97 + (i % 26))}` } },
      victim: { exploitationTypes: ["ForcedLabour" as const] },
      consents: [
        {
          purpose: "assistance" as const,
          decision: "given" as const,
          decidedOn: "2026-01-10",
          method: "verbal" as const,
        },
      ],
    }));
    const ids = (await asCaseworker((db) => intakeCases(db, ctx.testApp.services, inputs))).map((c) => c.id);
    expect(ids).toHaveLength(30);
    const caseworker = await ctx.sessions.of("caseworker");
    const detail = (await send(ctx.app, { method: "GET", url: `/api/cases/${ids[0]}`, session: caseworker })).json();
    expect(detail.caseNumber).toMatch(/^[A-Z]{2}-\d{4}-\d{5}$/);
    expect(detail.people[0].consents.current.assistance.decision).toBe("given");
    const search = await send(ctx.app, {
      method: "POST",
      url: "/api/people/search",
      session: caseworker,
      payload: { query: "Батч Петренкоа" },
    });
    expect(search.json().items.map((i: { personId: string }) => i.personId)).toContain(detail.personId);
  });

  it("writes nothing when one of them is wrong, and names which", async () => {
    const before = await count();
    const inputs = [
      { person: { identity: { firstName: "Fine" } } },
      {
        person: { identity: { firstName: "Child", birthDate: "2016-01-01" } },
        consents: [
          {
            purpose: "assistance" as const,
            decision: "given" as const,
            decidedOn: "2026-01-10",
            method: "verbal" as const,
          },
        ],
      },
    ];
    const error = await asCaseworker((db) => intakeCases(db, ctx.testApp.services, inputs)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).fields[0]).toMatchObject({
      field: "body.cases.1.consents.0.guardian",
      problem: "guardian_required",
    });
    expect(await count()).toBe(before);
  });

  it("refreshes the planner's statistics once the write has outgrown them", async () => {
    const pages = sql<{ described: number; now: number }>`
      SELECT relpages AS described, (pg_relation_size(oid) / current_setting('block_size')::int)::int AS now
      FROM pg_class WHERE oid = 'cases'::regclass`;
    const inputs = Array.from({ length: 600 }, (_, i) => ({ person: { identity: { firstName: `Grow${i}` } } }));
    // Read inside the write's transaction: nothing but the write itself can have analysed the new rows.
    const [before, after] = await asCaseworker(async (scoped) => {
      const start = (await pages.execute(scoped.tx)).rows[0];
      await intakeCases(scoped, ctx.testApp.services, inputs);
      return [start, (await pages.execute(scoped.tx)).rows[0]];
    });
    expect(after?.now).toBeGreaterThan(2 * (before?.described ?? 0));
    expect(after?.described).toBeGreaterThan(before?.described ?? 0);
  });
});
