import type { Evaluation } from "./types.js";

/** Whether a question, group or repeat at this path is shown; unknown paths are not. */
export function isRelevant(evaluation: Evaluation, path: string): boolean {
  return Object.hasOwn(evaluation.relevant, path) && evaluation.relevant[path] === true;
}

/** The choice names a select at this path may offer now (none when it is not shown). */
export function choicesFor(evaluation: Evaluation, path: string): readonly string[] {
  return Object.hasOwn(evaluation.choices, path) ? (evaluation.choices[path] ?? []) : [];
}

/** Errors for one path, for showing beside its input. */
export function errorsAt(evaluation: Evaluation, path: string): Evaluation["errors"] {
  return evaluation.errors.filter((error) => error.path === path);
}
