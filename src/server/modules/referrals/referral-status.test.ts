import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../testing/databases.js";
import { auditEntriesAfter, createDemoApp, errorOf, lastAuditSeq, send, type TestSession } from "../../testing/http.js";
import { caseWithConsent, directoryEntry, refer } from "./referrals.fixture.js";

type Ctx = Awaited<ReturnType<typeof createDemoApp>>;

describe.each(testDatabaseKinds())("referral status to the end (%s)", (kind) => {
  let ctx: Ctx;
  let caseworker: TestSession;
  let partner: TestSession;
  let serviceId: string;
  let partnerOrgId: string;

  const get = (url: string, session: TestSession) => send(ctx.app, { method: "GET", url, session });
  const answer = (id: string, payload: Record<string, unknown>) =>
    send(ctx.app, { method: "POST", url: `/api/incoming-referrals/${id}/status`, session: partner, payload });

  async function sentReferral() {
    const { caseId } = await caseWithConsent(ctx.app, caseworker, "given");
    const response = await refer(ctx.app, caseworker, { caseId, serviceIds: [serviceId] });
    return { caseId, referral: response.json().items[0] as { id: string; version: number } };
  }

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    caseworker = await ctx.sessions.of("caseworker");
    partner = await ctx.sessions.of("partner_caseworker");
    partnerOrgId = ctx.demo.organisationIds[ctx.demo.accountOf("partner_caseworker").organisation] as string;
    ({ serviceId } = await directoryEntry(ctx.testApp, {
      keeper: partnerOrgId,
      member: partnerOrgId,
      name: "Shelter",
    }));
  });
  afterAll(() => ctx.testApp.close());

  it("lets one of two simultaneous acceptances win; the other gets 409 and reads the current state", async () => {
    const { referral } = await sentReferral();
    const results = await Promise.all([
      answer(referral.id, { action: "accept", version: referral.version }),
      answer(referral.id, { action: "accept", version: referral.version }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const current = (await get(`/api/incoming-referrals/${referral.id}`, partner)).json();
    expect(current).toMatchObject({ status: "accepted", version: referral.version + 1 });
    expect(current.events.filter((e: { action: string }) => e.action === "accept")).toHaveLength(1);
  });

  it("completes with what was provided, which appears as assistance in the referring case", async () => {
    const { caseId, referral } = await sentReferral();
    let version = referral.version;
    for (const action of ["acknowledge", "accept", "start"]) {
      const response = await answer(referral.id, { action, version });
      expect([action, response.statusCode]).toEqual([action, 200]);
      version = response.json().version;
    }
    const seq = await lastAuditSeq(ctx.testApp);
    const done = await answer(referral.id, {
      action: "complete",
      version,
      provided: [{ assistanceType: "ShelterAndAccommodation", providedOn: "2026-02-01", quantity: 14, unit: "night" }],
      note: "Stayed two weeks, moved to her sister's.",
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: "completed", actions: [] });

    const assistance = (await get(`/api/cases/${caseId}/assistance`, caseworker)).json().items;
    expect(assistance).toContainEqual(
      expect.objectContaining({
        assistanceType: "ShelterAndAccommodation",
        status: "provided",
        providedOn: "2026-02-01",
        quantity: 14,
        unit: "night",
        providerName: "Shelter",
      }),
    );
    const sender = (await get(`/api/referrals/${referral.id}`, caseworker)).json();
    expect(sender.status).toBe("completed");
    expect(sender.comments).toMatchObject([
      { body: "Stayed two weeks, moved to her sister's.", fromOwnOrganisation: false },
    ]);
    expect(sender.events.map((e: { action: string }) => e.action)).toEqual([
      "create",
      "send",
      "acknowledge",
      "accept",
      "start",
      "complete",
    ]);
    const history = (await get(`/api/cases/${caseId}/history`, caseworker)).json().items;
    expect(history.map((h: { action: string }) => h.action)).toEqual(
      expect.arrayContaining(["referral.send", "referral.accept", "referral.complete"]),
    );
    // Both trails tell it: the partner's own, and the sender's under the partner's name.
    const audit = await auditEntriesAfter(ctx.testApp, seq);
    const completes = audit.filter((entry) => entry.action === "referral.complete");
    expect(completes.map((entry) => entry.organisation_id).sort()).toEqual(
      [partnerOrgId, ctx.demo.mainOrganisationId].sort(),
    );
  });

  it("keeps the HTCDS outgoing referral fields of the case in step with its latest referral", async () => {
    const { caseId, referral } = await sentReferral();
    const supervisor = await ctx.sessions.of("supervisor");
    const exported = await send(ctx.app, {
      method: "POST",
      url: "/api/cases/export",
      session: supervisor,
      payload: {
        format: "json",
        caseIds: [caseId],
        includeIdentifying: false,
        reason: "Checking HTCDS referral fields",
      },
    });
    expect(exported.statusCode, exported.body).toBe(200);
    const record = exported.json().cases[0];
    const sent = (await get(`/api/referrals/${referral.id}`, caseworker)).json();
    expect(record).toMatchObject({
      cas_ReferredOrganisation: "Shelter",
      cas_ReasonForOutgoingReferral: "AdditionalServicesRequired",
      cas_OutgoingReferralDate: sent.sentAt.slice(0, 10),
    });
  });

  it("asks for a reason to decline, and refuses steps the status does not allow", async () => {
    const { referral } = await sentReferral();
    const noReason = await answer(referral.id, { action: "decline", version: referral.version });
    expect(errorOf(noReason).fields?.[0]).toMatchObject({ field: "body.declineReason", problem: "required" });
    const early = await answer(referral.id, { action: "complete", version: referral.version, provided: [] });
    expect(early.statusCode).toBe(400);
    const skipped = await answer(referral.id, { action: "start", version: referral.version });
    expect([skipped.statusCode, errorOf(skipped).code]).toEqual([409, "conflict"]);
    const declined = await answer(referral.id, {
      action: "decline",
      version: referral.version,
      declineReason: "no_capacity",
    });
    expect(declined.json()).toMatchObject({ status: "declined", declineReason: "no_capacity" });
  });

  it("lets the sender withdraw an open referral; the partner can no longer act on it", async () => {
    const { referral } = await sentReferral();
    const withdrawn = await send(ctx.app, {
      method: "POST",
      url: `/api/referrals/${referral.id}/withdraw`,
      session: caseworker,
      payload: { version: referral.version, note: "She found a place with family." },
    });
    expect(withdrawn.json()).toMatchObject({ status: "withdrawn" });
    const late = await answer(referral.id, { action: "accept", version: referral.version + 1 });
    expect([late.statusCode, errorOf(late).code]).toEqual([409, "conflict"]);
    const incoming = (await get(`/api/incoming-referrals/${referral.id}`, partner)).json();
    expect(incoming.comments[0]).toMatchObject({ body: "She found a place with family.", fromOwnOrganisation: false });
  });
});
