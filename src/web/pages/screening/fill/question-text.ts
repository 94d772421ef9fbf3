import type { Answers, FormDefinition, Question } from "../../../../shared/forms/definition.js";
import type { Evaluation } from "../../../../shared/forms/engine/index.js";
import { pickText } from "../form-text.js";
import { type RepeatStep, recordAt } from "./answer-paths.js";

const REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_.-]*)\}/g;

function shown(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (Array.isArray(value)) return value.join(", ");
  if (typeof value === "object") {
    const point = value as { lat?: number; lon?: number };
    return `${point.lat ?? ""} ${point.lon ?? ""}`.trim();
  }
  return String(value);
}

/**
 * A label or hint with XLSForm's ${field} references filled in from the answers so far: the nearest
 * repeat entry first, then the whole form ("How old is ${child_name}?").
 */
export function fillReferences(text: string, evaluation: Evaluation, steps: readonly RepeatStep[]): string {
  if (!text.includes("${")) return text;
  const scopes: Answers[] = [];
  for (let depth = steps.length; depth >= 0; depth -= 1) {
    const record = recordAt(evaluation.values, steps.slice(0, depth));
    if (record) scopes.push(record);
  }
  return text.replace(REFERENCE, (_, name: string) => {
    for (const scope of scopes) if (Object.hasOwn(scope, name)) return shown(scope[name]);
    return "";
  });
}

/** A question's label and hint in the respondent's language, references filled in. */
export function questionText(
  question: Pick<Question, "label" | "hint">,
  definition: FormDefinition,
  lang: string,
  evaluation: Evaluation,
  steps: readonly RepeatStep[],
) {
  const label = fillReferences(pickText(question.label, lang, definition.defaultLanguage), evaluation, steps);
  const hint = fillReferences(pickText(question.hint, lang, definition.defaultLanguage), evaluation, steps);
  return { label, hint };
}

/** A required setting that is plainly "yes" is marked with an asterisk; an expression decides later. */
export function alwaysRequired(question: Question): boolean {
  return ["yes", "true", "true()"].includes((question.required ?? "").trim().toLowerCase());
}
