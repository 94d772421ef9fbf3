/**
 * The form engine: compiles a FormDefinition once, then evaluates answers against it on the
 * server (validation) and in the browser (on every change).
 *
 * Decisions worth knowing (expression-level ones are in ../expression/values.ts):
 * - Paths are "name" or "repeat[0].name", with 0-based indexes matching the Answers arrays;
 *   position() in expressions is 1-based, as in ODK.
 * - An answer for a name the form lacks (a group name, a field of another repeat level, a
 *   typo) is an "unknown_field" error. Answers for calculated fields are ignored and
 *   recomputed, so that evaluating an evaluation's own values gives the same values; an
 *   answer to a note is a "read_only" error.
 * - A missing answer (key absent) takes the default; null or "" means deliberately blank.
 * - Non-relevant questions, groups and repeats lose their answers without any error, and
 *   read as "" in expressions. A non-relevant repeat has no instances (count() is 0).
 * - A refused answer (wrong type, unknown choice, too long) reads as "" and does not also
 *   raise "required". Constraints run only on non-empty answers, required only when relevant.
 * - A calculation whose result does not fit its question type (NaN, 2.5 for an integer) leaves
 *   the question empty; a calculate field keeps numbers, strings and booleans as they come.
 * - repeat_count fixes the number of instances: missing ones are added empty, extra ones
 *   dropped, and a submitted array of another length is a "repeat_count" error.
 */
export { MAX_TEXT } from "./answers.js";
export { compileForm } from "./compile-form.js";
export { choicesFor, errorsAt, isRelevant } from "./helpers.js";
export { REPEAT_LIMITS } from "./runtime.js";
export { compileStandaloneExpression } from "./standalone.js";
export type {
  CompiledForm,
  CompileFormResult,
  EvaluateOptions,
  Evaluation,
  FieldInfo,
  FormIssue,
  FormIssueProperty,
  StandaloneError,
  StandaloneResult,
  SubmissionError,
  SubmissionErrorCode,
} from "./types.js";
