import type { Answers, AnswerValue, FormItem } from "../../forms/definition.js";
import { compileStandaloneExpression } from "../../forms/engine/index.js";
import type { CompiledForm } from "../../forms/engine/types.js";
import { toBoolean } from "../../forms/expression/index.js";
import type { FlagAnswer, ScoringIssue } from "./types.js";

export interface Condition {
  /**
   * Fields the expression reads, in order of appearance, each calculated one followed by the fields
   * its calculation reads, so that a flag on `age_group` also shows the age that was answered.
   */
  references: readonly string[];
  test(values: Answers): boolean;
}

/** Compiles one rule expression; reports why it cannot be used and returns undefined then. */
export function compileCondition(
  form: CompiledForm,
  source: string,
  path: string,
  issues: ScoringIssue[],
): Condition | undefined {
  const compiled = compileStandaloneExpression(form, source);
  if (!compiled.ok) {
    const { code, detail, offset } = compiled.error;
    if (code === "unknown_field") {
      issues.push({ path, code: "unknown_field", params: { field: detail ?? "" } });
    } else {
      const params: Record<string, string | number> = { error: code };
      if (detail !== undefined) params.detail = detail;
      if (offset !== undefined) params.offset = offset;
      issues.push({ path, code: "bad_expression", params });
    }
    return undefined;
  }
  const evaluate = compiled.evaluate;
  return {
    references: withCalculationInputs(form, compiled.references),
    test: (values) => toBoolean(evaluate(values)),
  };
}

function withCalculationInputs(form: CompiledForm, references: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    out.push(name);
    const calculation = calculationOf(form, name);
    if (calculation === undefined) return;
    const inputs = compileStandaloneExpression(form, calculation);
    if (inputs.ok) for (const input of inputs.references) visit(input);
  };
  for (const name of references) visit(name);
  return out;
}

const calculations = new WeakMap<CompiledForm, ReadonlyMap<string, string>>();

function calculationOf(form: CompiledForm, name: string): string | undefined {
  let byName = calculations.get(form);
  if (!byName) {
    const map = new Map<string, string>();
    const walk = (items: readonly FormItem[]) => {
      for (const item of items) {
        if (item.kind !== "question") walk(item.items);
        else if (item.calculation !== undefined) map.set(item.name, item.calculation);
      }
    };
    walk(form.definition.items);
    calculations.set(form, map);
    byName = map;
  }
  return byName.get(name);
}

/** The answered fields among `fields`, with their values; repeats and unanswered fields are left out. */
export function answersOf(values: Answers, fields: readonly string[]): FlagAnswer[] {
  const answers: FlagAnswer[] = [];
  for (const field of fields) {
    const value = values[field];
    if (value === undefined || isRepeat(value)) continue;
    answers.push({ field, value });
  }
  return answers;
}

function isRepeat(value: AnswerValue | Answers[]): value is Answers[] {
  return Array.isArray(value) && value.length > 0 && typeof value[0] === "object";
}
