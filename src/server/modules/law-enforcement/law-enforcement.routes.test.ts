import { afterAll, beforeAll, describe, expect, it } from "vitest";
import en from "../../../shared/i18n/locales/law-enforcement/en.json" with { type: "json" };
import uk from "../../../shared/i18n/locales/law-enforcement/uk.json" with { type: "json" };
import { testDatabaseKinds } from "../../testing/databases.js";
import { auditEntriesAfter, createDemoApp, errorOf, lastAuditSeq, send, type TestSession } from "../../testing/http.js";
import {
  caseWithReportingConsent,
  PHONE,
  postReport,
  REFERENCE,
  reportBody,
  reportCount,
  SUMMARY,
} from "./law-enforcement.fixture.js";

type Ctx = Awaited<ReturnType<typeof createDemoApp>>;

describe.each(testDatabaseKinds())("law-enforcement reports of a case (%s)", (kind) => {
  let ctx: Ctx;
  let caseworker: TestSession;
  let supervisor: TestSession;

  const get = (url: string, session = caseworker) => send(ctx.app, { method: "GET", url, session });
  const historyOf = async (caseId: string) =>
    (await get(`/api/cases/${caseId}/history`)).json().items as { action: string; changes: Record<string, unknown> }[];

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    caseworker = await ctx.sessions.of("caseworker");
    supervisor = await ctx.sessions.of("supervisor");
  });
  afterAll(() => ctx.testApp.close());

  it("records a report with the person's consent: sealed at rest, in the case history and the audit trail", async () => {
    const { caseId, personId } = await caseWithReportingConsent(ctx.app, caseworker, "given");
    const seq = await lastAuditSeq(ctx.testApp);
    const response = await postReport(ctx.app, caseworker, caseId, reportBody());
    expect(response.statusCode, response.body).toBe(201);
    const report = response.json();
    expect(report).toMatchObject({
      caseId,
      personId,
      authorityKind: "police",
      authorityName: "National Police, Przemyśl district",
      reportedAt: "2026-02-03T09:15:00.000Z",
      referenceNumber: REFERENCE,
      sharedFields: ["name", "phones"],
      summary: SUMMARY,
      consent: true,
      consentDecidedOn: "2026-01-05",
      legalBasis: null,
    });
    expect(report.recordedBy).toBeTruthy();

    const row = await ctx.testApp.services.database.db
      .selectFrom("law_enforcement_reports")
      .selectAll()
      .where("id", "=", report.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ case_id: caseId, person_id: personId, contact_id: null, consent: true });
    expect(row.consent_id).toBeTruthy();
    for (const sealed of [row.reference, row.summary, row.shared_values]) expect(sealed).toMatch(/^rk1\./);
    const stored = JSON.stringify(row);
    for (const secret of [REFERENCE, "Przemyśl and the bus", PHONE, "Daryna"]) expect(stored).not.toContain(secret);

    const entry = (await historyOf(caseId)).find((item) => item.action === "law_enforcement_report.recorded");
    expect(entry?.changes).toMatchObject({ reportId: report.id, summary: true, referenceNumber: true });
    expect(JSON.stringify(entry)).not.toContain(SUMMARY);
    const audit = await auditEntriesAfter(ctx.testApp, seq);
    expect(audit.find((e) => e.action === "law_enforcement_report.record")).toMatchObject({
      outcome: "allowed",
      record_type: "case",
      record_id: caseId,
      record_ids: [report.id, personId],
    });
  });

  it("refuses a report without consent or legal basis, naming body.legalBasis with the reason, and writes nothing", async () => {
    const cases = [
      ["none", "law_enforcement_consent_missing"],
      ["refused", "law_enforcement_consent_refused"],
      ["withdrawn", "law_enforcement_consent_withdrawn"],
    ] as const;
    for (const [decision, problem] of cases) {
      const { caseId } = await caseWithReportingConsent(ctx.app, caseworker, decision);
      const before = await reportCount(ctx.testApp);
      const historyBefore = (await historyOf(caseId)).length;
      for (const body of [reportBody(), reportBody({ legalBasis: null }), reportBody({ legalBasis: "   " })]) {
        const response = await postReport(ctx.app, caseworker, caseId, body);
        expect(response.statusCode, response.body).toBe(400);
        expect(errorOf(response).fields).toEqual([
          { field: "body.legalBasis", problem, message: en.validation[problem] },
        ]);
      }
      const inUkrainian = await postReport(ctx.app, caseworker, caseId, reportBody(), { "accept-language": "uk" });
      expect(errorOf(inUkrainian).fields?.[0]?.message).toBe(uk.validation[problem]);
      expect(await reportCount(ctx.testApp)).toBe(before);
      expect((await historyOf(caseId)).length).toBe(historyBefore);
    }
  });

  it("records a report on a legal basis when the person has not consented, the basis kept in clear", async () => {
    const { caseId } = await caseWithReportingConsent(ctx.app, caseworker, "refused");
    const legalBasis = "Mandatory reporting of trafficking offences, Criminal Procedure Code art. 304 §2";
    const response = await postReport(ctx.app, caseworker, caseId, reportBody({ legalBasis, sharedFields: [] }));
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ consent: false, consentDecidedOn: null, legalBasis, sharedFields: [] });
    const row = await ctx.testApp.services.database.db
      .selectFrom("law_enforcement_reports")
      .select(["legal_basis", "consent", "consent_id", "shared_values"])
      .where("id", "=", response.json().id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ legal_basis: legalBasis, consent: false, consent_id: null, shared_values: null });
  });

  it("checks the person, the time and the authority of a report", async () => {
    const { caseId } = await caseWithReportingConsent(ctx.app, caseworker, "given");
    const other = await caseWithReportingConsent(ctx.app, caseworker, "given");
    const before = await reportCount(ctx.testApp);
    const bad: [Record<string, unknown>, string, string][] = [
      [reportBody({ personId: other.personId }), "body.personId", "not_in_case"],
      [reportBody({ reportedAt: "2099-01-01T00:00:00Z" }), "body.reportedAt", "in_future"],
      [reportBody({ authorityKind: "army" }), "body.authorityKind", "unknown_value"],
      [reportBody({ sharedFields: ["name", "diary"] }), "body.sharedFields.1", "unknown_value"],
    ];
    for (const [body, field, problem] of bad) {
      const response = await postReport(ctx.app, caseworker, caseId, body);
      expect([response.statusCode, errorOf(response).fields?.[0]]).toMatchObject([400, { field, problem }]);
    }
    expect(await reportCount(ctx.testApp)).toBe(before);
  });

  it("lists the case's reports, newest first, audited as a read of the case and the person", async () => {
    const { caseId, personId } = await caseWithReportingConsent(ctx.app, caseworker, "given");
    const first = (await postReport(ctx.app, caseworker, caseId, reportBody())).json();
    const second = (
      await postReport(ctx.app, supervisor, caseId, reportBody({ reportedAt: "2026-02-04T09:00:00Z", summary: null }))
    ).json();
    const seq = await lastAuditSeq(ctx.testApp);
    const response = await get(`/api/cases/${caseId}/law-enforcement-reports`);
    expect(response.statusCode, response.body).toBe(200);
    const items = response.json().items;
    expect(items.map((item: { id: string }) => item.id)).toEqual([second.id, first.id]);
    expect(items[1]).toMatchObject({ summary: SUMMARY, referenceNumber: REFERENCE });
    expect(items[0].summary).toBeNull();
    const audit = await auditEntriesAfter(ctx.testApp, seq);
    expect(audit.map((e) => [e.action, e.record_type, e.record_id, e.record_ids])).toEqual([
      ["law_enforcement_report.list", "case", caseId, [second.id, first.id, personId]],
    ]);
  });

  it("prints a report as a PDF attachment in the language asked for, audited with the reason print", async () => {
    const { caseId, personId, caseNumber } = await caseWithReportingConsent(ctx.app, caseworker, "given");
    const report = (await postReport(ctx.app, caseworker, caseId, reportBody())).json();
    const seq = await lastAuditSeq(ctx.testApp);
    const response = await get(`/api/law-enforcement-reports/${report.id}/print?language=uk`);
    expect(response.statusCode, response.body.slice(0, 200)).toBe(200);
    expect(response.headers["content-type"]).toBe("application/pdf");
    expect(String(response.headers["content-disposition"])).toMatch(
      new RegExp(`^attachment; filename="law-enforcement-report-${caseNumber}-\\d{4}-\\d{2}-\\d{2}\\.pdf"`),
    );
    expect(response.headers["cache-control"]).toBe("no-store");
    const pdf = response.rawPayload;
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.toString("latin1")).toContain("/Lang (uk)");
    const audit = await auditEntriesAfter(ctx.testApp, seq);
    expect(audit.map((e) => [e.action, e.record_id, e.record_ids, e.reason, e.outcome])).toEqual([
      ["law_enforcement_report.print", caseId, [report.id, personId], "print", "allowed"],
    ]);
    const bad = await get(`/api/law-enforcement-reports/${report.id}/print?language=de`);
    expect([bad.statusCode, errorOf(bad).fields?.[0]?.field]).toEqual([400, "query.language"]);
  });

  it("keeps the report once the person is erased, its sealed values no longer readable", async () => {
    const { caseId, personId } = await caseWithReportingConsent(ctx.app, caseworker, "given");
    const report = (await postReport(ctx.app, caseworker, caseId, reportBody())).json();
    const erase = await send(ctx.app, {
      method: "POST",
      url: `/api/people/${personId}/erase`,
      session: supervisor,
      payload: { reason: "The person asked for erasure" },
    });
    expect(erase.statusCode, erase.body).toBeLessThan(300);
    const items = (await get(`/api/cases/${caseId}/law-enforcement-reports`, supervisor)).json().items;
    expect(items).toMatchObject([
      { id: report.id, authorityName: "National Police, Przemyśl district", summary: null, referenceNumber: null },
    ]);
    const printed = await get(`/api/law-enforcement-reports/${report.id}/print`, supervisor);
    expect(printed.statusCode, printed.body.slice(0, 200)).toBe(200);
    // Reporting anew needs the case's key for the summary: refused rather than kept in clear.
    const again = await postReport(ctx.app, supervisor, caseId, reportBody({ sharedFields: [] }));
    expect([again.statusCode, errorOf(again).fields?.[0]?.problem]).toEqual([400, "case_erased"]);
  });
});
