import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../testing/databases.js";
import { auditEntriesAfter, createDemoApp, errorOf, lastAuditSeq, send, type TestSession } from "../../testing/http.js";
import { countWritten, csvOf, type DemoContext, importFile, xlsxOf } from "./exchange.fixture.js";

/** Row 2 good; rows 3 to 6 each wrong in their own way; row 7 good. */
const MIXED: Record<string, string>[] = [
  { prs_FirstName: "Anna", prs_SecondName: "Good", prs_Gender: "Feminine", prs_Citizenship: "UA" },
  { prs_FirstName: "Bohdan", prs_Gender: "Alien", prs_Citizenship: "XX" },
  { prs_FirstName: "Chrystia", prs_Birthdate: "2001-05-01", sp_IdentifiedOn: "2000-01-01" },
  { prs_FirstName: "Dara", prs_Birthdate: "2015-02-03", con_Consent: "TRUE" },
  { prs_FirstName: "Emil", sp_OpenedOn: "2999-01-01", prs_Birthdate: "03/02/1990" },
  { prs_FirstName: "Fedir", prs_SecondName: "Good", vic_TypeOfExploitation: "ForcedLabour" },
];

describe.each(testDatabaseKinds())("HTCDS import (%s)", (kind) => {
  let ctx: DemoContext;
  let supervisor: TestSession;

  const csv = (rows: Record<string, string>[]) => ({ fileName: "cases.csv", content: csvOf(rows) });
  const caseList = async () => {
    const response = await send(ctx.app, { method: "GET", url: "/api/cases?limit=200", session: supervisor });
    return response.json().items as { id: string; caseNumber: string; personName: string }[];
  };
  const caseNamed = async (name: string) => {
    const summary = (await caseList()).find((item) => item.personName === name);
    if (!summary) throw new Error(`no case of ${name}`);
    return (await send(ctx.app, { method: "GET", url: `/api/cases/${summary.id}`, session: supervisor })).json();
  };

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    supervisor = await ctx.sessions.of("supervisor");
  });
  afterAll(() => ctx.testApp.close());

  it("needs case.import: a caseworker has not", async () => {
    const response = await importFile(ctx.app, await ctx.sessions.of("caseworker"), csv(MIXED.slice(0, 1)));
    expect(response.statusCode).toBe(403);
  });

  it("reports every bad row with its row number on a dry run, translated, and writes nothing", async () => {
    const before = await countWritten(ctx);
    const seq = await lastAuditSeq(ctx.testApp);
    const response = await importFile(ctx.app, supervisor, csv(MIXED), "", { "accept-language": "pl" });
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json();
    expect(report).toMatchObject({ dryRun: true, rows: 6, valid: 2, invalid: 4, created: 0, cases: 2 });
    const problems = report.problems.map((p: { row: number; field: string; problem: string }) => [
      p.row,
      p.field,
      p.problem,
    ]);
    expect(problems).toEqual([
      [3, "prs_Gender", "unknown_value"],
      [3, "prs_Citizenship", "country_code"],
      [4, "sp_IdentifiedOn", "before_birth"],
      [5, "con_Consent", "guardian_required"],
      [6, "prs_Birthdate", "date"],
      [6, "sp_OpenedOn", "in_future"],
    ]);
    expect(report.problems[0].message).toBe("Tej wartości nie ma na liście.");
    expect(report.skippedRows).toEqual([3, 4, 5, 6]);
    expect(await countWritten(ctx)).toEqual(before);
    const audit = (await auditEntriesAfter(ctx.testApp, seq)).find((e) => e.action === "case.import_dry_run");
    expect(audit?.detail).toMatchObject({ rows: 6, valid: 2, invalid: 4 });
  });

  it("refuses a real run with bad rows as a whole: 400 with the same report, nothing written", async () => {
    const before = await countWritten(ctx);
    const response = await importFile(ctx.app, supervisor, csv(MIXED), "?dryRun=false");
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).code).toBe("validation");
    const report = response.json().report;
    expect(report).toMatchObject({ dryRun: false, invalid: 4, created: 0 });
    expect(report.problems).toHaveLength(6);
    expect(await countWritten(ctx)).toEqual(before);
  });

  it("writes the good rows and reports the skipped ones with skipBadRows", async () => {
    const before = await countWritten(ctx);
    const seq = await lastAuditSeq(ctx.testApp);
    const response = await importFile(ctx.app, supervisor, csv(MIXED), "?dryRun=false&skipBadRows=true");
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ created: 2, skippedRows: [3, 4, 5, 6], invalid: 4 });
    const after = await countWritten(ctx);
    expect(after.cases - before.cases).toBe(2);
    expect(after.people - before.people).toBe(2);
    expect(after.case_number_counters - before.case_number_counters).toBe(2);
    expect(after.person_search_keys).toBeGreaterThan(before.person_search_keys);
    const anna = await caseNamed("Anna Good");
    expect(anna.people[0].person).toMatchObject({ gender: "Feminine", citizenships: ["UA"] });
    expect((await caseNamed("Fedir Good")).people[0].victim.exploitationTypes).toEqual(["ForcedLabour"]);
    const audit = (await auditEntriesAfter(ctx.testApp, seq)).find((e) => e.action === "case.import");
    expect(audit?.record_ids).toHaveLength(2);
    expect(audit?.record_ids).toContain(anna.id);
    const history = await send(ctx.app, { method: "GET", url: `/api/cases/${anna.id}/history`, session: supervisor });
    expect(history.json().items[0]).toMatchObject({ action: "case.opened" });
    // Searchable like a case taken in on screen: the blind index was written.
    const search = await send(ctx.app, {
      method: "POST",
      url: "/api/people/search",
      session: supervisor,
      payload: { query: "Anna Good" },
    });
    expect(JSON.stringify(search.json())).toContain(anna.people[0].person.id);
  });

  it("accepts and normalises values of HTCDS 0.2 and 1.0", async () => {
    const rows = [
      {
        prs_FirstName: "Halyna",
        prs_SecondName: "Old",
        prs_Gender: "Male",
        vic_TypeOfExploitation: "Begging;Forced labor",
        vic_MethodOfRecruitment: "InternetSocialMediaOnlineAdvertisement",
        vic_RelationshipToTrafficker: "Stranger",
        vic_ForcedLabourIndustry: "Agriculture",
      },
    ];
    const dry = (await importFile(ctx.app, supervisor, csv(rows))).json();
    expect(dry.problems).toEqual([]);
    expect(dry.normalised).toEqual(
      expect.arrayContaining([
        { row: 2, field: "prs_Gender", from: "Male", to: "Masculine" },
        { row: 2, field: "vic_TypeOfExploitation", from: "Begging", to: "ForcedBegging" },
        { row: 2, field: "vic_TypeOfExploitation", from: "Forced labor", to: "ForcedLabour" },
      ]),
    );
    const real = await importFile(ctx.app, supervisor, csv(rows), "?dryRun=false");
    expect(real.statusCode, real.body).toBe(200);
    const halyna = await caseNamed("Halyna Old");
    expect(halyna.people[0].person.gender).toBe("Masculine");
    expect(halyna.people[0].victim).toMatchObject({
      exploitationTypes: ["ForcedBegging", "ForcedLabour"],
      recruitmentMethods: ["ThroughOnlineSocialNetworks", "ThroughAnOnlineAdvertisement"],
      relationshipToTrafficker: "Unaquainted",
      forcedLabourIndustry: "A_AgricultureForestryAndFishing",
    });
  });

  it("reads the XLSX template layout (hidden names, label row, the template's own typo) and groups a case's people", async () => {
    const file = await xlsxOf([
      {
        sp_CaseNumber: "OLD-7",
        prs_FirstName: "Iryna",
        prs_SecondName: "Template",
        vic_TraffickinStatusDecisionMakingOrg: "NGO",
        sp_Role: "victim",
      },
      { sp_CaseNumber: "OLD-7", prs_FirstName: "Karol", sp_Role: "perpetrator", per_RoleInProcess: "Recruiter" },
      { sp_CaseNumber: "OLD-8", prs_FirstName: "Lina", prs_Birthdate: "2999-01-01" },
    ]);
    const dry = (await importFile(ctx.app, supervisor, { fileName: "template.xlsx", content: file })).json();
    expect(dry.problems.map((p: { row: number; field: string }) => [p.row, p.field])).toEqual([
      [4, "per_RoleInProcess"],
      [5, "prs_Birthdate"],
    ]);
    // Cells as a spreadsheet program types them: a real date, a day count without a date format, a checkbox.
    const fixed = await xlsxOf([
      {
        sp_CaseNumber: "OLD-7",
        prs_FirstName: "Iryna",
        prs_SecondName: "Template",
        vic_TraffickinStatusDecisionMakingOrg: "NGO",
        prs_Birthdate: new Date(Date.UTC(1990, 4, 6)),
        sp_IdentifiedOn: 45666,
        con_Consent: true,
      },
      { sp_CaseNumber: "OLD-7", prs_FirstName: "Karol", sp_Role: "perpetrator", per_RoleInProcess: "Smuggler" },
    ]);
    const real = await importFile(ctx.app, supervisor, { fileName: "template.xlsx", content: fixed }, "?dryRun=false");
    expect(real.statusCode, real.body).toBe(200);
    expect(real.json()).toMatchObject({ rows: 2, created: 1 });
    const iryna = await caseNamed("Iryna Template");
    expect(iryna.people.map((p: { role: string }) => p.role)).toEqual(["victim", "perpetrator"]);
    expect(iryna.people[0].victim.statusDecidedBy).toBe("NGO");
    expect(iryna.people[0].person.identity.birthDate).toBe("1990-05-06");
    expect(iryna.identifiedOn).toBe("2025-01-09");
    expect(iryna.people[0].consents.current.data_processing.decision).toBe("given");
    expect(iryna.people[1].perpetrator.perpetratorRoles).toEqual(["Smuggler"]);
  });

  it("writes a file of several steps whole: every case, person, key and consent, each person searchable", async () => {
    const count = 1201;
    const phone = (i: number) => `+38050${1000000 + i}`;
    // The last case has two people, so that a step holds more people than cases.
    const rows = Array.from({ length: count }, (_, i) => ({
      sp_CaseNumber: `BULK-${Math.min(i, count - 2)}`,
      sp_Role: i === count - 1 ? "perpetrator" : "victim",
      prs_FirstName: `Bulk${i}`,
      prs_SecondName: "Import",
      prs_MobilePhone: phone(i),
      prs_Citizenship: "UA",
      con_Consent: "TRUE",
    }));
    const before = await countWritten(ctx);
    const response = await importFile(ctx.app, supervisor, csv(rows), "?dryRun=false");
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ rows: count, created: count - 1, invalid: 0 });
    const after = await countWritten(ctx);
    expect(after.cases - before.cases).toBe(count - 1);
    expect(after.people - before.people).toBe(count);
    // One set of name trigrams per person, however many trigrams the name has.
    expect(after.person_name_trigrams - before.person_name_trigrams).toBe(count);
    expect(after.case_people - before.case_people).toBe(count);
    expect(after.record_keys - before.record_keys).toBe(2 * count - 1);
    expect(after.consents - before.consents).toBe(count);
    expect(after.case_number_counters - before.case_number_counters).toBe(count - 1);
    for (const i of [0, 499, 500, 1000, count - 1]) {
      const search = await send(ctx.app, {
        method: "POST",
        url: "/api/people/search",
        session: supervisor,
        payload: { query: phone(i) },
      });
      const [found] = search.json().items;
      expect(found, `row ${i}`).toMatchObject({ displayName: `Bulk${i} Import`, caseNumbers: [expect.any(String)] });
    }
  });

  it("checks a real import in chunks: a case's rows far apart stay one case, a late bad row refuses or is skipped alone", async () => {
    const count = 600;
    const rows = Array.from({ length: count }, (_, i) => ({
      sp_CaseNumber: i === 3 || i === 550 ? "FAR" : `CHUNK-${i}`,
      prs_FirstName: i === 3 ? "Farrow" : i === 550 ? "Nearly" : `Chunk${i}`,
      prs_SecondName: i === 3 || i === 550 ? "Awaylong" : "Import",
      prs_Gender: i === 580 ? "Alien" : "Feminine",
      prs_Citizenship: "UA",
    }));
    const before = await countWritten(ctx);
    const refused = await importFile(ctx.app, supervisor, csv(rows), "?dryRun=false");
    expect(refused.statusCode).toBe(400);
    expect(refused.json().report).toMatchObject({ rows: count, invalid: 1, created: 0, skippedRows: [582] });
    expect(refused.json().report.problems.map((p: { row: number }) => p.row)).toEqual([582]);
    // Earlier chunks were written before row 582 was read: all of it rolled back.
    expect(await countWritten(ctx)).toEqual(before);

    const response = await importFile(ctx.app, supervisor, csv(rows), "?dryRun=false&skipBadRows=true");
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ rows: count, created: count - 2, cases: count - 2, skippedRows: [582] });
    const after = await countWritten(ctx);
    expect(after.cases - before.cases).toBe(count - 2);
    expect(after.case_people - before.case_people).toBe(count - 1);
    const search = await send(ctx.app, {
      method: "POST",
      url: "/api/people/search",
      session: supervisor,
      payload: { query: "Awaylong" },
    });
    const found = search.json().items as { displayName: string; caseNumbers: string[] }[];
    expect(found.map((item) => item.displayName).sort()).toEqual(["Farrow Awaylong", "Nearly Awaylong"]);
    expect(found[0]?.caseNumbers).toHaveLength(1);
    expect(found[1]?.caseNumbers).toEqual(found[0]?.caseNumbers);
  });

  it("refuses files it cannot read, naming body.file", async () => {
    const wrongType = await importFile(ctx.app, supervisor, { fileName: "notes.txt", content: "hello" });
    expect(errorOf(wrongType).fields).toEqual([
      expect.objectContaining({ field: "body.file", problem: "import_file_type" }),
    ]);
    const noHeader = await importFile(ctx.app, supervisor, { fileName: "a.csv", content: "name,age\nAnna,30\n" });
    expect(errorOf(noHeader).fields?.[0]).toMatchObject({ field: "body.file", problem: "no_htcds_header" });
    const lines = ["prs_FirstName,prs_Gender", ...Array.from({ length: 20001 }, (_, i) => `P${i},Feminine`)];
    const tooMany = await importFile(ctx.app, supervisor, { fileName: "big.csv", content: lines.join("\n") });
    expect(tooMany.statusCode).toBe(400);
    expect(errorOf(tooMany).fields?.[0]).toMatchObject({ field: "body.file", problem: "too_many_rows" });
    const tooLarge = await importFile(ctx.app, supervisor, {
      fileName: "huge.csv",
      content: Buffer.alloc(10 * 1024 * 1024 + 1, "a"),
    });
    expect(tooLarge.statusCode).toBe(413);
    expect(errorOf(tooLarge).fields?.[0]).toMatchObject({ field: "body.file" });
  });
});
