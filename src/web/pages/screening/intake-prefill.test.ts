import { describe, expect, it } from "vitest";
import { intakeFromScreening } from "./intake-prefill.js";

describe("an intake filled from a screening", () => {
  it("carries the person's details into the search-first step", () => {
    const draft = intakeFromScreening(
      {
        screeningId: "2b1f6a3e-3c1e-4c9b-9d55-8d1a0c7f1e11",
        person: {
          identity: { firstName: "Oksana", secondName: "Petrenko" },
          sex: "Female",
          birthYear: 1991,
          birthYearEstimated: true,
          citizenships: ["UA"],
          primaryLanguage: "uk",
          vulnerabilityFlags: ["Pregnancy"],
        },
      },
      "2025-03-02",
    );
    expect(draft.step).toBe("search");
    expect(draft.existing).toBeNull();
    expect(draft.person).toMatchObject({
      firstName: "Oksana",
      secondName: "Petrenko",
      sex: "Female",
      birthYear: "1991",
      birthYearEstimated: true,
      citizenships: ["UA"],
      primaryLanguage: "uk",
      vulnerabilityFlags: ["Pregnancy"],
    });
    expect(draft.consentDate).toBe("2025-03-02");
  });

  it("goes straight to the details of a person already on record", () => {
    const draft = intakeFromScreening({ personId: "0d0c7a52-64a4-4b59-a3c4-2b0f5a6c9e21" }, "2025-03-02");
    expect(draft.step).toBe("details");
    expect(draft.existing?.personId).toBe("0d0c7a52-64a4-4b59-a3c4-2b0f5a6c9e21");
  });
});
