import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dayInZone } from "../../../../shared/dates.js";
import { ROMANIA_OFFICE } from "../../../demo/demo-case-builders.js";
import { testDatabaseKinds } from "../../../testing/databases.js";
import { createTestUser, send } from "../../../testing/http.js";
import { type EventsContext, minutesAgo, OPERATOR_EMAIL, readAsOperator, startEventsApp } from "./events-fixture.js";
import type { SimulatorAnswer } from "./phone-system-simulator.js";

/** What an operator records to finish a call. */
const FINISH = {
  complete: true,
  outcome: "information_given",
  consultations: [{ topic: "work_rights", service: "information" }],
};

const fieldProblems = (answer: SimulatorAnswer) =>
  (answer.body.error?.fields ?? []).map((f) => [f.field, f.problem, f.message.length > 10]);

describe.each(testDatabaseKinds())("phone system events (%s)", (kind) => {
  let ctx: EventsContext;

  const contactsWithKey = async (clientKey: string) =>
    ctx.testApp.services.database.db
      .selectFrom("hotline_contacts")
      .select("id")
      .where("client_key", "=", clientKey)
      .execute();
  /** The hotline's counts of one day, as the figures read them. */
  const countsOn = async (day: string) => {
    const rows = await ctx.testApp.services.database.db
      .selectFrom("hotline_counts")
      .select(["dimension", "key", "count"])
      .where("organisation_id", "=", ctx.demo.mainOrganisationId)
      .where("day", "=", day)
      .execute();
    return new Map(rows.map((row) => [`${row.dimension}:${row.key}`, Number(row.count)]));
  };
  /** The hotline's local day of a moment: counts are kept per day in the organisation's time zone. */
  const localDayOf = async (moment: Date) => {
    const { time_zone } = await ctx.testApp.services.database.db
      .selectFrom("organisations")
      .select("time_zone")
      .where("id", "=", ctx.demo.mainOrganisationId)
      .executeTakeFirstOrThrow();
    return dayInZone(time_zone, moment);
  };
  const finish = async (contactId: string) => {
    const response = await send(ctx.app, {
      method: "PATCH",
      url: `/api/hotline/contacts/${contactId}`,
      session: ctx.operator,
      payload: FINISH,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };

  beforeAll(async () => {
    ctx = await startEventsApp(kind);
  }, 120_000);
  afterAll(() => ctx?.testApp.close());

  it("opens a draft contact for the operator who answered, and knows the number from an earlier call typed nationally", async () => {
    const earlier = await send(ctx.app, {
      method: "POST",
      url: "/api/hotline/contacts",
      session: ctx.operator,
      payload: { channel: "phone", callerNumber: "601 000 111", startedAt: minutesAgo(3 * 24 * 60), ...FINISH },
    });
    expect(earlier.statusCode, earlier.body).toBe(201);

    const startedAt = minutesAgo(2);
    const rang = await ctx.pbx.answer({
      callId: "1712000001.41",
      from: "+48601000111",
      operator: OPERATOR_EMAIL.toUpperCase(),
      startedAt,
      language: "uk",
    });
    expect(rang.status).toBe(201);
    expect(rang.body).toEqual({ contactId: expect.any(String), replayed: false, earlierContacts: 1 });

    const contact = await readAsOperator(ctx, rang.body.contactId as string);
    expect(contact).toMatchObject({
      status: "draft",
      source: "telephony",
      channel: "phone",
      direction: "incoming",
      operator: { id: ctx.operatorId, name: "Iryna Bondar" },
      callerNumber: "+48601000111",
      language: "uk",
      startedAt: new Date(startedAt).toISOString(),
      endedAt: null,
      earlierContacts: 1,
    });
    const mine = await send(ctx.app, {
      method: "GET",
      url: "/api/hotline/contacts?status=draft&mine=true",
      session: ctx.operator,
    });
    expect(mine.json().items.map((c: { id: string }) => c.id)).toContain(rang.body.contactId);
  });

  it("takes the same event twice as one contact (the phone system retried)", async () => {
    const call = { callId: "1712000002.42", from: "+380500000201", operator: OPERATOR_EMAIL };
    const first = await ctx.pbx.answer(call);
    const again = await ctx.pbx.answer(call);
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ contactId: first.body.contactId, replayed: true, earlierContacts: 0 });
    expect(await contactsWithKey("telephony:1712000002.42")).toHaveLength(1);
  });

  it("sets the end when the call ends; the operator who finishes it gets the call's duration", async () => {
    const started = new Date(Date.now() - 10 * 60_000);
    const rang = await ctx.pbx.answer({
      callId: "1712000003.43",
      from: "+380500000202",
      operator: OPERATOR_EMAIL,
      startedAt: started.toISOString(),
    });
    const endedAt = new Date(started.getTime() + 245_000).toISOString();
    const ended = await ctx.pbx.hangUp("1712000003.43", endedAt);
    expect(ended).toEqual({ status: 200, body: { contactId: rang.body.contactId, replayed: false } });
    expect((await ctx.pbx.hangUp("1712000003.43", endedAt)).body.replayed).toBe(true);
    expect(await readAsOperator(ctx, rang.body.contactId as string)).toMatchObject({ status: "draft", endedAt });

    const finished = await finish(rang.body.contactId as string);
    expect(finished).toMatchObject({ status: "completed", endedAt, durationSeconds: 245 });
  });

  it("corrects the duration and the counts when the end comes after the operator finished", async () => {
    const started = new Date(Date.now() - 20 * 60_000);
    const rang = await ctx.pbx.answer({
      callId: "1712000004.44",
      from: "+380500000203",
      operator: OPERATOR_EMAIL,
      startedAt: started.toISOString(),
    });
    const finished = await finish(rang.body.contactId as string);
    const day = await localDayOf(started);
    const before = await countsOn(day);
    expect(finished.durationSeconds).toBeGreaterThanOrEqual(20 * 60);

    const ended = await ctx.pbx.hangUp("1712000004.44", new Date(started.getTime() + 300_000).toISOString());
    expect(ended.status).toBe(200);
    expect((await readAsOperator(ctx, rang.body.contactId as string)).durationSeconds).toBe(300);
    const after = await countsOn(day);
    expect(after.get("handling_seconds:")).toBe(
      (before.get("handling_seconds:") ?? 0) - finished.durationSeconds + 300,
    );
    for (const cell of ["contacts:", "handled:", "channel:phone", "topic:work_rights", "assisted:"]) {
      expect([cell, after.get(cell)]).toEqual([cell, before.get(cell)]);
    }
  });

  it("answers 400 naming the field for an unknown operator, a malformed number or an unknown call, and writes nothing", async () => {
    const elsewhere = await createTestUser(ctx.testApp, {
      organisationId: ctx.demo.organisationIds[ROMANIA_OFFICE] as string,
      roles: ["hotline_operator"],
    });
    const teamless = await createTestUser(ctx.testApp, {
      organisationId: ctx.demo.mainOrganisationId,
      roles: ["hotline_operator"],
    });
    const call = (callId: string, extra: Record<string, unknown>) =>
      ctx.pbx.answer({ callId, from: "+380500000204", operator: OPERATOR_EMAIL, ...extra });
    const cases: [SimulatorAnswer, string, string][] = [
      [await call("bad-1", { operator: "nobody@office.example.org" }), "body.operator", "unknown_operator"],
      // An account of the organisation that does not take hotline calls.
      [await call("bad-2", { operator: "caseworker@office.example.org" }), "body.operator", "unknown_operator"],
      [await call("bad-3", { operator: elsewhere.email }), "body.operator", "unknown_operator"],
      [await call("bad-4", { operator: teamless.email }), "body.operator", "operator_other_team"],
      [await call("bad-5", { from: "+380 12" }), "body.from", "phone_number"],
      [await call("bad-6", { from: "call me" }), "body.from", "phone_number"],
      [
        await call("bad-7", { startedAt: new Date(Date.now() + 3_600_000).toISOString() }),
        "body.startedAt",
        "in_future",
      ],
      [await ctx.pbx.hangUp("never-started"), "body.callId", "unknown_call"],
      [
        await ctx.pbx.post({ type: "call.incoming", callId: "bad-8", operator: "not-an-address" }),
        "body.operator",
        "email",
      ],
    ];
    for (const [answer, field, problem] of cases) {
      expect([answer.status, answer.body.error?.code, fieldProblems(answer)]).toEqual([
        400,
        "validation",
        [[field, problem, true]],
      ]);
    }
    const unknownType = await ctx.pbx.post({ type: "call.transferred", callId: "bad-9" });
    expect(unknownType.status).toBe(400);
    for (let n = 1; n <= 9; n += 1) expect(await contactsWithKey(`telephony:bad-${n}`)).toEqual([]);
  });

  it("answers 400 to an end before the start, and keeps the contact as it was", async () => {
    const started = minutesAgo(5);
    const rang = await ctx.pbx.answer({
      callId: "1712000005.45",
      from: null,
      operator: OPERATOR_EMAIL,
      startedAt: started,
    });
    expect(rang.body.earlierContacts).toBe(0);
    const early = await ctx.pbx.hangUp("1712000005.45", minutesAgo(10));
    expect(fieldProblems(early)).toEqual([["body.endedAt", "before_start", true]]);
    expect(await readAsOperator(ctx, rang.body.contactId as string)).toMatchObject({
      endedAt: null,
      callerNumber: null,
    });
  });
});
