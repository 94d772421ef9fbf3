import type { Answers, AnswerValue } from "../../../shared/forms/definition.js";
import type { CompiledForm } from "../../../shared/forms/engine/index.js";
import { ageBand } from "../../../shared/htcds/index.js";

/**
 * What the figures count, read from a screening's answers by field name: the built-in instruments use
 * these names, and an imported XLSForm that uses them (or the HXL tags beside them) feeds the same figures.
 */
const SEX_FIELDS = ["sex", "respondent_sex"];
const AGE_FIELDS = ["age", "age_years", "respondent_age"];
const CONSENT_RECORD_FIELDS = ["consent_record", "consent_to_record"];
const CONSENT_REFER_FIELDS = ["consent_refer", "consent_to_refer"];
const SEX_VALUES = new Set(["female", "male", "other", "unknown"]);

const first = (values: Answers, names: readonly string[]): AnswerValue | undefined => {
  for (const name of names) {
    const value = values[name];
    if (value !== undefined && !Array.isArray(value)) return value;
  }
  return undefined;
};
const yes = (value: AnswerValue | undefined) => value === "yes" || value === true;

export interface ScreeningFacts {
  sex: string | null;
  ageBand: string | null;
  consentRecord: boolean;
  consentRefer: boolean;
  /** An explicit "no" to recording: only non-identifying answers are kept. */
  refusedRecording: boolean;
}

export function screeningFacts(values: Answers): ScreeningFacts {
  const sex = first(values, SEX_FIELDS);
  const age = first(values, AGE_FIELDS);
  const consent = first(values, CONSENT_RECORD_FIELDS);
  return {
    sex: typeof sex === "string" && SEX_VALUES.has(sex) ? sex : null,
    ageBand: typeof age === "number" && Number.isFinite(age) ? ageBand(age) : null,
    consentRecord: yes(consent),
    consentRefer: yes(first(values, CONSENT_REFER_FIELDS)),
    refusedRecording: consent === "no" || consent === false,
  };
}

/** Identifying answers — free text, dates, places on a map — are dropped when the person refused recording. */
const IDENTIFYING_TYPES = new Set(["text", "date", "geopoint"]);

export function withoutIdentifyingAnswers(form: CompiledForm, values: Answers): Answers {
  const out: Answers = {};
  for (const [name, value] of Object.entries(values)) {
    const field = form.fields.get(name);
    if (!field) continue;
    if (field.kind === "repeat" && Array.isArray(value)) {
      out[name] = (value as Answers[]).map((instance) => withoutIdentifyingAnswers(form, instance));
    } else if (!(field.type && IDENTIFYING_TYPES.has(field.type))) {
      out[name] = value;
    }
  }
  return out;
}
