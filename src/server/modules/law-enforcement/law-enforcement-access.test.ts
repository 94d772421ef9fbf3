import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../../shared/access/permissions.js";
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
import { caseWithReportingConsent, postReport, reportBody, reportCount } from "./law-enforcement.fixture.js";

type Ctx = Awaited<ReturnType<typeof createDemoApp>>;

describe.each(testDatabaseKinds())("who reaches a case's law-enforcement reports (%s)", (kind) => {
  let ctx: Ctx;
  let caseworker: TestSession;
  let caseId: string;
  let reportId: string;

  const userOf = async (organisationId: string, roles: Role[]) =>
    signInOrThrow(ctx.app, await createTestUser(ctx.testApp, { organisationId, roles }));

  /** The three routes on the case and its report: each must answer 404, and nothing may be written. */
  async function expectAllMissing(session: TestSession) {
    const before = await reportCount(ctx.testApp);
    const seq = await lastAuditSeq(ctx.testApp);
    const responses = [
      await postReport(ctx.app, session, caseId, reportBody({ legalBasis: "Must not land" })),
      await send(ctx.app, { method: "GET", url: `/api/cases/${caseId}/law-enforcement-reports`, session }),
      await send(ctx.app, { method: "GET", url: `/api/law-enforcement-reports/${reportId}/print`, session }),
    ];
    expect(responses.map((r) => [r.statusCode, errorOf(r).code])).toEqual([
      [404, "not_found"],
      [404, "not_found"],
      [404, "not_found"],
    ]);
    expect(await reportCount(ctx.testApp)).toBe(before);
    // Only the refusals are in the trail: no list or print was recorded as done.
    const audit = await auditEntriesAfter(ctx.testApp, seq);
    expect(audit.map((e) => e.outcome)).toEqual(["failed", "failed", "failed"]);
  }

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    caseworker = await ctx.sessions.of("caseworker");
    ({ caseId } = await caseWithReportingConsent(ctx.app, caseworker, "given"));
    const created = await postReport(ctx.app, caseworker, caseId, reportBody());
    if (created.statusCode !== 201) throw new Error(`fixture report failed: ${created.body}`);
    reportId = created.json().id;
  });
  afterAll(() => ctx.testApp.close());

  it("answers 404 to another organisation's supervisor on every route, and writes nothing", async () => {
    const otherOrganisation = Object.values(ctx.demo.organisationIds).find((id) => id !== ctx.demo.mainOrganisationId);
    await expectAllMissing(await userOf(otherOrganisation as string, ["supervisor"]));
  });

  it("answers 404 to a caseworker of the same organisation outside the case's team", async () => {
    await expectAllMissing(await userOf(ctx.demo.mainOrganisationId, ["caseworker"]));
  });

  it("lets the organisation's supervisor in, and keeps a hotline operator (no sharing permission) from recording", async () => {
    const supervisor = await ctx.sessions.of("supervisor");
    const list = await send(ctx.app, {
      method: "GET",
      url: `/api/cases/${caseId}/law-enforcement-reports`,
      session: supervisor,
    });
    expect(list.json().items.map((item: { id: string }) => item.id)).toEqual([reportId]);
    const operator = await ctx.sessions.of("hotline_operator");
    const refused = await postReport(ctx.app, operator, caseId, reportBody());
    expect([refused.statusCode, errorOf(refused).code]).toEqual([403, "forbidden"]);
  });

  it("leaves a hotline contact's reports where they were: on the contact, not on any case", async () => {
    const operator = await ctx.sessions.of("hotline_operator");
    const contact = await send(ctx.app, {
      method: "POST",
      url: "/api/hotline/contacts",
      session: operator,
      payload: { channel: "phone", outcome: "information_given" },
    });
    expect(contact.statusCode, contact.body).toBe(201);
    const contactId = contact.json().id;
    const escalated = await send(ctx.app, {
      method: "POST",
      url: `/api/hotline/contacts/${contactId}/escalate`,
      session: operator,
      payload: { kind: "exploitation", lawEnforcement: { consent: true, agency: "Police", reference: "H-1" } },
    });
    expect(escalated.statusCode, escalated.body).toBe(200);
    expect(escalated.json().reports).toMatchObject([{ kind: "exploitation", agency: "Police", reference: "H-1" }]);
    const row = await ctx.testApp.services.database.db
      .selectFrom("law_enforcement_reports")
      .select(["id", "case_id", "authority_kind"])
      .where("contact_id", "=", contactId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ case_id: null, authority_kind: null });
    // Printing is for a case's reports: a contact's report is not reached through this route.
    const supervisor = await ctx.sessions.of("supervisor");
    const print = await send(ctx.app, {
      method: "GET",
      url: `/api/law-enforcement-reports/${row.id}/print`,
      session: supervisor,
    });
    expect(print.statusCode).toBe(404);
  });
});
