import { describe, expect, it } from "vitest";
import type { LawEnforcementReport } from "../../../shared/api/law-enforcement.js";
import { renderPdf } from "../../documents/pdf.js";
import { reportDocument } from "./report-print.js";
import type { ReportForPrint } from "./report-read.service.js";

const report: LawEnforcementReport = {
  id: "00000000-0000-4000-8000-000000000001",
  caseId: "00000000-0000-4000-8000-000000000002",
  personId: "00000000-0000-4000-8000-000000000003",
  authorityKind: "border_guard",
  authorityName: "Placówka Straży Granicznej w Medyce",
  // 23:30 UTC on 31 January is already 1 February in Kyiv (UTC+2).
  reportedAt: "2026-01-31T23:30:00.000Z",
  referenceNumber: "SG-2026/0113",
  sharedFields: ["name", "phones", "citizenships", "sex"],
  summary: "Reported the recruiter's address and the bus route.",
  consent: false,
  consentDecidedOn: null,
  legalBasis: "Mandatory reporting of a child at risk, art. 12",
  recordedBy: "Olha Caseworker",
  recordedAt: "2026-02-01T08:00:00.000Z",
};

const found: ReportForPrint = {
  report,
  caseRow: { id: report.caseId, case_number: "UA-2026-00042" },
  shared: {
    name: { firstName: "Ганна", middleName: null, secondName: "Їжакевич" },
    phones: ["+380671234567"],
    citizenships: ["UA"],
    sex: "Female",
  },
  consentMethod: null,
};

const organisation = { name: "Asociația Speranța", time_zone: "Europe/Kyiv" };

/** Every text of a document definition, in order, as one string (the PDF itself holds glyph ids). */
function textOf(definition: unknown): string {
  return JSON.stringify(definition);
}

describe("the printed report", () => {
  it("prints the organisation, case, authority, shared values and legal basis in the chosen language", () => {
    const text = textOf(reportDocument(found, organisation, "uk", new Date("2026-02-02T10:00:00Z")));
    for (const expected of [
      "Повідомлення правоохоронним органам",
      "Asociația Speranța",
      "UA-2026-00042",
      "Прикордонна служба",
      "Placówka Straży Granicznej w Medyce",
      "SG-2026/0113",
      "Ганна Їжакевич",
      "+380671234567",
      "Україна",
      "Жіноча",
      "Mandatory reporting of a child at risk, art. 12",
      "Не діє",
      "Reported the recruiter's address and the bus route.",
      "Olha Caseworker",
      "(Europe/Kyiv)",
    ])
      expect(text).toContain(expected);
    // The date and time as the organisation's clock showed it, not the server's or UTC.
    expect(text).toMatch(/1 лютого 2026[^"]*01:30/);
  });

  it("names the consent it relied on, and says so when nothing of the person was shared", () => {
    const withConsent: ReportForPrint = {
      ...found,
      report: { ...report, consent: true, consentDecidedOn: "2026-01-05", legalBasis: null, sharedFields: [] },
      shared: {},
      consentMethod: "written",
    };
    const text = textOf(reportDocument(withConsent, organisation, "ro", new Date()));
    expect(text).toContain("Dat la 2026-01-05 (În scris)");
    expect(text).toContain("Nu s-au transmis date personale ale persoanei.");
    expect(text).not.toContain("Ганна");
  });

  it("says the shared values are gone once the person's data was erased", () => {
    const erased: ReportForPrint = { ...found, shared: null };
    const text = textOf(reportDocument(erased, organisation, "en", new Date()));
    expect(text).toContain("no longer available");
    expect(text).not.toContain("+380671234567");
  });

  it.each(["en", "uk", "ru", "pl", "ro"] as const)("renders to a PDF in %s", async (language) => {
    const pdf = await renderPdf(reportDocument(found, organisation, language, new Date()));
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });
});
