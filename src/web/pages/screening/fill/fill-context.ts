import { createContext, useContext } from "react";
import type { Answers, AnswerValue, FormDefinition } from "../../../../shared/forms/definition.js";
import type { Evaluation, SubmissionError } from "../../../../shared/forms/engine/index.js";
import { pickText } from "../form-text.js";
import type { RepeatStep } from "./answer-paths.js";

/** What every input of the form reads and changes, shared down the tree of groups and repeats. */
export interface FillState {
  definition: FormDefinition;
  evaluation: Evaluation;
  /** Answers as entered (numbers as typed), not yet normalised by the engine. */
  raw: Answers;
  /** The respondent's language: labels, hints, choices and the author's messages are shown in it. */
  lang: string;
  /** Whether this page's problems are shown (after Next was pressed on it). */
  showErrors: boolean;
  /** Problems the server named, by engine path, when a save was refused. */
  serverErrors: Readonly<Record<string, string>>;
  setAnswer: (steps: readonly RepeatStep[], name: string, value: AnswerValue | undefined) => void;
  addInstance: (steps: readonly RepeatStep[], name: string) => void;
  removeInstance: (steps: readonly RepeatStep[], name: string, index: number) => void;
}

export const FillContext = createContext<FillState | null>(null);

export function useFill(): FillState {
  const state = useContext(FillContext);
  if (!state) throw new Error("form inputs are used inside the filling screen");
  return state;
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * An engine problem in words. The form author's own message (constraint_message, required_message) is
 * shown in the respondent's language, as the author wrote it for them; otherwise the app says it.
 */
export function problemText(error: SubmissionError, state: Pick<FillState, "lang" | "definition">, t: Translate) {
  if (error.message) return pickText(error.message, state.lang, state.definition.defaultLanguage);
  return t(`validation.form_${error.code}`, { ...error.params, defaultValue: t("validation.form_constraint") });
}

/** A field's id in the page, from its engine path ("household[0].age" → "q-household_0__age"). */
export function fieldId(path: string): string {
  return `q-${path.replace(/[^A-Za-z0-9_-]/g, "_")}`;
}
