import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROMANIA_OFFICE } from "../../../demo/demo-case-builders.js";
import { testDatabaseKinds } from "../../../testing/databases.js";
import {
  auditEntriesAfter,
  createDemoApp,
  lastAuditSeq,
  send,
  signInOrThrow,
  type TestSession,
} from "../../../testing/http.js";
import { type Sender, seedReferrals, senderOf } from "./referral-figures.fixture.js";

type Ctx = Awaited<ReturnType<typeof createDemoApp>>;
type Cells = { key: string; count: number | null }[];

const cell = (cells: Cells, key: string) => cells.find((c) => c.key === key)?.count;

/*
 * Each test writes its referrals in a month of its own, far from the demo data, and reads the figures of
 * that month only. Five of a kind at least, unless a test is about small cells.
 */
describe.each(testDatabaseKinds())("referral figures (%s)", (kind) => {
  let ctx: Ctx;
  let me: TestSession;
  let main: Sender;
  let romaniaId: string;

  const figures = async (query: string, session = me) => {
    const response = await send(ctx.app, { method: "GET", url: `/api/referrals/figures?${query}`, session });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    me = await ctx.sessions.of("me_officer");
    main = await senderOf(ctx.testApp, ctx.demo.mainOrganisationId);
    romaniaId = ctx.demo.organisationIds[ROMANIA_OFFICE] as string;
  });
  afterAll(() => ctx.testApp.close());

  it("counts the funnel, every breakdown and the times to answer and to complete", async () => {
    const legal = { serviceType: "Legal", provider: "Open Door Legal Aid" };
    await seedReferrals(
      ctx.testApp,
      main,
      [
        {
          sentAt: "2032-01-10T10:00:00Z",
          status: "completed",
          urgency: "high",
          acknowledgedAfter: 2,
          decidedAfter: 4,
          finishedAfter: 100,
        },
        {
          sentAt: "2032-01-12T10:00:00Z",
          status: "declined",
          ...legal,
          decidedAfter: 10,
          finishedAfter: 10,
          declineReason: "no_capacity",
        },
        {
          sentAt: "2032-02-03T10:00:00Z",
          status: "in_progress",
          serviceType: "Medical",
          acknowledgedAfter: 6,
          decidedAfter: 8,
        },
        {
          sentAt: "2032-02-05T10:00:00Z",
          status: "not_completed",
          urgency: "emergency",
          ...legal,
          acknowledgedAfter: 1,
          decidedAfter: 1,
          finishedAfter: 50,
          notCompletedReason: "person_moved",
        },
        { sentAt: "2032-02-07T10:00:00Z", status: "sent", urgency: "low", serviceType: "Medical" },
        // Never sent: no figure counts it.
        { sentAt: "2032-01-15T10:00:00Z", status: "draft" },
      ],
      5,
    );
    const seq = await lastAuditSeq(ctx.testApp);
    const f = await figures("from=2032-01-01&to=2032-02-29");
    expect(f).toMatchObject({ direction: "outgoing", timeZone: "Europe/Warsaw", threshold: 5 });
    expect(f.funnel).toEqual({ sent: 25, acknowledged: 20, accepted: 15, completed: 5 });
    expect(f.overdue).toBe(0);
    expect(f.completion).toEqual({ closed: 15, completed: 5, share: 0.333 });
    expect(f.byStatus.map((c: { key: string }) => c.key)).not.toContain("draft");
    expect(f.byStatus.filter((c: { count: number }) => c.count > 0)).toEqual([
      { key: "sent", count: 5 },
      { key: "declined", count: 5 },
      { key: "in_progress", count: 5 },
      { key: "completed", count: 5 },
      { key: "not_completed", count: 5 },
    ]);
    expect(f.byServiceType).toEqual([
      { key: "Legal", count: 10 },
      { key: "Medical", count: 10 },
      { key: "ShelterAndAccommodation", count: 5 },
    ]);
    expect(f.byPartner).toEqual([
      { key: "Harbour Shelter", count: 15 },
      { key: "Open Door Legal Aid", count: 10 },
    ]);
    expect(f.byUrgency).toEqual([
      { key: "emergency", count: 5 },
      { key: "high", count: 5 },
      { key: "normal", count: 10 },
      { key: "low", count: 5 },
    ]);
    expect(f.byMonth).toEqual([
      { key: "2032-01", count: 10 },
      { key: "2032-02", count: 15 },
    ]);
    expect(f.byDeclineReason).toEqual([{ key: "no_capacity", count: 5 }]);
    expect(f.byNotCompletedReason).toEqual([{ key: "person_moved", count: 5 }]);
    // First answers after 1, 2, 6 and 10 hours, five of each: the median lies between 2 and 6.
    expect(f.times.acknowledge).toEqual({ referrals: 20, medianHours: 4, meanHours: 4.8 });
    expect(f.times.complete).toEqual({ referrals: 5, medianHours: 100, meanHours: 100 });
    const urgency = (key: string) => f.times.byUrgency.find((u: { urgency: string }) => u.urgency === key);
    // By urgency, times only: how many referrals each is over would cross the statuses with the urgencies.
    expect(urgency("normal")).toEqual({
      urgency: "normal",
      acknowledge: { medianHours: 8, meanHours: 8 },
      complete: { medianHours: null, meanHours: null },
    });
    expect(urgency("high").complete).toEqual({ medianHours: 100, meanHours: 100 });
    expect(urgency("low").acknowledge).toEqual({ medianHours: null, meanHours: null });

    const audit = await auditEntriesAfter(ctx.testApp, seq);
    expect(audit.map((entry) => [entry.action, entry.outcome])).toContainEqual(["referral.figures", "allowed"]);
    // Counts only: nothing of a referral, a case or a person leaves the server.
    expect(JSON.stringify(f)).not.toContain(main.caseId);
    expect(JSON.stringify(f)).not.toMatch(/FIG-/);
  });

  it("withholds small cells, one more where a lone one could be worked out, and what they would give away", async () => {
    await seedReferrals(
      ctx.testApp,
      main,
      [
        {
          sentAt: "2032-04-06T10:00:00Z",
          status: "completed",
          acknowledgedAfter: 1,
          decidedAfter: 2,
          finishedAfter: 30,
        },
      ],
      10,
    );
    await seedReferrals(ctx.testApp, main, [
      {
        sentAt: "2032-04-07T10:00:00Z",
        status: "declined",
        decidedAfter: 3,
        finishedAfter: 3,
        declineReason: "no_capacity",
      },
      { sentAt: "2032-04-08T10:00:00Z", status: "declined", decidedAfter: 3, finishedAfter: 3, declineReason: "other" },
    ]);
    const f = await figures("from=2032-04-01&to=2032-04-30");
    // Two declined are withheld, and the completed with them: else 12 − 10 would give the declined away.
    expect(cell(f.byStatus, "declined")).toBeNull();
    expect(cell(f.byStatus, "completed")).toBeNull();
    expect(f.byDeclineReason).toEqual([
      { key: "no_capacity", count: null },
      { key: "other", count: null },
    ]);
    // Acknowledged holds both withheld statuses (12 in all, as the total says anyway); accepted and completed
    // would tell the completed from the declined.
    expect(f.funnel).toEqual({ sent: 12, acknowledged: 12, accepted: null, completed: null });
    expect(f.completion).toEqual({ closed: 12, completed: null, share: null });
    // Ten completed referrals are enough for a time, though their number is withheld.
    expect(f.times.complete).toEqual({ referrals: null, medianHours: 30, meanHours: 30 });
    expect(f.times.acknowledge).toMatchObject({ referrals: 12, medianHours: 1 });
    expect(f.byUrgency).toEqual([
      { key: "emergency", count: 0 },
      { key: "high", count: 0 },
      { key: "normal", count: 12 },
      { key: "low", count: 0 },
    ]);

    // A month with three referrals publishes no number of referrals and no time.
    await seedReferrals(
      ctx.testApp,
      main,
      [{ sentAt: "2032-06-02T10:00:00Z", status: "accepted", acknowledgedAfter: 5, decidedAfter: 6 }],
      3,
    );
    const small = await figures("from=2032-06-01&to=2032-06-30");
    expect(small.funnel.sent).toBeNull();
    expect(small.times.acknowledge).toEqual({ referrals: null, medianHours: null, meanHours: null });
    expect(JSON.stringify(small)).not.toMatch(
      /"(count|referrals|sent|acknowledged|accepted|completed|closed)":[1-4]\b/,
    );
  });

  it("counts overdue referrals, withheld when few or when the rest awaiting would be few", async () => {
    const awaiting = { sentAt: "2019-05-03T10:00:00Z", dueAt: "2099-01-01T00:00:00Z" };
    await seedReferrals(
      ctx.testApp,
      main,
      [{ sentAt: "2019-05-02T10:00:00Z", status: "sent", dueAt: "2019-05-03T10:00:00Z" }],
      6,
    );
    await seedReferrals(ctx.testApp, main, [{ ...awaiting, status: "acknowledged", acknowledgedAfter: 3 }], 5);
    await seedReferrals(
      ctx.testApp,
      main,
      [{ ...awaiting, status: "completed", acknowledgedAfter: 3, decidedAfter: 4, finishedAfter: 9 }],
      5,
    );
    expect((await figures("from=2019-05-01&to=2019-05-31")).overdue).toBe(6);

    await seedReferrals(
      ctx.testApp,
      main,
      [{ sentAt: "2019-08-02T10:00:00Z", status: "sent", dueAt: "2019-08-03T10:00:00Z" }],
      2,
    );
    await seedReferrals(ctx.testApp, main, [{ ...awaiting, sentAt: "2019-08-03T10:00:00Z", status: "sent" }], 10);
    const few = await figures("from=2019-08-01&to=2019-08-31");
    expect(few.overdue).toBeNull();
    expect(few.funnel.sent).toBe(12);
  });

  it("counts months and days in the organisation's time zone", async () => {
    // 22:30 UTC on 31 January 2033 is 23:30 in Warsaw; 23:30 UTC is already 00:30 on 1 February there.
    await seedReferrals(ctx.testApp, main, [{ sentAt: "2033-01-31T22:30:00Z", status: "sent" }], 5);
    await seedReferrals(ctx.testApp, main, [{ sentAt: "2033-01-31T23:30:00Z", status: "sent" }], 6);
    const january = await figures("from=2033-01-01&to=2033-01-31");
    expect(january.funnel.sent).toBe(5);
    expect(january.byMonth).toEqual([{ key: "2033-01", count: 5 }]);
    expect((await figures("from=2033-02-01&to=2033-02-01")).funnel.sent).toBe(6);
    expect((await figures("from=2033-01-01&to=2033-02-28")).byMonth).toEqual([
      { key: "2033-01", count: 5 },
      { key: "2033-02", count: 6 },
    ]);
  });

  it("never counts another organisation's referrals; received ones only with direction=incoming", async () => {
    const account = ctx.demo.accounts.find((a) => a.email === "supervisor@romania.example.org");
    if (!account) throw new Error("demo supervisor of the Romania office missing");
    const romania = await signInOrThrow(ctx.app, account);
    const fromRomania = await senderOf(ctx.testApp, romaniaId, ctx.demo.mainOrganisationId);
    const toRomania = await senderOf(ctx.testApp, ctx.demo.mainOrganisationId, romaniaId);
    const elsewhere = await senderOf(ctx.testApp, romaniaId);
    const day = { sentAt: "2034-03-10T10:00:00Z", status: "sent" as const };
    await seedReferrals(ctx.testApp, fromRomania, [day], 6);
    await seedReferrals(ctx.testApp, toRomania, [{ ...day, provider: "Lower Danube partner" }], 7);
    await seedReferrals(ctx.testApp, elsewhere, [day], 8);
    // A package from outside the deployment: received, though the organisation holds the row as its own.
    const imported = { ...main, toOrganisationId: main.organisationId, importedFrom: "Far Away Shelter" };
    await seedReferrals(ctx.testApp, imported, [day], 5);
    const period = "from=2034-03-01&to=2034-03-31";

    expect((await figures(period)).funnel.sent).toBe(7);
    const incoming = await figures(`${period}&direction=incoming`);
    expect(incoming).toMatchObject({ direction: "incoming", funnel: { sent: 11 } });
    expect(incoming.byPartner).toEqual([
      { key: fromRomania.organisationName, count: 6 },
      { key: "Far Away Shelter", count: 5 },
    ]);

    expect((await figures(period, romania)).funnel.sent).toBe(14);
    const romaniaIncoming = await figures(`${period}&direction=incoming`, romania);
    expect(romaniaIncoming.funnel.sent).toBe(7);
    expect(romaniaIncoming.byPartner).toEqual([{ key: main.organisationName, count: 7 }]);
  });

  it("answers 403 to roles without aggregates.read, and 400 to an unknown direction", async () => {
    for (const role of ["caseworker", "hotline_operator", "screener", "auditor", "partner_caseworker"] as const) {
      const response = await send(ctx.app, {
        method: "GET",
        url: "/api/referrals/figures",
        session: await ctx.sessions.of(role),
      });
      expect(response.statusCode, role).toBe(403);
    }
    for (const role of ["organisation_admin", "supervisor", "me_officer"] as const) {
      const response = await send(ctx.app, {
        method: "GET",
        url: "/api/referrals/figures?direction=incoming",
        session: await ctx.sessions.of(role),
      });
      expect(response.statusCode, role).toBe(200);
    }
    const bad = await send(ctx.app, { method: "GET", url: "/api/referrals/figures?direction=sideways", session: me });
    expect(bad.statusCode).toBe(400);
  });
});
