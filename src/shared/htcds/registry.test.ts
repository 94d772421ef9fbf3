import { describe, expect, it } from "vitest";
import {
  isVocabularyName,
  isVocabularyValue,
  vocabularyLabelKey,
  vocabularyListSchema,
  vocabularySchema,
} from "./registry.js";

describe("vocabulary schemas", () => {
  it("accepts exactly the values of a list", () => {
    const schema = vocabularySchema("exploitationType");
    expect(schema.parse("SexualExploitation")).toBe("SexualExploitation");
    expect(schema.safeParse("Sexual exploitation").success).toBe(false);
    expect(schema.safeParse("sexualexploitation").success).toBe(false);
  });

  it("accepts a multiselect without repeats", () => {
    const schema = vocabularyListSchema("controlMethod");
    expect(schema.parse(["DebtBondage", "UsesChildren"])).toEqual(["DebtBondage", "UsesChildren"]);
    expect(schema.parse([])).toEqual([]);
    expect(schema.safeParse(["DebtBondage", "DebtBondage"]).success).toBe(false);
    expect(schema.safeParse(["Threats"]).success).toBe(false);
  });

  it("checks names and values", () => {
    expect(isVocabularyName("gender")).toBe(true);
    expect(isVocabularyName("toString")).toBe(false);
    expect(isVocabularyValue("gender", "Feminine")).toBe(true);
    expect(isVocabularyValue("gender", "Female")).toBe(false);
    expect(isVocabularyValue("gender", 1)).toBe(false);
  });

  it("gives catalogue keys, except for lists named by Intl", () => {
    expect(vocabularyLabelKey("caseStage", "follow_up")).toBe("htcds.caseStage.follow_up");
    expect(vocabularyLabelKey("language", "uk")).toBeUndefined();
  });
});
