import type { Answers } from "../../forms/definition.js";
import type { CompiledForm } from "../../forms/engine/types.js";
import { compileScoring } from "./compile.js";
import type { Scorer, ScoringIssue, ScreeningScore } from "./types.js";

export class ScoringRulesError extends Error {
  constructor(readonly issues: ScoringIssue[]) {
    super(`scoring rules do not compile: ${issues.map((i) => `${i.path} ${i.code}`).join("; ")}`);
    this.name = "ScoringRulesError";
  }
}

// Compiled scorers are kept per form and rules object, so callers that score one screening at a time
// pay for compilation once, not per call.
const cache = new WeakMap<CompiledForm, WeakMap<object, Scorer>>();

/** Scores one evaluation; compiles (and caches) the rules on first use, throwing ScoringRulesError if they are invalid. */
export function scoreScreening(form: CompiledForm, rules: object, evaluation: { values: Answers }): ScreeningScore {
  let byRules = cache.get(form);
  if (!byRules) {
    byRules = new WeakMap();
    cache.set(form, byRules);
  }
  let scorer = byRules.get(rules);
  if (!scorer) {
    const compiled = compileScoring(form, rules);
    if (!compiled.ok) throw new ScoringRulesError(compiled.issues);
    scorer = compiled.scorer;
    byRules.set(rules, scorer);
  }
  return scorer.score(evaluation);
}
