import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../testing/databases.js";
import { createDemoApp, errorOf, send, type TestSession } from "../../testing/http.js";
import { caseWithConsent, directoryEntry, PHONE, refer } from "./referrals.fixture.js";

type Ctx = Awaited<ReturnType<typeof createDemoApp>>;

describe.each(testDatabaseKinds())("a partner's own case from a referral (%s)", (kind) => {
  let ctx: Ctx;
  let caseworker: TestSession;
  let partner: TestSession;
  let serviceId: string;

  const get = (url: string, session: TestSession) => send(ctx.app, { method: "GET", url, session });
  const post = (url: string, session: TestSession, payload: unknown = {}) =>
    send(ctx.app, { method: "POST", url, session, payload });

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

  it("opens a linked case holding only the shared fields, once, after acceptance", async () => {
    const { caseId } = await caseWithConsent(ctx.app, caseworker, "given");
    const referral = (
      await refer(ctx.app, caseworker, { caseId, serviceIds: [serviceId], sharedFields: ["name", "languages", "sex"] })
    ).json().items[0];
    const early = await post(`/api/incoming-referrals/${referral.id}/open-case`, partner);
    expect([early.statusCode, errorOf(early).code]).toEqual([409, "conflict"]);
    await post(`/api/incoming-referrals/${referral.id}/status`, partner, {
      action: "accept",
      version: referral.version,
    });

    const opened = await post(`/api/incoming-referrals/${referral.id}/open-case`, partner);
    expect(opened.statusCode, opened.body).toBe(201);
    const { caseId: ownCaseId, referral: after } = opened.json();
    expect(after.receiverCaseId).toBe(ownCaseId);

    const own = await get(`/api/cases/${ownCaseId}`, partner);
    expect(own.statusCode, own.body).toBe(200);
    const text = own.body;
    expect(text).toContain("Daryna");
    expect(text).not.toContain(PHONE);
    expect(text).not.toContain("1994");
    expect(own.json()).toMatchObject({
      incomingReferral: { organisationName: expect.any(String), reason: "AdditionalServicesRequired" },
    });
    const list = (await get("/api/cases", partner)).json().items.map((c: { id: string }) => c.id);
    expect(list).toContain(ownCaseId);
    expect(list).not.toContain(caseId);

    const again = await post(`/api/incoming-referrals/${referral.id}/open-case`, partner);
    expect(again.statusCode).toBe(409);
    // The sender learns that the partner opened a case, not which.
    const story = (await get(`/api/referrals/${referral.id}`, caseworker)).json();
    expect(story.events.map((e: { action: string }) => e.action)).toContain("open_case");
    expect(JSON.stringify(story)).not.toContain(ownCaseId);
  });

  it("still refuses a partner a case of its own that no referral opened", async () => {
    const response = await post("/api/cases", partner, { person: { identity: { firstName: "Walk-in" } } });
    expect(response.statusCode).toBe(403);
  });
});
