import { describe, expect, it } from "vitest";
import type { Answers } from "../../../forms/definition.js";
import { compileForm } from "../../../forms/engine/index.js";
import { compileScoring } from "../../scoring/index.js";
import { RAPID_SCREENING_FORM } from "./form.js";
import { RAPID_SCREENING_RULES } from "./rules.js";

function screen(answers: Answers) {
  const form = compileForm(RAPID_SCREENING_FORM);
  if (!form.ok) throw new Error("form does not compile");
  const scoring = compileScoring(form.form, RAPID_SCREENING_RULES);
  if (!scoring.ok) throw new Error("rules do not compile");
  const evaluation = form.form.evaluate(answers, { today: "2025-10-01" });
  return { errors: evaluation.errors, score: scoring.scorer.score(evaluation) };
}

const NO_RISKS = {
  job_offer: "no",
  documents_held: "no",
  unpaid_work: "no",
  not_free: "no",
  travel_controlled: "no",
  debt: "no",
  forced: "no",
  threatened: "no",
  feels_safe: "yes",
  screener_signs: ["none"],
};

describe("rapid screening", () => {
  it("a mother travelling with her family, needing food and hygiene items: low, no flags", () => {
    const { errors, score } = screen({
      consent_record: "yes",
      screening_site: "border_crossing",
      gives_name: "no",
      age_known: "yes",
      age: 34,
      sex: "female",
      citizenship: "UA",
      country_origin: "UA",
      country_from: "UA",
      destination: "PL",
      travel_with: "family",
      group_size: 3,
      has_id_document: "yes",
      pregnant: "no",
      urgent_medical: "no",
      needs: ["food", "hygiene"],
      ...NO_RISKS,
      consent_refer: "yes",
    });
    expect(errors).toEqual([]);
    expect(score).toEqual({
      level: "low",
      flags: [],
      levelRules: [],
      needs: ["food", "hygiene"],
      services: ["food", "non_food_items"],
    });
  });

  it("not free to leave, with the controller nearby: immediate danger, explained by the answers", () => {
    const { errors, score } = screen({
      consent_record: "yes",
      age_known: "yes",
      age: 23,
      sex: "female",
      citizenship: "MD",
      country_origin: "UA",
      country_from: "UA",
      destination: "not_decided",
      travel_with: "recent_contact",
      has_id_document: "no",
      job_offer: "yes",
      documents_held: "yes",
      not_free: "yes_now",
      controller_nearby: "yes",
      feels_safe: "no",
      consent_refer: "no",
    });
    expect(errors).toEqual([]);
    expect(score.level).toBe("immediate_danger");
    expect(score.flags.map((f) => [f.id, f.level])).toEqual([
      ["third_country_national", "low"],
      ["no_identity_documents", "low"],
      ["travelling_with_recent_contact", "medium"],
      ["unclear_job_offer", "medium"],
      ["documents_held_by_someone", "high"],
      ["not_free_to_leave", "high"],
      ["not_free_and_controlled_now", "immediate_danger"],
      ["feels_unsafe", "high"],
    ]);
    expect(score.flags.find((f) => f.id === "not_free_and_controlled_now")?.answers).toEqual([
      { field: "not_free", value: "yes_now" },
      { field: "controller_nearby", value: "yes" },
    ]);
    expect(score.flags.find((f) => f.id === "third_country_national")?.answers).toEqual([
      { field: "third_country_national", value: "yes" },
      { field: "citizenship", value: "MD" },
      { field: "country_origin", value: "UA" },
    ]);
    expect(score.levelRules).toEqual(["several_trafficking_risks", "vulnerable_with_trafficking_risk"]);
    expect(score.needs).toEqual(["legal", "psychosocial", "information", "documents", "safety"]);
    expect(score.services).toEqual([
      "legal",
      "mhpss",
      "information",
      "documents",
      "safe_accommodation",
      "law_enforcement",
    ]);
  });

  it("not free to leave in the past only is high, not immediate danger", () => {
    const { score } = screen({ consent_record: "yes", age_known: "yes", age: 40, not_free: "yes_past" });
    expect(score.level).toBe("high");
    expect(score.flags.map((f) => f.id)).toEqual(["not_free_to_leave"]);
  });

  it("a 15-year-old alone who was offered a job abroad: immediate danger through the child rule", () => {
    const { errors, score } = screen({
      consent_record: "yes",
      age_known: "yes",
      age: 15,
      sex: "male",
      citizenship: "UA",
      country_origin: "UA",
      travel_with: "alone",
      child_care: "alone",
      has_id_document: "yes",
      needs: ["food", "shelter"],
      job_offer: "yes",
      consent_refer: "yes",
    });
    expect(errors).toEqual([]);
    expect(score.level).toBe("immediate_danger");
    expect(score.flags.map((f) => [f.id, f.level])).toEqual([
      ["child", "low"],
      ["child_unaccompanied", "high"],
      ["unclear_job_offer", "medium"],
    ]);
    expect(score.flags[0]?.answers).toEqual([
      { field: "age_group", value: "child" },
      { field: "age_known", value: "yes" },
      { field: "age", value: 15 },
    ]);
    expect(score.levelRules).toEqual(["vulnerable_with_trafficking_risk", "child_alone_with_trafficking_risk"]);
    expect(score.needs).toEqual(["food", "shelter", "information", "child_protection", "family_tracing"]);
    expect(score.services).toContain("child_protection");
    expect(score.services).toContain("safe_accommodation");
  });

  it("asks about the child's care only for children, and the Washington Group cut-off flags disability", () => {
    const adult = screen({
      consent_record: "yes",
      age_known: "yes",
      age: 70,
      child_care: "alone",
      wg_walking: "a_lot",
    });
    expect(adult.score.flags.map((f) => f.id)).toEqual(["disability", "older_person"]);
    const some = screen({ consent_record: "yes", age_known: "yes", age: 50, wg_walking: "some", wg_seeing: "some" });
    expect(some.score.flags).toEqual([]);
  });

  it("records nothing to score without consent", () => {
    const { score } = screen({ consent_record: "no", age_known: "yes", age: 15, job_offer: "yes" });
    expect(score).toMatchObject({ level: "low", flags: [], needs: [] });
  });

  it("rejects an age over 120", () => {
    const { errors } = screen({ consent_record: "yes", age_known: "yes", age: 130, consent_refer: "no" });
    expect(errors).toEqual([expect.objectContaining({ path: "age", code: "constraint" })]);
    expect(screen({ consent_record: "yes", age_known: "yes", age: 120, consent_refer: "no" }).errors).toEqual([]);
  });
});
