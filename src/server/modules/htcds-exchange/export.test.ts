import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../testing/databases.js";
import { auditEntriesAfter, createDemoApp, errorOf, lastAuditSeq, send, type TestSession } from "../../testing/http.js";
import { foreignUser } from "../case-records/case-records.fixture.js";
import { type DemoContext, exportCases, intake, readWorkbook } from "./exchange.fixture.js";

const REASON = "Referral of two cases to the shelter partner";
const consent = (purpose: string, decision = "given") => ({
  purpose,
  decision,
  decidedOn: "2026-01-10",
  method: "written",
});

describe.each(testDatabaseKinds())("HTCDS export (%s)", (kind) => {
  let ctx: DemoContext;
  let caseworker: TestSession;
  let supervisor: TestSession;
  let consenting: { id: string; caseNumber: string; personId: string };
  let refusing: { id: string; caseNumber: string; personId: string };
  let erased: { id: string; caseNumber: string; personId: string };
  let foreignCase: { id: string; caseNumber: string };

  const ownIds = () => [consenting.id, refusing.id];
  const asJson = async (body: Record<string, unknown>) => {
    const response = await exportCases(ctx.app, supervisor, { format: "json", reason: REASON, ...body });
    expect(response.statusCode, response.body).toBe(200);
    return response;
  };
  const caseOf = (document: { cases: Record<string, unknown>[] }, caseNumber: string) =>
    document.cases.find((c) => c.sp_CaseNumber === caseNumber) as Record<string, unknown> & {
      persons: Record<string, unknown>[];
      consents: Record<string, unknown>[];
      comments: unknown[];
    };

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    caseworker = await ctx.sessions.of("caseworker");
    supervisor = await ctx.sessions.of("supervisor");
    consenting = await intake(ctx.app, caseworker, {
      person: {
        gender: "Feminine",
        citizenships: ["UA"],
        identity: { firstName: "Olena", secondName: "Kovalenko", birthDate: "1994-03-02", phones: ["+380671234567"] },
      },
      victim: { exploitationTypes: ["ForcedLabour", "ForcedBegging"], vulnerabilityDetails: "Lost her passport" },
      incomingReferral: { details: "Arrived through the hotline" },
      consents: [consent("referral_sharing"), consent("data_processing")],
    });
    refusing = await intake(ctx.app, caseworker, {
      person: { gender: "Masculine", citizenships: ["MD"], identity: { firstName: "Petro", secondName: "Moroz" } },
      victim: { exploitationTypes: ["SexualExploitation"] },
      consents: [consent("referral_sharing", "refused")],
    });
    erased = await intake(ctx.app, caseworker, {
      person: { gender: "Feminine", citizenships: ["PL"], identity: { firstName: "Maria", secondName: "Zielna" } },
      consents: [consent("referral_sharing")],
    });
    const notes = await send(ctx.app, {
      method: "POST",
      url: `/api/cases/${consenting.id}/notes`,
      session: caseworker,
      payload: { text: "Met at the station" },
    });
    expect(notes.statusCode, notes.body).toBe(201);
    const erasure = await send(ctx.app, {
      method: "POST",
      url: `/api/people/${erased.personId}/erase`,
      session: supervisor,
      payload: { reason: "Erasure requested by the person" },
    });
    expect(erasure.statusCode, erasure.body).toBe(200);
    const foreign = await foreignUser(ctx);
    foreignCase = await intake(ctx.app, foreign.session, {
      person: { identity: { firstName: "Ioana", secondName: "Foreign" } },
      consents: [consent("referral_sharing")],
    });
  });
  afterAll(() => ctx.testApp.close());

  it("needs personal_data.export (a caseworker has not) and a reason of 10 to 500 characters", async () => {
    const denied = await exportCases(ctx.app, caseworker, {
      format: "json",
      reason: REASON,
      includeIdentifying: false,
    });
    expect(denied.statusCode).toBe(403);
    const missing = await exportCases(ctx.app, supervisor, { format: "json", includeIdentifying: false });
    expect(missing.statusCode).toBe(400);
    expect(errorOf(missing).fields).toContainEqual(
      expect.objectContaining({ field: "body.reason", problem: "required" }),
    );
    const short = await exportCases(ctx.app, supervisor, {
      format: "json",
      reason: "because",
      includeIdentifying: false,
    });
    expect(errorOf(short).fields).toContainEqual(
      expect.objectContaining({ field: "body.reason", problem: "too_small" }),
    );
    await asJson({ caseIds: ownIds(), includeIdentifying: false });
  });

  it("answers a JSON download with identifying fields only for people who consented to sharing", async () => {
    const response = await asJson({ caseIds: [...ownIds(), erased.id], includeIdentifying: true });
    expect(response.headers["content-disposition"]).toMatch(
      /^attachment; filename="htcds-export-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(response.headers["cache-control"]).toBe("no-store");
    const document = response.json();
    expect(document).toMatchObject({ standard: "HTCDS", version: "2.0", withheld: 1 });
    expect(document.attribution).toContain("CC BY 4.0");
    const olena = caseOf(document, consenting.caseNumber);
    expect(olena.persons[0]).toMatchObject({
      prs_FirstName: "Olena",
      prs_Birthdate: "1994-03-02",
      prs_MobilePhone: ["+380671234567"],
      prs_Gender: "Feminine",
      vic_TypeOfExploitation: ["ForcedLabour", "ForcedBegging"],
      vic_DetailsOfVulnerabilities: "Lost her passport",
    });
    expect(olena.cas_IncomingReferralDetails).toBe("Arrived through the hotline");
    expect(olena.comments).toEqual([expect.objectContaining({ cco_CaseComment: "Met at the station" })]);
    expect(olena.consents).toContainEqual(
      expect.objectContaining({ sp_Purpose: "referral_sharing", con_Consent: true }),
    );

    const petro = caseOf(document, refusing.caseNumber);
    expect(petro.persons[0]).toMatchObject({ prs_Gender: "Masculine", prs_Citizenship: ["MD"] });
    expect(petro.persons[0]).toMatchObject({ sp_IdentifyingWithheld: "consent" });
    expect(petro.persons[0]).not.toHaveProperty("prs_FirstName");
    expect(petro.persons[0]).not.toHaveProperty("prs_SecondName");
    expect(petro.persons[0]).not.toHaveProperty("prs_Birthdate");
    expect(response.body).not.toContain("Petro");
    expect(response.body).not.toContain("Moroz");

    const maria = caseOf(document, erased.caseNumber);
    expect(maria.persons[0]).toMatchObject({ prs_Citizenship: ["PL"], sp_IdentifyingWithheld: "erased" });
    expect(maria.persons[0]).not.toHaveProperty("prs_FirstName");
  });

  it("lets no identifying field leave when none is asked for, consent or not", async () => {
    const response = await asJson({ caseIds: ownIds(), includeIdentifying: false });
    const document = response.json();
    expect(document.withheld).toBe(0);
    for (const name of ["Olena", "Kovalenko", "1994-03-02", "+380671234567", "Lost her passport", "hotline", "station"])
      expect(response.body).not.toContain(name);
    const olena = caseOf(document, consenting.caseNumber);
    expect(olena.persons[0]).toMatchObject({ prs_Gender: "Feminine", prs_Citizenship: ["UA"], sp_BirthYear: 1994 });
    expect(olena.comments).toEqual([]);
  });

  it("writes the template layout to XLSX, which parses back, with counts but no names in the notes", async () => {
    const response = await exportCases(ctx.app, supervisor, {
      format: "xlsx",
      caseIds: ownIds(),
      reason: REASON,
      includeIdentifying: true,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers["content-type"]).toContain("spreadsheetml");
    expect(response.headers["content-disposition"]).toMatch(/filename="htcds-export-\d{4}-\d{2}-\d{2}\.xlsx"/);
    const book = await readWorkbook(response.rawPayload);
    expect(book.names.slice(0, 5)).toEqual(["", "cas_CaseOwner", "prs_Salutation", "prs_FirstName", "prs_SecondName"]);
    expect(book.labels.slice(1, 4)).toEqual(["Case Owner", "Salutation", "First Name"]);
    expect(book.nameRowHidden).toBe(true);
    const olena = book.rows.find((row) => row.sp_CaseNumber === consenting.caseNumber);
    const petro = book.rows.find((row) => row.sp_CaseNumber === refusing.caseNumber);
    expect(olena).toMatchObject({
      prs_FirstName: "Olena",
      vic_TypeOfExploitation: "ForcedLabour;ForcedBegging",
      con_Consent: "true",
      prs_Citizenship: "UA",
    });
    expect(petro).toMatchObject({ prs_FirstName: "", prs_SecondName: "", prs_Gender: "Masculine" });
    const notes = book.notes.map((line) => line.join(" "));
    expect(notes.join("\n")).not.toMatch(/Olena|Petro|Moroz|Kovalenko/);
    expect(book.notes).toContainEqual([expect.stringContaining("no consent"), "1"]);
  });

  it("leaves another organisation's cases out silently, whether named or filtered", async () => {
    const named = (await asJson({ caseIds: [consenting.id, foreignCase.id], includeIdentifying: true })).json();
    expect(named.cases.map((c: { sp_CaseNumber: string }) => c.sp_CaseNumber)).toEqual([consenting.caseNumber]);
    const filtered = await asJson({ includeIdentifying: true });
    expect(filtered.body).not.toContain("Ioana");
    expect(filtered.body).not.toContain(foreignCase.caseNumber);
    const none = (await asJson({ caseIds: [foreignCase.id], includeIdentifying: true })).json();
    expect(none.cases).toEqual([]);
  });

  it("applies the case list's filters", async () => {
    const document = (await asJson({ exploitationType: "SexualExploitation", includeIdentifying: false })).json();
    expect(document.cases.map((c: { sp_CaseNumber: string }) => c.sp_CaseNumber)).toEqual([refusing.caseNumber]);
  });

  it("takes the list's \"only my cases\": the caseworker's cases leave only with their own export", async () => {
    const all = (await asJson({ includeIdentifying: false })).json();
    const mine = (await asJson({ mine: true, includeIdentifying: false })).json();
    const numbers = (document: { cases: { sp_CaseNumber: string }[] }) => document.cases.map((c) => c.sp_CaseNumber);
    expect(numbers(all)).toEqual(expect.arrayContaining([consenting.caseNumber, refusing.caseNumber]));
    // The supervisor exports; the caseworker owns these cases.
    expect(numbers(mine)).not.toContain(consenting.caseNumber);
    expect(numbers(mine)).not.toContain(refusing.caseNumber);
    expect(numbers(mine).length).toBeLessThan(numbers(all).length);
  });

  it("audits the export with its reason, the records and counts", async () => {
    const seq = await lastAuditSeq(ctx.testApp);
    await asJson({ caseIds: ownIds(), includeIdentifying: true });
    const entries = await auditEntriesAfter(ctx.testApp, seq);
    const entry = entries.find((e) => e.action === "case.export");
    expect(entry?.reason).toBe(REASON);
    expect(entry?.detail).toMatchObject({ format: "json", count: 2, identifying: true, withheld: 1 });
    expect(entry?.record_ids).toEqual(expect.arrayContaining([consenting.id, refusing.id, consenting.personId]));
    expect(JSON.stringify(entry?.detail)).not.toContain("Olena");
  });
});
