import { describe, expect, it } from "vitest";
import { EMPTY_LINK, toLink } from "./link-form.js";

describe("a person's link to a case", () => {
  it("sends the perpetrator context only for a perpetrator", () => {
    const values = { relationship: " employer ", perpetratorRoles: ["Exploiter"], roleDetails: " owned the farm " };
    expect(toLink(values, "perpetrator", false)).toEqual({
      relationship: "employer",
      perpetrator: { perpetratorRoles: ["Exploiter"], roleDetails: "owned the farm" },
    });
    expect(toLink(values, "family_member", false)).toEqual({ relationship: "employer" });
  });

  it("clears a relationship that was taken away, and sends none for a new link left empty", () => {
    expect(toLink(EMPTY_LINK, "other", true).relationship).toBe("");
    expect(toLink(EMPTY_LINK, "other", false).relationship).toBeNull();
  });
});
