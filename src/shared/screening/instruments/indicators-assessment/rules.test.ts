import { describe, expect, it } from "vitest";
import type { Answers } from "../../../forms/definition.js";
import { compileForm } from "../../../forms/engine/index.js";
import { DELPHI_LISTS } from "../../delphi/lists.js";
import { compileScoring } from "../../scoring/index.js";
import { INDICATORS_ASSESSMENT_FORM } from "./form.js";
import { INDICATORS_ASSESSMENT_RULES } from "./rules.js";

function assess(answers: Answers) {
  const form = compileForm(INDICATORS_ASSESSMENT_FORM);
  if (!form.ok) throw new Error("form does not compile");
  const scoring = compileScoring(form.form, INDICATORS_ASSESSMENT_RULES);
  if (!scoring.ok) throw new Error("rules do not compile");
  const evaluation = form.form.evaluate(answers);
  return { errors: evaluation.errors, score: scoring.scorer.score(evaluation) };
}

const START = { consent_record: "yes", in_danger_now: "no", consent_refer: "yes" };

describe("indicators assessment", () => {
  it("offers every indicator of every list, grouped by dimension", () => {
    for (const list of Object.values(DELPHI_LISTS)) {
      const offered = list.indicators.filter((indicator) =>
        INDICATORS_ASSESSMENT_FORM.choiceLists[`${list.id}_${indicator.dimension}`]?.some(
          (c) => c.name === indicator.key,
        ),
      );
      expect(offered.length).toBe(list.indicators.length);
    }
  });

  it("a man deceived about construction work, unpaid, with his passport taken: presumed victim, high", () => {
    const { errors, score } = assess({
      ...START,
      person_group: "adult",
      exploitation_type: "labour",
      adult_labour_deceptive: ["nature_of_job", "wages"],
      adult_labour_exploitation: ["excessive_hours", "low_no_salary", "bad_living_conditions"],
      adult_labour_coercion_destination: ["confiscation_documents", "withholding_wages"],
    });
    expect(errors).toEqual([]);
    expect(score.level).toBe("high");
    expect(score.flags).toEqual([
      {
        id: "delphi_presumed_victim",
        level: "high",
        answers: [
          { field: "adult_labour_deceptive", value: ["nature_of_job", "wages"] },
          { field: "adult_labour_exploitation", value: ["excessive_hours", "low_no_salary", "bad_living_conditions"] },
          { field: "adult_labour_coercion_destination", value: ["confiscation_documents", "withholding_wages"] },
        ],
      },
    ]);
    expect(score.delphi).toMatchObject({
      list: "adult_labour",
      presumedVictim: true,
      reason: { code: "adult_all_elements" },
    });
    expect(score.services).toEqual(["safe_accommodation", "legal", "mhpss"]);
  });

  it("answers to another list's questions are not relevant and do not count", () => {
    const { score } = assess({
      ...START,
      person_group: "adult",
      exploitation_type: "sexual",
      adult_labour_deceptive: ["nature_of_job", "wages"],
      adult_labour_exploitation: ["excessive_hours", "low_no_salary"],
      adult_labour_coercion_destination: ["confiscation_documents", "debt_bondage"],
    });
    expect(score.delphi).toMatchObject({ list: "adult_sexual", presumedVictim: false });
    expect(score.flags).toEqual([]);
  });

  it("a girl recruited by a 'boyfriend' and exploited: presumed child victim without means at destination", () => {
    const { score } = assess({
      ...START,
      person_group: "child",
      exploitation_type: "sexual",
      child_sexual_abuse_recruitment: ["emotional_dependency", "difficult_family_situation", "personal_situation"],
      child_sexual_exploitation: ["hazardous_work", "no_education_access"],
    });
    expect(score.level).toBe("high");
    expect(score.flags.map((f) => f.id)).toEqual(["child", "delphi_presumed_victim"]);
    expect(score.delphi?.reason).toEqual({
      code: "child_recruitment_and_exploitation",
      met: { recruitment: ["abuse_recruitment"], exploitation: ["exploitation"] },
      missing: [],
    });
    expect(score.needs).toContain("child_protection");
  });

  it("some indicators without the whole combination: medium, and danger now overrides", () => {
    const partial = assess({
      ...START,
      person_group: "adult",
      exploitation_type: "labour",
      adult_labour_deceptive: ["nature_of_job", "conditions_of_work"],
    });
    expect(partial.score.level).toBe("medium");
    expect(partial.score.flags.map((f) => f.id)).toEqual(["delphi_dimension_positive"]);
    expect(partial.score.delphi?.reason.missing).toEqual(["exploitation", "destination"]);

    const danger = assess({ ...START, in_danger_now: "yes", person_group: "adult", exploitation_type: "labour" });
    expect(danger.score.level).toBe("immediate_danger");
    expect(danger.score.services).toContain("law_enforcement");
  });
});
