import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../testing/databases.js";
import { createDemoApp, send, type TestSession } from "../../testing/http.js";
import { runReferralDeadlines } from "./deadlines.job.js";
import { caseWithConsent, directoryEntry, refer } from "./referrals.fixture.js";

type Ctx = Awaited<ReturnType<typeof createDemoApp>>;
const DAY = 24 * 3_600_000;

describe.each(testDatabaseKinds())("referral deadlines (%s)", (kind) => {
  let ctx: Ctx;
  let caseworker: TestSession;
  let partner: TestSession;
  let serviceId: string;

  const get = (url: string, session: TestSession) => send(ctx.app, { method: "GET", url, session });
  const tasksAbout = async (number: string) =>
    (await get("/api/tasks?scope=mine", caseworker))
      .json()
      .items.filter((task: { title: string }) => task.title.startsWith(number));

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    caseworker = await ctx.sessions.of("caseworker");
    partner = await ctx.sessions.of("partner_caseworker");
    const partnerOrgId = ctx.demo.organisationIds[ctx.demo.accountOf("partner_caseworker").organisation] as string;
    ({ serviceId } = await directoryEntry(ctx.testApp, {
      keeper: partnerOrgId,
      member: partnerOrgId,
      name: "Shelter",
    }));
  });
  afterAll(() => ctx.testApp.close());

  it("raises one task for the sender of an unanswered overdue referral, then expires it a month later", async () => {
    const { caseId } = await caseWithConsent(ctx.app, caseworker, "given");
    const [urgent, answered] = await Promise.all(
      ["high", "high"].map(
        async (urgency) =>
          (await refer(ctx.app, caseworker, { caseId, serviceIds: [serviceId], urgency })).json().items[0],
      ),
    );
    await send(ctx.app, {
      method: "POST",
      url: `/api/incoming-referrals/${answered.id}/status`,
      session: partner,
      payload: { action: "accept", version: answered.version },
    });
    // Not yet due (a day for "high"): nothing happens.
    await runReferralDeadlines(ctx.testApp.services, new Date(Date.now() + DAY / 2));
    expect(await tasksAbout(urgent.number)).toEqual([]);

    const later = new Date(Date.now() + 2 * DAY);
    const reports = await runReferralDeadlines(ctx.testApp.services, later);
    expect(reports).toContainEqual({ organisationId: ctx.demo.mainOrganisationId, overdue: 1, expired: 0 });
    const tasks = await tasksAbout(urgent.number);
    expect(tasks).toMatchObject([
      { priority: "urgent", caseId, title: `${urgent.number}: no answer yet from Shelter` },
    ]);
    expect(await tasksAbout(answered.number)).toEqual([]);
    // The lists compare with the real clock: move both due times into the past to see them there.
    await ctx.testApp.services.database.db
      .updateTable("referrals")
      .set({ due_at: new Date(Date.now() - DAY) })
      .where("id", "in", [urgent.id, answered.id])
      .execute();
    const listed = (await get("/api/referrals?overdue=true", caseworker)).json().items;
    expect(listed.map((r: { id: string; overdue: boolean }) => [r.id, r.overdue])).toContainEqual([urgent.id, true]);
    expect(listed.map((r: { id: string }) => r.id)).not.toContain(answered.id);

    // Run again: still one task.
    await runReferralDeadlines(ctx.testApp.services, new Date(later.getTime() + DAY));
    expect(await tasksAbout(urgent.number)).toHaveLength(1);

    await runReferralDeadlines(ctx.testApp.services, new Date(Date.now() + 40 * DAY));
    const expired = (await get(`/api/incoming-referrals/${urgent.id}`, partner)).json();
    expect(expired).toMatchObject({ status: "expired", actions: [] });
    expect((await get(`/api/incoming-referrals/${answered.id}`, partner)).json().status).toBe("accepted");
    const history = (await get(`/api/cases/${caseId}/history`, caseworker)).json().items;
    expect(history.map((h: { action: string }) => h.action)).toEqual(
      expect.arrayContaining(["referral.overdue", "referral.expire"]),
    );
  });
});
