import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ContactDetail, callerLookup } from "../../../shared/api/hotline.js";
import { testDatabaseKinds } from "../../testing/databases.js";
import { createDemoApp, createTestUser, errorOf, send, signInOrThrow, type TestSession } from "../../testing/http.js";

type Ctx = Awaited<ReturnType<typeof createDemoApp>>;
type Lookup = import("zod").infer<typeof callerLookup>;

const NUMBER = "+380675550202";

describe.each(testDatabaseKinds())("hotline access, repeat callers, escalation (%s)", (kind) => {
  let ctx: Ctx;
  let operator: TestSession;
  let supervisor: TestSession;
  let caseworker: TestSession;
  let earlier: ContactDetail;

  const call = (session: TestSession, method: "GET" | "POST" | "PATCH", url: string, payload?: unknown) =>
    send(ctx.app, { method, url, session, payload });
  const lookUp = async (session: TestSession, number: string) => {
    const response = await call(session, "POST", "/api/hotline/lookup", { number });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as Lookup;
  };

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    operator = await ctx.sessions.of("hotline_operator");
    supervisor = await ctx.sessions.of("supervisor");
    caseworker = await ctx.sessions.of("caseworker");
    earlier = (
      await call(operator, "POST", "/api/hotline/contacts", {
        channel: "phone",
        callerNumber: NUMBER,
        outcome: "information_given",
        consultations: [{ topic: "trafficking_risk", service: "counselling" }],
        complete: true,
      })
    ).json() as ContactDetail;
  });
  afterAll(() => ctx.testApp.close());

  it("keeps contacts within the hotline team: another team's operator gets 404, a supervisor sees them", async () => {
    const outsider = await createTestUser(ctx.testApp, {
      organisationId: ctx.demo.mainOrganisationId,
      roles: ["hotline_operator"],
    });
    const session = await signInOrThrow(ctx.app, outsider);
    expect((await call(session, "GET", `/api/hotline/contacts/${earlier.id}`)).statusCode).toBe(404);
    expect((await call(session, "PATCH", `/api/hotline/contacts/${earlier.id}`, { notes: "x" })).statusCode).toBe(404);
    const theirs = (await call(session, "GET", "/api/hotline/contacts")).json();
    expect(theirs.items.map((c: { id: string }) => c.id)).not.toContain(earlier.id);
    expect((await lookUp(session, NUMBER)).contacts).toEqual([]);
    expect((await call(supervisor, "GET", `/api/hotline/contacts/${earlier.id}`)).statusCode).toBe(200);
    expect((await call(caseworker, "POST", "/api/hotline/contacts", { channel: "phone" })).statusCode).toBe(403);
    const me = await ctx.sessions.of("me_officer");
    expect((await call(me, "GET", "/api/hotline/contacts")).statusCode).toBe(403);
  });

  it("finds a repeat caller however the number is typed, showing a linked case only to those who may see it", async () => {
    const fieldCase = (
      await call(caseworker, "POST", "/api/cases", {
        person: { identity: { firstName: "Halyna", secondName: "Repeat", phones: [NUMBER] } },
      })
    ).json() as { id: string; caseNumber: string; personId: string };
    const linked = await call(supervisor, "POST", `/api/hotline/contacts/${earlier.id}/link`, { caseId: fieldCase.id });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json()).toMatchObject({ personId: fieldCase.personId, case: { caseNumber: fieldCase.caseNumber } });

    const asOperator = await lookUp(operator, "00380 67 555 02 02");
    expect(asOperator.number).toBe(NUMBER);
    expect(asOperator.contacts.map((c) => c.id)).toEqual([earlier.id]);
    // The field team's case and its person are out of the operator's reach: not named, not hinted at.
    expect(asOperator.contacts[0]?.case).toBeNull();
    expect(asOperator.people).toEqual([]);

    const asSupervisor = await lookUp(supervisor, NUMBER);
    expect(asSupervisor.contacts[0]?.case).toEqual({ id: fieldCase.id, caseNumber: fieldCase.caseNumber });
    expect(asSupervisor.people).toEqual([
      {
        personId: fieldCase.personId,
        name: "Halyna Repeat",
        cases: [{ id: fieldCase.id, caseNumber: fieldCase.caseNumber }],
      },
    ]);
    const notANumber = await call(operator, "POST", "/api/hotline/lookup", { number: "call me" });
    expect(errorOf(notANumber).fields?.map((f) => f.field)).toEqual(["body.number"]);
    const outOfReach = await call(operator, "POST", `/api/hotline/contacts/${earlier.id}/link`, {
      caseId: fieldCase.id,
    });
    expect(errorOf(outOfReach).fields?.map((f) => f.field)).toEqual(["body.caseId"]);
  });

  it("opens a case from a contact, pre-filled, owned by the hotline team and linked back", async () => {
    const contact = (
      await call(operator, "POST", "/api/hotline/contacts", {
        channel: "whatsapp",
        callerNumber: "+380675550303",
        callerName: "Maria Ivanenko",
        callerCountry: "UA",
        language: "uk",
      })
    ).json() as ContactDetail;
    const draft = await call(operator, "GET", `/api/hotline/contacts/${contact.id}/case-draft`);
    expect(draft.json()).toMatchObject({
      contactId: contact.id,
      person: {
        identity: { firstName: "Maria", secondName: "Ivanenko", phones: ["+380675550303"] },
        citizenships: ["UA"],
        primaryLanguage: "uk",
      },
    });
    const opened = await call(operator, "POST", "/api/cases", draft.json());
    expect(opened.statusCode, opened.body).toBe(201);
    const after = (await call(operator, "GET", `/api/hotline/contacts/${contact.id}`)).json() as ContactDetail;
    expect(after.case?.id).toBe(opened.json().id);
    expect(after.personId).toBe(opened.json().personId);
    const again = await call(operator, "POST", "/api/cases", draft.json());
    expect(errorOf(again).fields?.map((f) => f.field)).toEqual(["body.contactId"]);
  });

  it("escalates immediate danger once to a supervisor's urgent task, and records a report only with consent", async () => {
    const contact = (
      await call(operator, "POST", "/api/hotline/contacts", { channel: "phone" })
    ).json() as ContactDetail;
    const url = `/api/hotline/contacts/${contact.id}/escalate`;
    const noConsent = await call(operator, "POST", url, {
      kind: "immediate_danger",
      lawEnforcement: { consent: false, agency: "Police" },
    });
    expect(errorOf(noConsent).fields?.map((f) => f.field)).toEqual(["body.lawEnforcement.consent"]);
    const tasks = () =>
      ctx.testApp.services.database.db.selectFrom("tasks").selectAll().where("contact_id", "=", contact.id).execute();
    expect(await tasks()).toEqual([]);

    const escalated = await call(operator, "POST", url, {
      kind: "immediate_danger",
      lawEnforcement: { consent: true, agency: "National Police, unit 112", reference: "KP-2026-1182" },
    });
    expect(escalated.statusCode, escalated.body).toBe(200);
    expect(escalated.json()).toMatchObject({
      escalation: "immediate_danger",
      outcome: "emergency_escalated",
      reports: [{ kind: "immediate_danger", agency: "National Police, unit 112", reference: "KP-2026-1182" }],
    });
    await call(operator, "POST", url, { kind: "exploitation" });
    const raised = await tasks();
    expect(raised).toHaveLength(1);
    expect(raised[0]).toMatchObject({ priority: "urgent", case_id: null });
    const report = await ctx.testApp.services.database.db
      .selectFrom("law_enforcement_reports")
      .selectAll()
      .where("contact_id", "=", contact.id)
      .executeTakeFirstOrThrow();
    expect(report.reference).not.toContain("KP-2026");

    const workList = (await call(supervisor, "GET", "/api/tasks?scope=mine")).json();
    const task = workList.items.find((t: { contactId: string | null }) => t.contactId === contact.id);
    expect(task).toMatchObject({ priority: "urgent", title: "Hotline: caller in immediate danger — act now" });
  });

  it("hands follow-ups over within the team with their notes, until one is done", async () => {
    const colleague = await createTestUser(ctx.testApp, {
      organisationId: ctx.demo.mainOrganisationId,
      roles: ["hotline_operator"],
    });
    const team = await ctx.testApp.services.database.db
      .selectFrom("users")
      .select("team_id")
      .where("email", "=", ctx.demo.accountOf("hotline_operator").email)
      .executeTakeFirstOrThrow();
    await ctx.testApp.services.database.db
      .updateTable("users")
      .set({ team_id: team.team_id })
      .where("id", "=", colleague.id)
      .execute();
    const nextShift = await signInOrThrow(ctx.app, colleague);
    const today = new Date().toISOString().slice(0, 10);
    const contact = (
      await call(operator, "POST", "/api/hotline/contacts", {
        channel: "phone",
        followUpOn: today,
        followUpNote: "Call back after 18:00 about the shelter place.",
      })
    ).json() as ContactDetail;
    const queue = (await call(nextShift, "GET", "/api/hotline/follow-ups")).json();
    expect(queue.items.find((f: { contactId: string }) => f.contactId === contact.id)).toMatchObject({
      note: "Call back after 18:00 about the shelter place.",
      overdue: false,
    });
    const done = await call(nextShift, "PATCH", `/api/hotline/contacts/${contact.id}`, { followUpDone: true });
    expect(done.json()).toMatchObject({ followUpDone: true });
    const after = (await call(operator, "GET", "/api/hotline/follow-ups")).json();
    expect(after.items.map((f: { contactId: string }) => f.contactId)).not.toContain(contact.id);
  });
});
