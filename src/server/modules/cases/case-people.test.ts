import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../testing/databases.js";
import { auditEntriesAfter, createDemoApp, errorOf, lastAuditSeq, send, type TestSession } from "../../testing/http.js";

type Ctx = Awaited<ReturnType<typeof createDemoApp>>;

describe.each(testDatabaseKinds())("people on a case (%s)", (kind) => {
  let ctx: Ctx;
  let caseworker: TestSession;

  const post = (url: string, payload: unknown) => send(ctx.app, { method: "POST", url, session: caseworker, payload });
  const detail = async (id: string) =>
    (await send(ctx.app, { method: "GET", url: `/api/cases/${id}`, session: caseworker })).json();

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    caseworker = await ctx.sessions.of("caseworker");
  });
  afterAll(() => ctx.testApp.close());

  it("changes a linked person's role and takes them off the case with a reason, keeping their record", async () => {
    const opened = (
      await post("/api/cases", { person: { identity: { firstName: "Maryna", secondName: "Hnatiuk" } } })
    ).json();
    const added = await post(`/api/cases/${opened.id}/people`, {
      role: "family_member",
      relationship: "Brother",
      person: { identity: { firstName: "Taras", secondName: "Hnatiuk" } },
    });
    expect(added.statusCode, added.body).toBe(200);
    const { personId } = added.json();
    const changed = await post(`/api/cases/${opened.id}/people`, { role: "perpetrator", personId });
    expect(changed.statusCode, changed.body).toBe(200);
    let item = await detail(opened.id);
    expect(item.people.find((p: { person: { id: string } }) => p.person.id === personId).role).toBe("perpetrator");

    const stale = await post(`/api/cases/${opened.id}/people/remove`, {
      personId,
      reason: "Added by mistake",
      version: 1,
    });
    expect(stale.statusCode).toBe(409);

    const seq = await lastAuditSeq(ctx.testApp);
    const removed = await post(`/api/cases/${opened.id}/people/remove`, {
      personId,
      reason: "Added by mistake",
      version: item.version,
    });
    expect(removed.statusCode, removed.body).toBe(200);
    item = await detail(opened.id);
    expect(item.people.map((p: { person: { id: string } }) => p.person.id)).not.toContain(personId);
    const audit = await auditEntriesAfter(ctx.testApp, seq);
    expect(audit.find((entry) => entry.action === "case.person_remove")).toMatchObject({ reason: "Added by mistake" });
    const history = (
      await send(ctx.app, { method: "GET", url: `/api/cases/${opened.id}/history`, session: caseworker })
    ).json();
    expect(JSON.stringify(history)).toContain("case.person_removed");
    const person = await send(ctx.app, { method: "GET", url: `/api/people/${personId}`, session: caseworker });
    expect(person.statusCode).toBe(200);
  });

  it("keeps the person the case is about, and names a person who is not on the case", async () => {
    const opened = (
      await post("/api/cases", { person: { identity: { firstName: "Iryna", secondName: "Sokil" } } })
    ).json();
    const item = await detail(opened.id);
    const main = await post(`/api/cases/${opened.id}/people/remove`, {
      personId: opened.personId,
      reason: "Trying",
      version: item.version,
    });
    expect(main.statusCode).toBe(400);
    expect(errorOf(main).fields?.[0]).toMatchObject({ field: "body.personId", problem: "primary_person" });
    const stranger = await post(`/api/cases/${opened.id}/people/remove`, {
      personId: crypto.randomUUID(),
      reason: "Trying",
      version: item.version,
    });
    expect(errorOf(stranger).fields?.[0]).toMatchObject({ field: "body.personId", problem: "not_in_case" });
  });
});
