import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROMANIA_OFFICE } from "../../demo/demo-case-builders.js";
import { testDatabaseKinds } from "../../testing/databases.js";
import { createDemoApp, createTestUser, errorOf, send, signInOrThrow, type TestSession } from "../../testing/http.js";
import { caseWithConsent, directoryEntry } from "./referrals.fixture.js";

type Ctx = Awaited<ReturnType<typeof createDemoApp>>;

describe.each(testDatabaseKinds())("transfer of a case to another office (%s)", (kind) => {
  let ctx: Ctx;
  let caseworker: TestSession;
  let supervisor: TestSession;
  let office: TestSession;
  let officeProviderId: string;

  const get = (url: string, session: TestSession) => send(ctx.app, { method: "GET", url, session });
  const post = (url: string, session: TestSession, payload: unknown) =>
    send(ctx.app, { method: "POST", url, session, payload });

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    caseworker = await ctx.sessions.of("caseworker");
    supervisor = await ctx.sessions.of("supervisor");
    const officeId = ctx.demo.organisationIds[ROMANIA_OFFICE] as string;
    ({ providerId: officeProviderId } = await directoryEntry(ctx.testApp, {
      keeper: officeId,
      member: officeId,
      name: ROMANIA_OFFICE,
    }));
    office = await signInOrThrow(
      ctx.app,
      await createTestUser(ctx.testApp, { organisationId: officeId, roles: ["caseworker"] }),
    );
  });
  afterAll(() => ctx.testApp.close());

  it("moves the case with its story to the office that accepts it, and closes the sender's case as referred", async () => {
    const { caseId } = await caseWithConsent(ctx.app, caseworker, "given");
    await post(`/api/cases/${caseId}/events`, caseworker, {
      eventType: "Exploitation",
      country: "DE",
      city: "Hamburg",
    });
    await post(`/api/cases/${caseId}/plans`, caseworker, { planType: "Health", objectives: "Dental care" });
    await post(`/api/cases/${caseId}/assistance`, caseworker, {
      assistanceType: "SafeTransport",
      status: "provided",
      providedOn: "2026-01-10",
    });
    const before = (await get(`/api/cases/${caseId}`, supervisor)).json();
    const wrongTarget = await post(`/api/cases/${caseId}/transfer`, supervisor, {
      providerId: crypto.randomUUID(),
      version: before.version,
    });
    expect(errorOf(wrongTarget).fields?.[0]).toMatchObject({ field: "body.providerId", problem: "not_an_office" });
    const offered = await post(`/api/cases/${caseId}/transfer`, supervisor, {
      providerId: officeProviderId,
      message: "She travels to Iași on Friday; please meet her at the station.",
      version: before.version,
    });
    expect(offered.statusCode, offered.body).toBe(201);
    const transfer = offered.json();
    expect(transfer).toMatchObject({ kind: "transfer", status: "sent" });
    const again = await post(`/api/cases/${caseId}/transfer`, supervisor, {
      providerId: officeProviderId,
      version: before.version,
    });
    expect(again.statusCode).toBe(400);

    const incoming = (await get(`/api/incoming-referrals/${transfer.id}`, office)).json();
    expect(incoming.shared).toMatchObject({ name: { firstName: "Daryna" }, phones: ["+48601234567"] });
    const accepted = await post(`/api/incoming-referrals/${transfer.id}/status`, office, {
      action: "accept",
      version: incoming.version,
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const done = accepted.json();
    expect(done).toMatchObject({ status: "completed", receiverCaseId: expect.any(String) });

    const newCase = done.receiverCaseId as string;
    expect((await get(`/api/cases/${newCase}`, office)).statusCode).toBe(200);
    const events = (await get(`/api/cases/${newCase}/events`, office)).json().items;
    expect(events).toMatchObject([{ eventType: "Exploitation", country: "DE", city: "Hamburg" }]);
    expect((await get(`/api/cases/${newCase}/plans`, office)).json().items).toMatchObject([
      { objectives: "Dental care" },
    ]);
    expect((await get(`/api/cases/${newCase}/assistance`, office)).json().items).toMatchObject([
      { assistanceType: "SafeTransport", status: "provided", providedOn: "2026-01-10" },
    ]);
    const history = (await get(`/api/cases/${newCase}/history`, office)).json().items;
    expect(history.map((h: { action: string }) => h.action)).toContain("case.transferred_in");

    const old = (await get(`/api/cases/${caseId}`, supervisor)).json();
    expect(old).toMatchObject({ stage: "closed", status: "ClosedReferred" });
    expect((await get(`/api/cases/${caseId}`, office)).statusCode).toBe(404);
  });
});
