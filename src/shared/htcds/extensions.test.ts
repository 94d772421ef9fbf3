import { describe, expect, it } from "vitest";
import { AGE_BANDS, ageBand, isChildAgeBand } from "./extensions/age.js";
import { CASE_STAGES, htcdsStatusForStage } from "./extensions/case.js";
import { isLanguageCode, LANGUAGE_CODES, languageName } from "./extensions/languages.js";
import { hasWashingtonGroupDisability } from "./extensions/person.js";

describe("age bands", () => {
  it("puts each boundary age in the right band", () => {
    const cases: [number, string][] = [
      [0, "0-8"],
      [8, "0-8"],
      [9, "9-17"],
      [17, "9-17"],
      [18, "18-20"],
      [20, "18-20"],
      [21, "21-23"],
      [23, "21-23"],
      [24, "24-26"],
      [26, "24-26"],
      [27, "27-29"],
      [29, "27-29"],
      [30, "30-38"],
      [38, "30-38"],
      [39, "39-47"],
      [47, "39-47"],
      [48, "48+"],
      [103, "48+"],
    ];
    for (const [age, band] of cases) expect({ age, band: ageBand(age) }).toEqual({ age, band });
  });

  it("counts whole years", () => expect(ageBand(17.99)).toBe("9-17"));

  it("refuses impossible ages", () => {
    expect(ageBand(-1)).toBeNull();
    expect(ageBand(Number.NaN)).toBeNull();
  });

  it("tells child bands from adult ones", () => {
    expect(AGE_BANDS.filter(isChildAgeBand)).toEqual(["0-8", "9-17"]);
  });
});

describe("HTCDS case status of a stage", () => {
  it("maps every stage", () => {
    const statuses = Object.fromEntries(CASE_STAGES.map((stage) => [stage, htcdsStatusForStage(stage, false)]));
    expect(statuses).toEqual({
      open: "Active",
      assessment: "Active",
      support_plan: "Active",
      assistance: "Active",
      follow_up: "FollowUp",
      closure_requested: "FollowUp",
      closed: "Closed",
    });
  });

  it("says when a closed case was referred on", () => {
    expect(htcdsStatusForStage("closed", true)).toBe("ClosedReferred");
    expect(htcdsStatusForStage("follow_up", true)).toBe("FollowUp");
  });
});

describe("languages", () => {
  it("has no duplicates", () => expect(new Set(LANGUAGE_CODES).size).toBe(LANGUAGE_CODES.length));

  it("names every language in each interface language", () => {
    for (const ui of ["en", "uk", "ru", "pl", "ro"]) {
      for (const code of LANGUAGE_CODES) expect(languageName(code, ui)).not.toBe(code);
    }
  });

  it("names languages in the reader's language, capitalised", () => {
    expect(languageName("uk", "en")).toBe("Ukrainian");
    expect(languageName("uk", "uk")).toBe("Українська");
    expect(languageName("de", "pl")).toBe("Niemiecki");
    expect(languageName("rom", "ru")).toBe("Ромский");
    expect(languageName("rom", "en")).toBe("Romani");
  });

  it("shows an unknown or malformed code as it is", () => {
    expect(languageName("not a code", "en")).toBe("not a code");
    expect(isLanguageCode("rom")).toBe(true);
    expect(isLanguageCode("xx")).toBe(false);
  });
});

describe("Washington Group disability identifier", () => {
  it("counts a lot of difficulty or worse in any domain", () => {
    expect(hasWashingtonGroupDisability({ Seeing: "SomeDifficulty", Hearing: "NoDifficulty" })).toBe(false);
    expect(hasWashingtonGroupDisability({ Walking: "ALotOfDifficulty" })).toBe(true);
    expect(hasWashingtonGroupDisability({ SelfCare: "CannotDoAtAll" })).toBe(true);
    expect(hasWashingtonGroupDisability({})).toBe(false);
  });
});
