import { describe, expect, it } from "vitest";
import { guardFormula, unguardFormula } from "./formula-guard.js";

describe("CSV formula guard", () => {
  it("writes cells a spreadsheet would run as text, and reads them back as typed", () => {
    for (const typed of ['=HYPERLINK("http://x","click")', "+48 601 234 567", "-2+3", "@SUM(A1)", "\tTab"]) {
      const written = guardFormula(typed);
      expect(written.startsWith("'")).toBe(true);
      expect(unguardFormula(written)).toBe(typed);
    }
  });

  it("leaves ordinary text and a typed apostrophe alone", () => {
    for (const typed of ["Harbour Shelter", "'quoted'", "O'Brien", "12:00–18:00", ""]) {
      expect(guardFormula(typed)).toBe(typed);
      expect(unguardFormula(typed)).toBe(typed);
    }
  });
});
