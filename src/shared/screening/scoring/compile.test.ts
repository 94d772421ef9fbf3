// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm writes field references as ${name} in plain text.
import { describe, expect, it } from "vitest";
import type { FormDefinition } from "../../forms/definition.js";
import { type CompiledForm, compileForm } from "../../forms/engine/index.js";
import { compileScoring } from "./compile.js";
import { ScoringRulesError, scoreOverride, scoreScreening } from "./index.js";
import type { ScoringRulesInput } from "./schema.js";

const yesNo = [
  { name: "yes", label: { en: "Yes" } },
  { name: "no", label: { en: "No" } },
];

const DEFINITION: FormDefinition = {
  formId: "toy",
  version: "1",
  title: { en: "Toy" },
  defaultLanguage: "en",
  languages: [{ code: "en" }],
  items: [
    { kind: "question", name: "age", type: "integer" },
    { kind: "question", name: "is_child", type: "calculate", calculation: "if(${age} < 18, 'yes', 'no')" },
    { kind: "question", name: "alone", type: "select_one", listName: "yes_no" },
    { kind: "question", name: "docs_taken", type: "select_one", listName: "yes_no" },
    { kind: "question", name: "debt", type: "select_one", listName: "yes_no" },
    { kind: "question", name: "needs", type: "select_multiple", listName: "needs" },
    { kind: "question", name: "deceptive", type: "select_multiple", listName: "deceptive" },
    { kind: "question", name: "exploitation", type: "select_multiple", listName: "exploitation" },
    { kind: "question", name: "coercion", type: "select_multiple", listName: "coercion" },
    { kind: "question", name: "passport_taken", type: "select_one", listName: "yes_no" },
  ],
  choiceLists: {
    yes_no: yesNo,
    needs: [
      { name: "food", label: { en: "Food" } },
      { name: "shelter", label: { en: "Shelter" } },
    ],
    deceptive: [
      { name: "nature_of_job", label: { en: "Job" } },
      { name: "wages", label: { en: "Wages" } },
    ],
    exploitation: [
      { name: "excessive_hours", label: { en: "Hours" } },
      { name: "low_no_salary", label: { en: "Pay" } },
    ],
    coercion: [{ name: "debt_bondage", label: { en: "Debt" } }],
  },
};

function form(): CompiledForm {
  const compiled = compileForm(DEFINITION);
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.issues));
  return compiled.form;
}

const RULES: ScoringRulesInput = {
  flags: [
    { id: "child", label: "screening.flags.child", when: "${is_child} = 'yes'", level: "low", tags: ["vulnerability"] },
    {
      id: "alone_child",
      label: { en: "Child alone", uk: "Дитина сама" },
      when: "${is_child} = 'yes' and ${alone} = 'yes'",
      level: "high",
      needs: ["child_protection"],
      services: ["safe_accommodation"],
    },
    { id: "docs", label: "x", when: "${docs_taken} = 'yes'", level: "medium", tags: ["trafficking"] },
    { id: "debt", label: "x", when: "${debt} = 'yes'", level: "medium", tags: ["trafficking"] },
  ],
  needs: [
    { id: "food", when: "selected(${needs}, 'food')", services: ["food"] },
    { id: "shelter", when: "selected(${needs}, 'shelter')", services: ["shelter", "safe_accommodation"] },
    { id: "child_protection", services: ["child_protection"] },
  ],
  levels: [
    { id: "two_trafficking", level: "high", flags: [{ tag: "trafficking", atLeast: 2 }] },
    {
      id: "child_and_trafficking",
      level: "immediate_danger",
      when: "${alone} = 'yes'",
      flags: [
        { ids: ["child"], atLeast: 1 },
        { tag: "trafficking", atLeast: 1 },
      ],
    },
  ],
};

function scorer(rules: ScoringRulesInput = RULES) {
  const compiled = compileScoring(form(), rules);
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.issues));
  return compiled.scorer;
}

const score = (answers: Record<string, unknown>, rules: ScoringRulesInput = RULES) => {
  const f = form();
  return scorer(rules).score(f.evaluate(answers as never));
};

