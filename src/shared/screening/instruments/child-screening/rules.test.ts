import { describe, expect, it } from "vitest";
import type { Answers } from "../../../forms/definition.js";
import { compileForm } from "../../../forms/engine/index.js";
import { compileScoring } from "../../scoring/index.js";
import { CHILD_SCREENING_FORM } from "./form.js";
import { CHILD_SCREENING_RULES } from "./rules.js";

function screen(answers: Answers) {
  const form = compileForm(CHILD_SCREENING_FORM);
  if (!form.ok) throw new Error("form does not compile");
  const scoring = compileScoring(form.form, CHILD_SCREENING_RULES);
  if (!scoring.ok) throw new Error("rules do not compile");
  const evaluation = form.form.evaluate(answers);
  return { errors: evaluation.errors, values: evaluation.values, score: scoring.scorer.score(evaluation) };
}

const SAFE_ANSWERS = {
  sleep_tonight: "arranged",
  stranger_offers: "no",
  asked_work_pay: "no",
  onward_plan: "no",
  harmed: "no",
  urgent_medical: "no",
  severe_distress: "no",
};

describe("child screening", () => {
  it("a 14-year-old alone who cannot reach her parents: high, best-interests procedure needed", () => {
    const { errors, values, score } = screen({
      child_assent: "yes",
      age: 14,
      sex: "female",
      citizenship: "UA",
      care_situation: "alone",
      parents_whereabouts: "no",
      parents_contact: "no",
      separation_when: "during_journey",
      child_documents: ["birth_certificate"],
      guardian_identified: "no",
      ...SAFE_ANSWERS,
      needs: ["food"],
      authority_informed: "no",
      bip_open: "no",
    });
    expect(errors).toEqual([]);
    expect(values.bip_needed).toBe("yes");
    expect(score.level).toBe("high");
    expect(score.flags.map((f) => [f.id, f.level])).toEqual([
      ["child_unaccompanied", "high"],
      ["parents_not_reachable", "medium"],
      ["no_guardian_identified", "high"],
      ["authorities_not_informed", "medium"],
      ["best_interests_procedure_needed", "high"],
    ]);
    expect(score.flags.find((f) => f.id === "best_interests_procedure_needed")?.answers).toEqual([
      { field: "bip_needed", value: "yes" },
      { field: "care_situation", value: "alone" },
      { field: "harmed", value: "no" },
      { field: "bip_open", value: "no" },
    ]);
    expect(score.needs).toEqual(["food", "legal", "child_protection", "family_tracing"]);
    expect(score.services).toEqual(["food", "legal", "child_protection", "family_tracing", "safe_accommodation"]);
  });

  it("a child with an unrelated adult she fears, whose story does not match: immediate danger", () => {
    const { errors, score } = screen({
      child_assent: "yes",
      age: 16,
      care_situation: "unrelated_adult",
      adult_relationship: "arranged_by_someone",
      parents_contact: "yes",
      guardian_present: "yes",
      guardian_identified: "no",
      guardian_documents: "none",
      accounts_match: "no",
      ...SAFE_ANSWERS,
      onward_plan: "yes",
      afraid_of_adult: "yes",
      authority_informed: "yes",
      bip_open: "dont_know",
    });
    expect(errors).toEqual([]);
    expect(score.level).toBe("immediate_danger");
    expect(score.flags.map((f) => f.id)).toEqual([
      "child_with_unrelated_adult",
      "no_guardian_identified",
      "guardian_documents_missing",
      "accounts_do_not_match",
      "afraid_of_adult",
      "onward_travel_by_others",
      "best_interests_procedure_needed",
    ]);
    expect(score.levelRules).toEqual(["child_alone_with_trafficking_risk", "several_trafficking_risks"]);
    expect(score.services).toContain("law_enforcement");
  });

  it("a child evacuated with a children's home, papers in order: medium", () => {
    const { errors, score } = screen({
      child_assent: "yes",
      age: 9,
      care_situation: "institution",
      parents_contact: "yes",
      guardian_present: "yes",
      guardian_identified: "yes",
      guardian_documents: "valid",
      accounts_match: "yes",
      ...SAFE_ANSWERS,
      afraid_of_adult: "no",
      authority_informed: "yes",
      bip_open: "no",
    });
    expect(errors).toEqual([]);
    expect(score.level).toBe("medium");
    expect(score.flags.map((f) => f.id)).toEqual(["child_in_institution_group"]);
  });

  it("no safe place tonight is immediate danger on its own", () => {
    const { score } = screen({ child_assent: "yes", age: 12, care_situation: "relative", sleep_tonight: "dont_know" });
    expect(score.level).toBe("immediate_danger");
    expect(score.flags.map((f) => f.id)).toEqual(["child_separated", "no_safe_place_tonight"]);
  });

  it("rejects an adult's age", () => {
    const { errors } = screen({ child_assent: "yes", age: 19, care_situation: "alone" });
    expect(errors).toEqual([expect.objectContaining({ path: "age", code: "constraint" })]);
  });
});
