import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../testing/databases.js";
import { createDemoApp, send, type TestSession } from "../../testing/http.js";

describe.each(testDatabaseKinds())("merging two records of one person (%s)", (kind) => {
  let ctx: Awaited<ReturnType<typeof createDemoApp>>;
  let caseworker: TestSession;

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    caseworker = await ctx.sessions.of("caseworker");
  });
  afterAll(() => ctx.testApp.close());

  const intake = async (firstName: string, details: string, phones: string[] = []) =>
    (
      await send(ctx.app, {
        method: "POST",
        url: "/api/cases",
        session: caseworker,
        payload: {
          person: { identity: { firstName, secondName: "Moroz", phones } },
          victim: { exploitationTypes: ["ForcedLabour"], vulnerabilityDetails: details },
        },
      })
    ).json() as { id: string; personId: string };
  const caseOf = async (id: string) => send(ctx.app, { method: "GET", url: `/api/cases/${id}`, session: caseworker });

  it("moves the case with its sealed context to the survivor, and back on undo", async () => {
    const survivor = await intake("Oksana", "Kept documents");
    const duplicate = await intake("Oksana", "Debt to the recruiter", ["+380501112233"]);
    const merged = await send(ctx.app, {
      method: "POST",
      url: `/api/people/${survivor.personId}/merge`,
      session: caseworker,
      payload: { personId: duplicate.personId },
    });
    expect(merged.statusCode, merged.body).toBe(200);
    const moved = await caseOf(duplicate.id);
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().personId).toBe(survivor.personId);
    expect(moved.json().people[0].victim.vulnerabilityDetails).toBe("Debt to the recruiter");

    // The merged record's phone still finds the person, as the survivor.
    const byPhone = await send(ctx.app, {
      method: "POST",
      url: "/api/people/search",
      session: caseworker,
      payload: { query: "+380 50 111 22 33" },
    });
    expect(byPhone.json().items.map((i: { personId: string }) => i.personId)).toEqual([survivor.personId]);
    const survivorHistory = await send(ctx.app, {
      method: "GET",
      url: `/api/cases/${survivor.id}/history`,
      session: caseworker,
    });
    expect(survivorHistory.json().items.map((h: { action: string }) => h.action)).toContain("person.merged");
    const { mergeId } = merged.json() as { mergeId: string };
    const undone = await send(ctx.app, {
      method: "POST",
      url: `/api/person-merges/${mergeId}/undo`,
      session: caseworker,
    });
    expect(undone.json()).toEqual({ restoredCases: 1 });
    const back = (await caseOf(duplicate.id)).json();
    expect(back.personId).toBe(duplicate.personId);
    expect(back.people[0].victim.vulnerabilityDetails).toBe("Debt to the recruiter");
    const again = await send(ctx.app, {
      method: "POST",
      url: `/api/person-merges/${mergeId}/undo`,
      session: caseworker,
    });
    expect(again.statusCode).toBe(400);
  });
});
