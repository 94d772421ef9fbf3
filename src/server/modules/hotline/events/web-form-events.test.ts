import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../../testing/databases.js";
import { auditEntriesAfter, errorOf, lastAuditSeq, send } from "../../../testing/http.js";
import {
  type EventsContext,
  minutesAgo,
  OPERATOR_EMAIL,
  readAsOperator,
  startEventsApp,
  tokenFor,
} from "./events-fixture.js";
import { PhoneSystemSimulator } from "./phone-system-simulator.js";

const REPORT = {
  reference: "WF-2025-0042",
  language: "uk",
  name: "Оксана Демченко",
  phone: "+380 50 000 0042",
  email: "oksana.demo@example.org",
  country: "UA",
  place: "Lviv",
  callerType: "family_friend",
  message: "Моя сестра поїхала на роботу до Польщі, роботодавець забрав паспорт і не платить.",
  anonymous: false,
};

describe.each(testDatabaseKinds())("web-form events and access to the events endpoint (%s)", (kind) => {
  let ctx: EventsContext;

  beforeAll(async () => {
    ctx = await startEventsApp(kind);
  }, 120_000);
  afterAll(() => ctx?.testApp.close());

  it("queues a web-form report for the hotline team, its details sealed, and takes the same reference as one contact", async () => {
    const submittedAt = minutesAgo(30);
    const sent = await ctx.pbx.submitWebForm({ ...REPORT, submittedAt });
    expect(sent.status).toBe(201);
    expect(sent.body).toEqual({ contactId: expect.any(String), replayed: false });
    const again = await ctx.pbx.submitWebForm({ ...REPORT, submittedAt });
    expect(again).toEqual({ status: 200, body: { contactId: sent.body.contactId, replayed: true } });

    const open = await send(ctx.app, {
      method: "GET",
      url: "/api/hotline/contacts?status=open",
      session: ctx.operator,
    });
    const queued = open.json().items.filter((c: { id: string }) => c.id === sent.body.contactId);
    expect(queued).toEqual([
      expect.objectContaining({ status: "queued", channel: "web_form", source: "web_form", operator: null }),
    ]);
    expect(await readAsOperator(ctx, sent.body.contactId as string)).toMatchObject({
      startedAt: new Date(submittedAt).toISOString(),
      language: "uk",
      callerName: REPORT.name,
      callerNumber: "+380500000042",
      callerEmail: REPORT.email,
      callerCountry: "UA",
      callerPlace: "Lviv",
      callerType: "family_friend",
      notes: REPORT.message,
      anonymous: false,
    });
    const row = await ctx.testApp.services.database.db
      .selectFrom("hotline_contacts")
      .select(["caller_name", "caller_number", "notes", "team_id"])
      .where("id", "=", sent.body.contactId as string)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toMatch(/Оксана|0042|сестра/);
    expect(row.team_id).toEqual(expect.any(String));
  });

  it("answers 400 naming the field for a malformed phone or a name on an anonymous report", async () => {
    const badPhone = await ctx.pbx.submitWebForm({
      ...REPORT,
      reference: "WF-bad-1",
      submittedAt: minutesAgo(1),
      phone: "12 34",
    });
    expect(badPhone.status).toBe(400);
    expect(badPhone.body.error?.fields?.map((f) => [f.field, f.problem])).toEqual([["body.phone", "phone_number"]]);
    const named = await ctx.pbx.submitWebForm({
      ...REPORT,
      reference: "WF-bad-2",
      submittedAt: minutesAgo(1),
      anonymous: true,
    });
    expect(named.body.error?.fields?.map((f) => [f.field, f.problem])).toEqual([["body.name", "anonymous_contact"]]);
    const anonymous = await ctx.pbx.submitWebForm({
      reference: "WF-anon-1",
      submittedAt: minutesAgo(1),
      anonymous: true,
      message: "Бачила оголошення про роботу в Чехії без договору.",
    });
    expect(anonymous.status).toBe(201);
    expect(await readAsOperator(ctx, anonymous.body.contactId as string)).toMatchObject({
      anonymous: true,
      callerName: null,
      callerNumber: null,
    });
  });

  it("answers 403 to a session or a token without the permission, 401 without a valid token", async () => {
    const body = { type: "call.incoming", callId: "denied-1", from: "+380500000301", operator: OPERATOR_EMAIL };
    const caseworker = await ctx.sessions.of("caseworker");
    const bySession = await send(ctx.app, {
      method: "POST",
      url: "/api/hotline/events",
      session: caseworker,
      payload: body,
    });
    expect([bySession.statusCode, errorOf(bySession).code]).toEqual([403, "forbidden"]);
    const account = ctx.demo.accountOf("caseworker");
    const caseworkerToken = await tokenFor(ctx.app, account, "not a phone system");
    const byToken = await new PhoneSystemSimulator(ctx.baseUrl, caseworkerToken).post(body);
    expect([byToken.status, byToken.body.error?.code]).toEqual([403, "forbidden"]);
    const anonymous = await new PhoneSystemSimulator(ctx.baseUrl, null).post(body);
    expect([anonymous.status, anonymous.body.error?.code]).toEqual([401, "unauthenticated"]);
    const forged = await new PhoneSystemSimulator(ctx.baseUrl, "sp_pat_not-a-real-token").post(body);
    expect(forged.status).toBe(401);
    // A cookie session of an operator still needs the CSRF header, unlike a token.
    const noCsrf = await send(ctx.app, {
      method: "POST",
      url: "/api/hotline/events",
      session: ctx.operator,
      csrf: false,
      payload: body,
    });
    expect([noCsrf.statusCode, errorOf(noCsrf).code]).toEqual([403, "csrf_failed"]);
    const rows = await ctx.testApp.services.database.db
      .selectFrom("hotline_contacts")
      .select("id")
      .where("client_key", "=", "telephony:denied-1")
      .execute();
    expect(rows).toEqual([]);
  });

  it("audits every event, rejected ones too, as the service account and without personal data", async () => {
    const seq = await lastAuditSeq(ctx.testApp);
    const rang = await ctx.pbx.answer({ callId: "audit-1", from: "+380500000302", operator: OPERATOR_EMAIL });
    await ctx.pbx.hangUp("audit-1");
    await ctx.pbx.answer({ callId: "audit-2", from: "+380 12", operator: OPERATOR_EMAIL });
    const entries = (await auditEntriesAfter(ctx.testApp, seq)).filter((e) => e.action === "hotline.event");
    expect(entries.map((e) => [e.outcome, e.actor_user_id, e.detail])).toEqual([
      ["allowed", ctx.serviceAccountId, { type: "call.incoming", replayed: false }],
      ["allowed", ctx.serviceAccountId, { type: "call.ended", replayed: false }],
      ["failed", ctx.serviceAccountId, { code: "validation" }],
    ]);
    expect(entries[0]?.record_id).toBe(rang.body.contactId);
    const everything = JSON.stringify(await auditEntriesAfter(ctx.testApp, seq));
    expect(everything).not.toMatch(/0000302|380 12|hotline@office/);
  });
});
