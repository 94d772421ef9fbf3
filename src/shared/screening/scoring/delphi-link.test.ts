// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm writes field references as ${name} in plain text.
import { describe, expect, it } from "vitest";
import type { FormDefinition } from "../../forms/definition.js";
import { type CompiledForm, compileForm } from "../../forms/engine/index.js";
import { compileScoring } from "./compile.js";
import type { ScoringRulesInput } from "./schema.js";

const choice = (name: string) => ({ name, label: { en: name } });

const DEFINITION: FormDefinition = {
  formId: "delphi_toy",
  version: "1",
  title: { en: "Toy" },
  defaultLanguage: "en",
  languages: [{ code: "en" }],
  items: [
    { kind: "question", name: "age", type: "integer" },
    { kind: "question", name: "debt", type: "select_one", listName: "yes_no" },
    { kind: "question", name: "deceptive", type: "select_multiple", listName: "deceptive" },
    { kind: "question", name: "exploitation", type: "select_multiple", listName: "exploitation" },
    { kind: "question", name: "coercion", type: "select_multiple", listName: "coercion" },
    { kind: "question", name: "passport_taken", type: "select_one", listName: "yes_no" },
  ],
  choiceLists: {
    yes_no: [choice("yes"), choice("no")],
    deceptive: [choice("nature_of_job"), choice("wages")],
    exploitation: [choice("excessive_hours"), choice("low_no_salary")],
    coercion: [choice("debt_bondage")],
  },
};

function form(): CompiledForm {
  const compiled = compileForm(DEFINITION);
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.issues));
  return compiled.form;
}

const score = (answers: Record<string, unknown>, rules: ScoringRulesInput) => {
  const f = form();
  const compiled = compileScoring(f, rules);
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.issues));
  return compiled.scorer.score(f.evaluate(answers as never));
};

describe("Delphi link", () => {
  const delphiRules: ScoringRulesInput = {
    needs: [{ id: "legal", services: ["legal"] }],
    delphi: {
      lists: [
        {
          list: "adult_labour",
          when: "${age} >= 18",
          sources: [
            { kind: "select_multiple", field: "deceptive", dimension: "deceptive" },
            { kind: "select_multiple", field: "exploitation", dimension: "exploitation" },
            { kind: "select_multiple", field: "coercion", dimension: "coercion_destination" },
            {
              kind: "answer",
              field: "passport_taken",
              indicator: "adult_labour.coercion_destination.confiscation_documents",
            },
          ],
        },
      ],
      presumedVictim: { id: "presumed", label: "x", level: "high", needs: ["legal"] },
      dimensionPositive: { id: "some_indicators", label: "x", level: "medium" },
    },
  };

  it("raises the presumed-victim flag with the indicator answers and returns the assessment", () => {
    const result = score(
      {
        age: 25,
        deceptive: ["nature_of_job", "wages"],
        exploitation: ["excessive_hours", "low_no_salary"],
        coercion: ["debt_bondage"],
        passport_taken: "yes",
      },
      delphiRules,
    );
    expect(result.level).toBe("high");
    expect(result.flags).toEqual([
      {
        id: "presumed",
        level: "high",
        answers: [
          { field: "deceptive", value: ["nature_of_job", "wages"] },
          { field: "exploitation", value: ["excessive_hours", "low_no_salary"] },
          { field: "coercion", value: ["debt_bondage"] },
          { field: "passport_taken", value: "yes" },
        ],
      },
    ]);
    expect(result.services).toEqual(["legal"]);
    expect(result.delphi?.presumedVictim).toBe(true);
    expect(result.delphi?.reason.met.destination).toEqual(["coercion_destination"]);
  });

  it("raises the weaker flag when some dimension is positive but the rule is not met", () => {
    const result = score({ age: 25, deceptive: ["nature_of_job", "wages"], passport_taken: "no" }, delphiRules);
    expect(result.flags.map((f) => f.id)).toEqual(["some_indicators"]);
    expect(result.delphi?.reason.missing).toEqual(["exploitation", "destination"]);
  });

  it("assesses nothing when no list applies", () => {
    const result = score({ age: 15, deceptive: ["nature_of_job", "wages"] }, delphiRules);
    expect(result.delphi).toBeUndefined();
    expect(result.flags).toEqual([]);
  });

  it("rejects a source that is not select_multiple, choices that are not indicators, and wrong lists", () => {
    const bad = compileScoring(form(), {
      delphi: {
        lists: [
          {
            list: "adult_labour",
            when: "true()",
            sources: [
              { kind: "select_multiple", field: "debt", dimension: "coercive" },
              { kind: "select_multiple", field: "deceptive", dimension: "exploitation" },
              { kind: "answer", field: "debt", indicator: "child_labour.coercive.debt_bondage" },
              { kind: "answer", field: "debt", indicator: "adult_labour.coercive.debt_bondage", value: "maybe" },
              { kind: "select_multiple", field: "nowhere", dimension: "deceptive" },
            ],
          },
          {
            list: "adult_labour",
            when: "true()",
            sources: [{ kind: "select_multiple", field: "coercion", dimension: "coercive" }],
          },
        ],
        presumedVictim: { id: "p", label: "x", level: "high" },
      },
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.issues.map((i) => [i.path, i.code])).toEqual([
      ["delphi.lists[0].sources[0].field", "not_select_multiple"],
      ["delphi.lists[0].sources[1].field", "unknown_indicator"],
      ["delphi.lists[0].sources[1].field", "unknown_indicator"],
      ["delphi.lists[0].sources[2].indicator", "unknown_indicator"],
      ["delphi.lists[0].sources[3].value", "not_yes_no"],
      ["delphi.lists[0].sources[4].field", "unknown_field"],
      ["delphi.lists[1]", "duplicate_list"],
    ]);
    expect(bad.issues[1]?.params).toEqual({ id: "adult_labour.exploitation.nature_of_job", list: "adult_labour" });
  });
});
