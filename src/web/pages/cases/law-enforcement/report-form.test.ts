import { describe, expect, it } from "vitest";
import type { CaseDetail } from "../case-types.js";
import { emptyReport, lawEnforcementConsentGiven, localNow, toReportInput } from "./report-form.js";

const VICTIM = "00000000-0000-4000-8000-000000000001";
const WITNESS = "00000000-0000-4000-8000-000000000002";

const person = (id: string, decision?: string) =>
  ({
    role: "victim",
    person: { id },
    consents: decision ? { current: { law_enforcement: { decision } }, history: [] } : null,
  }) as unknown as CaseDetail["people"][number];

describe("the law-enforcement report form", () => {
  it("starts now, about the victim, as an anonymous report", () => {
    const values = emptyReport({ personId: VICTIM }, new Date(2025, 2, 4, 9, 5));
    expect(values.reportedAt).toBe("2025-03-04T09:05");
    expect(values.personId).toBe(VICTIM);
    expect(values.sharedFields).toEqual([]);
  });

  it("pads the local time the way a datetime-local input reads it", () => {
    expect(localNow(new Date(2025, 10, 30, 23, 59))).toBe("2025-11-30T23:59");
  });

  it("sends trimmed text, blanks as null, and the local time as an instant", () => {
    const values = {
      ...emptyReport({ personId: VICTIM }, new Date(2025, 0, 2, 10, 30)),
      authorityName: "  National Police  ",
      referenceNumber: "   ",
      summary: " Told them about the flat ",
      legalBasis: "",
      sharedFields: ["name" as const, "phones" as const],
    };
    const input = toReportInput(values);
    expect(input).toMatchObject({
      authorityKind: "police",
      authorityName: "National Police",
      referenceNumber: null,
      summary: "Told them about the flat",
      legalBasis: null,
      personId: VICTIM,
      sharedFields: ["name", "phones"],
    });
    expect(new Date(input.reportedAt).getTime()).toBe(new Date(2025, 0, 2, 10, 30).getTime());
  });

  it("leaves the person out when none is chosen, and sends an unreadable time empty for the server to name", () => {
    const input = toReportInput({ ...emptyReport({ personId: null }), reportedAt: "not a time" });
    expect("personId" in input).toBe(false);
    expect(input.reportedAt).toBe("");
  });

  it("asks for a legal basis unless the chosen person's consent to reporting is given", () => {
    const item = { people: [person(VICTIM, "given"), person(WITNESS, "withdrawn")] };
    expect(lawEnforcementConsentGiven(item, VICTIM)).toBe(true);
    expect(lawEnforcementConsentGiven(item, WITNESS)).toBe(false);
    expect(lawEnforcementConsentGiven({ people: [person(VICTIM)] }, VICTIM)).toBe(false);
    expect(lawEnforcementConsentGiven(item, null)).toBe(false);
  });
});
