import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../testing/databases.js";
import {
  auditEntriesAfter,
  createDemoApp,
  createTestUser,
  errorOf,
  lastAuditSeq,
  send,
  signInOrThrow,
  type TestSession,
} from "../../testing/http.js";
import { caseWithConsent, directoryEntry, PHONE, refer } from "./referrals.fixture.js";

type Ctx = Awaited<ReturnType<typeof createDemoApp>>;

describe.each(testDatabaseKinds())("referral consent and field-level sharing (%s)", (kind) => {
  let ctx: Ctx;
  let caseworker: TestSession;
  let supervisor: TestSession;
  let partner: TestSession;
  let stranger: TestSession;
  let serviceId: string;

  const get = (url: string, session: TestSession) => send(ctx.app, { method: "GET", url, session });
  const referralCount = async () =>
    Number(
      (
        await ctx.testApp.services.database.db
          .selectFrom("referrals")
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    caseworker = await ctx.sessions.of("caseworker");
    supervisor = await ctx.sessions.of("supervisor");
    partner = await ctx.sessions.of("partner_caseworker");
    const partnerOrg = ctx.demo.accountOf("partner_caseworker").organisation;
    const partnerOrgId = ctx.demo.organisationIds[partnerOrg] as string;
    ({ serviceId } = await directoryEntry(ctx.testApp, {
      keeper: partnerOrgId,
      member: partnerOrgId,
      name: "Shelter",
    }));
    const third = Object.entries(ctx.demo.organisationIds).find(
      ([name, id]) => id !== partnerOrgId && id !== ctx.demo.mainOrganisationId && name,
    )?.[1] as string;
    stranger = await signInOrThrow(
      ctx.app,
      await createTestUser(ctx.testApp, { organisationId: third, roles: ["partner_caseworker"] }),
    );
  });
  afterAll(() => ctx.testApp.close());

  it("refuses to send without consent to sharing, naming why, and writes nothing", async () => {
    for (const sharing of ["none", "refused"] as const) {
      const { caseId } = await caseWithConsent(ctx.app, caseworker, sharing);
      const before = await referralCount();
      const response = await refer(ctx.app, caseworker, { caseId, serviceIds: [serviceId] });
      expect([response.statusCode, errorOf(response).fields?.[0]]).toMatchObject([
        400,
        { field: "body", problem: sharing === "none" ? "sharing_consent_missing" : "sharing_consent_refused" },
      ]);
      expect(await referralCount()).toBe(before);
    }
  });

  it("lets only a supervisor override the missing consent in an emergency, and keeps the reason", async () => {
    const { caseId } = await caseWithConsent(ctx.app, caseworker, "none");
    const emergencyOverride = { reason: "Immediate danger tonight, no safe way to ask her first" };
    const byCaseworker = await refer(ctx.app, caseworker, { caseId, serviceIds: [serviceId], emergencyOverride });
    expect(errorOf(byCaseworker).fields?.[0]).toMatchObject({
      field: "body.emergencyOverride",
      problem: "override_supervisor_only",
    });
    const bySupervisor = await refer(ctx.app, supervisor, {
      caseId,
      serviceIds: [serviceId],
      emergencyOverride,
      urgency: "emergency",
    });
    expect(bySupervisor.statusCode, bySupervisor.body).toBe(201);
    const [made] = bySupervisor.json().items;
    expect(made).toMatchObject({ status: "sent", emergencyOverride: { reason: emergencyOverride.reason } });
    // Four hours to answer an emergency.
    expect(Date.parse(made.dueAt) - Date.parse(made.sentAt)).toBe(4 * 3_600_000);
    const incoming = (await get(`/api/incoming-referrals/${made.id}`, partner)).json();
    expect(JSON.stringify(incoming)).not.toContain("Immediate danger");
  });

  it("shows the partner exactly the ticked fields and nothing else of the case", async () => {
    const { caseId, personId } = await caseWithConsent(ctx.app, caseworker, "given");
    const response = await refer(ctx.app, caseworker, {
      caseId,
      serviceIds: [serviceId],
      sharedFields: ["name", "languages"],
      message: "Needs a quiet room; call before visiting.",
    });
    expect(response.statusCode, response.body).toBe(201);
    const referral = response.json().items[0];
    expect(referral.shared).toMatchObject({ name: { firstName: "Daryna" }, languages: ["uk", "pl"] });

    const seq = await lastAuditSeq(ctx.testApp);
    const incoming = await get(`/api/incoming-referrals/${referral.id}`, partner);
    expect(incoming.statusCode, incoming.body).toBe(200);
    const body = incoming.json();
    expect(Object.keys(body.shared).sort()).toEqual(["languages", "name"]);
    expect(body.message).toBe("Needs a quiet room; call before visiting.");
    const text = JSON.stringify(body);
    for (const hidden of [PHONE, "1994", caseId, personId, "Female"]) expect(text).not.toContain(hidden);
    const audit = await auditEntriesAfter(ctx.testApp, seq);
    expect(audit.map((entry) => [entry.action, entry.record_id])).toContainEqual([
      "referral.incoming.read",
      referral.id,
    ]);

    // The list shows it; the case, the person and the sender's view stay out of reach.
    const list = (await get("/api/incoming-referrals", partner)).json();
    expect(list.items.map((item: { id: string }) => item.id)).toContain(referral.id);
    expect(JSON.stringify(list)).not.toContain(caseId);
    for (const url of [`/api/cases/${caseId}`, `/api/people/${personId}`, `/api/referrals/${referral.id}`])
      expect([url, (await get(url, partner)).statusCode]).toEqual([url, 404]);
    const search = await send(ctx.app, {
      method: "POST",
      url: "/api/people/search",
      session: partner,
      payload: { query: "Daryna Referralska" },
    });
    expect(JSON.stringify(search.json())).not.toContain(personId);
  });

  it("answers 404 to an organisation the referral is not addressed to, and records the attempt", async () => {
    const { caseId } = await caseWithConsent(ctx.app, caseworker, "given");
    const referral = (await refer(ctx.app, caseworker, { caseId, serviceIds: [serviceId] })).json().items[0];
    const seq = await lastAuditSeq(ctx.testApp);
    const response = await get(`/api/incoming-referrals/${referral.id}`, stranger);
    expect([response.statusCode, errorOf(response).code]).toEqual([404, "not_found"]);
    const audit = await auditEntriesAfter(ctx.testApp, seq);
    expect(audit.map((entry) => [entry.action, entry.outcome])).toContainEqual(["referral.incoming.read", "failed"]);
    expect((await get("/api/incoming-referrals", stranger)).json().items).toEqual([]);
  });

  it("keeps a draft away from the receiver until it is sent, and checks consent when sending", async () => {
    const { caseId } = await caseWithConsent(ctx.app, caseworker, "given");
    const draft = (await refer(ctx.app, caseworker, { caseId, serviceIds: [serviceId], send: false })).json().items[0];
    expect(draft).toMatchObject({ status: "draft", sentAt: null });
    expect((await get(`/api/incoming-referrals/${draft.id}`, partner)).statusCode).toBe(404);
    const sent = await send(ctx.app, {
      method: "POST",
      url: `/api/referrals/${draft.id}/send`,
      session: caseworker,
      payload: { version: draft.version },
    });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json()).toMatchObject({ status: "sent" });
    expect((await get(`/api/incoming-referrals/${draft.id}`, partner)).statusCode).toBe(200);
  });
});
