import type { Answers, FormDefinition, LocalizedText, QuestionType } from "../definition.js";
import type { ExpressionError, ExpressionErrorCode, Value } from "../expression/index.js";

export type FormIssueProperty =
  | "relevant"
  | "constraint"
  | "calculation"
  | "choice_filter"
  | "default"
  | "required"
  | "repeat_count"
  | "list_name"
  | "name"
  | "type";

/**
 * A problem that stops a form from compiling. `path` is the field, group or repeat name
 * (a choice list name for problems inside a list); `code` is a translation key such as
 * "syntax", "unknown_field", "calculation_cycle"; `detail` is data, never a sentence.
 */
export interface FormIssue {
  path: string;
  property?: FormIssueProperty;
  code: string;
  detail?: string;
  offset?: number;
}

export type SubmissionErrorCode =
  | "required"
  | "type"
  | "constraint"
  | "unknown_choice"
  | "choice_filtered"
  | "unknown_field"
  | "read_only"
  | "too_long"
  | "repeat_count";

/**
 * A problem with submitted answers. `path` is "age" or "household[0].member_age"
 * (0-based instance index, matching the Answers arrays). `message` is the form author's
 * constraint_message / required_message when there is one.
 */
export interface SubmissionError {
  path: string;
  code: SubmissionErrorCode;
  message?: LocalizedText;
  params?: Record<string, string | number>;
}

/** The result of evaluating answers. `relevant` and `choices` are built when first read. */
export interface Evaluation {
  /** Answers normalised: typed, calculated, defaulted; non-relevant and empty ones left out. */
  values: Answers;
  /** Relevance of every question, group and repeat (of every existing instance), by path. */
  relevant: Record<string, boolean>;
  /** Allowed choice names of every select, by path, after its choice_filter. */
  choices: Record<string, readonly string[]>;
  errors: SubmissionError[];
}

export interface EvaluateOptions {
  /** "YYYY-MM-DD" for today(); the local date when absent. */
  today?: string;
  /** Milliseconds since the epoch for now(). */
  now?: number;
}

/** What the renderer needs to know about one name of the form. */
export interface FieldInfo {
  name: string;
  kind: "question" | "group" | "repeat";
  type?: QuestionType;
  listName?: string;
  /** Names of the enclosing repeats, outermost first. */
  repeats: readonly string[];
  /** Whether answers are computed (calculate, a calculation, or a note). */
  computed: boolean;
}

export interface CompiledForm {
  definition: FormDefinition;
  /** Every question, group and repeat name, in document order. */
  fieldNames: readonly string[];
  fields: ReadonlyMap<string, FieldInfo>;
  evaluate(answers: Answers, options?: EvaluateOptions): Evaluation;
}

export type CompileFormResult = { ok: true; form: CompiledForm } | { ok: false; issues: FormIssue[] };

export interface StandaloneError {
  code: ExpressionErrorCode | "unknown_field" | "group_reference";
  offset?: number;
  detail?: string;
}

export type StandaloneResult =
  | { ok: true; references: string[]; evaluate(values: Answers, options?: EvaluateOptions): Value }
  | { ok: false; error: StandaloneError | ExpressionError };