describe("scoring", () => {
  it("is low with no flags, and lists the needs answered with their services", () => {
    const result = score({ age: 30, needs: ["shelter", "food"] });
    expect(result).toEqual({
      level: "low",
      flags: [],
      levelRules: [],
      needs: ["food", "shelter"],
      services: ["food", "shelter", "safe_accommodation"],
    });
  });

  it("takes the highest flag level and lists the answers behind each flag, calculations with their inputs", () => {
    const result = score({ age: 12, alone: "yes" });
    expect(result.level).toBe("high");
    expect(result.flags).toEqual([
      {
        id: "child",
        level: "low",
        answers: [
          { field: "is_child", value: "yes" },
          { field: "age", value: 12 },
        ],
      },
      {
        id: "alone_child",
        level: "high",
        answers: [
          { field: "is_child", value: "yes" },
          { field: "age", value: 12 },
          { field: "alone", value: "yes" },
        ],
      },
    ]);
    expect(result.needs).toEqual(["child_protection"]);
    expect(result.services).toEqual(["child_protection", "safe_accommodation"]);
  });

  it("counts flags by tag for level rules", () => {
    expect(score({ age: 30, docs_taken: "yes" })).toMatchObject({ level: "medium", levelRules: [] });
    expect(score({ age: 30, docs_taken: "yes", debt: "yes" })).toMatchObject({
      level: "high",
      levelRules: ["two_trafficking"],
    });
  });

  it("needs every condition of a level rule: the expression and each flag count", () => {
    expect(score({ age: 12, docs_taken: "yes" }).levelRules).toEqual([]);
    expect(score({ age: 12, alone: "yes", docs_taken: "yes" })).toMatchObject({
      level: "immediate_danger",
      levelRules: ["child_and_trafficking"],
    });
  });

  it("does not raise flags on answers the evaluation dropped as not relevant or empty", () => {
    expect(score({}).flags).toEqual([]);
  });
});

describe("rule validation", () => {
  it("reports unknown fields and unreadable expressions with their path", () => {
    const result = compileScoring(form(), {
      flags: [
        { id: "a", label: "x", when: "${nope} = 'yes'", level: "high" },
        { id: "b", label: "x", when: "${age} >", level: "high" },
        { id: "c", label: "x", when: "frobnicate(${age})", level: "high" },
      ],
      needs: [{ id: "n", when: "${missing}" }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      { path: "flags[0].when", code: "unknown_field", params: { field: "nope" } },
      expect.objectContaining({
        path: "flags[1].when",
        code: "bad_expression",
        params: expect.objectContaining({ error: "syntax" }),
      }),
      expect.objectContaining({
        path: "flags[2].when",
        code: "bad_expression",
        params: expect.objectContaining({ error: "unknown_function" }),
      }),
      { path: "needs[0].when", code: "unknown_field", params: { field: "missing" } },
    ]);
  });

  it("reports duplicate ids, unknown needs, flags and tags, and level rules without a condition", () => {
    const result = compileScoring(form(), {
      flags: [
        { id: "a", label: "x", when: "${debt} = 'yes'", level: "high", needs: ["ghost"] },
        { id: "a", label: "x", when: "${debt} = 'no'", level: "low" },
      ],
      needs: [{ id: "food" }, { id: "food" }],
      levels: [
        { id: "l", level: "high", flags: [{ ids: ["zzz"], atLeast: 1 }] },
        { id: "m", level: "high", flags: [{ tag: "nobody", atLeast: 1 }] },
        { id: "n", level: "high" },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.path, i.code])).toEqual([
      ["flags[1].id", "duplicate_id"],
      ["needs[1].id", "duplicate_id"],
      ["flags[0].needs", "unknown_need"],
      ["levels[0].flags[0].ids", "unknown_flag"],
      ["levels[1].flags[0].tag", "unknown_tag"],
      ["levels[2]", "empty_condition"],
    ]);
  });

  it("rejects rules of the wrong shape with invalid_rules and the path", () => {
    const result = compileScoring(form(), { flags: [{ id: "Bad Id", label: "x", when: "true()", level: "severe" }] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.path, i.code])).toEqual([
      ["flags[0].id", "invalid_rules"],
      ["flags[0].level", "invalid_rules"],
    ]);
  });
});

describe("scoreScreening", () => {
  it("compiles rules once per form and rules object and scores", () => {
    const f = form();
    const evaluation = f.evaluate({ age: 30, docs_taken: "yes", debt: "yes" });
    expect(scoreScreening(f, RULES, evaluation).level).toBe("high");
    expect(scoreScreening(f, RULES, f.evaluate({ age: 30 })).level).toBe("low");
  });

  it("throws with the issues when the rules do not compile", () => {
    const f = form();
    const rules = { flags: [{ id: "a", label: "x", when: "${nope}", level: "high" }] };
    expect(() => scoreScreening(f, rules, f.evaluate({}))).toThrow(ScoringRulesError);
  });
});

describe("scoreOverride", () => {
  it("needs a known level and a reason", () => {
    expect(
      scoreOverride.safeParse({ level: "high", reason: "Disclosed later that the employer kept her passport." })
        .success,
    ).toBe(true);
    expect(scoreOverride.safeParse({ level: "high", reason: "  " }).success).toBe(false);
    expect(scoreOverride.safeParse({ level: "extreme", reason: "Because." }).success).toBe(false);
  });
});
