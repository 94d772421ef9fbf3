import { describe, expect, it } from "vitest";
import { intakeFromContact } from "./contact-prefill.js";

describe("an intake filled from a hotline contact", () => {
  it("carries the caller's name, number, e-mail, country and language", () => {
    const draft = intakeFromContact(
      {
        contactId: "2b1f6a3e-3c1e-4c9b-9d55-8d1a0c7f1e11",
        person: {
          identity: {
            firstName: "Oksana",
            secondName: "Petrenko",
            phones: ["+48601555123"],
            emails: ["oksana@example.org"],
          },
          citizenships: ["UA"],
          primaryLanguage: "uk",
        },
      },
      "2026-03-02",
    );
    expect(draft.step).toBe("search");
    expect(draft.person).toMatchObject({
      firstName: "Oksana",
      secondName: "Petrenko",
      phones: ["+48601555123"],
      emails: ["oksana@example.org"],
      citizenships: ["UA"],
      primaryLanguage: "uk",
    });
  });

  it("goes straight to the case details for a caller already linked to a person", () => {
    const draft = intakeFromContact(
      { contactId: "2b1f6a3e-3c1e-4c9b-9d55-8d1a0c7f1e11", personId: "7c0e3a52-55d4-4f4e-9d2b-4c3f0c0b9a11" },
      "2026-03-02",
    );
    expect(draft.step).toBe("details");
    expect(draft.existing?.personId).toBe("7c0e3a52-55d4-4f4e-9d2b-4c3f0c0b9a11");
  });
});
