import type { FormDefinition } from "../../forms/definition.js";
import type { ScoringRulesInput } from "../scoring/schema.js";
import { CHILD_SCREENING_FORM } from "./child-screening/form.js";
import { CHILD_SCREENING_RULES } from "./child-screening/rules.js";
import { INDICATORS_ASSESSMENT_FORM } from "./indicators-assessment/form.js";
import { INDICATORS_ASSESSMENT_RULES } from "./indicators-assessment/rules.js";
import { RAPID_SCREENING_FORM } from "./rapid-screening/form.js";
import { RAPID_SCREENING_RULES } from "./rapid-screening/rules.js";

export interface BuiltInInstrument {
  id: "rapid_screening" | "indicators_assessment" | "child_screening";
  form: FormDefinition;
  rules: ScoringRulesInput;
}

/** The instruments Safepath ships; each form's formId equals its id. */
export const BUILT_IN_INSTRUMENTS: readonly BuiltInInstrument[] = [
  { id: "rapid_screening", form: RAPID_SCREENING_FORM, rules: RAPID_SCREENING_RULES },
  { id: "indicators_assessment", form: INDICATORS_ASSESSMENT_FORM, rules: INDICATORS_ASSESSMENT_RULES },
  { id: "child_screening", form: CHILD_SCREENING_FORM, rules: CHILD_SCREENING_RULES },
];

export { CHILD_SCREENING_FORM, CHILD_SCREENING_RULES } from "./child-screening/index.js";
export { INDICATORS_ASSESSMENT_FORM, INDICATORS_ASSESSMENT_RULES } from "./indicators-assessment/index.js";
export { RAPID_SCREENING_FORM, RAPID_SCREENING_RULES } from "./rapid-screening/index.js";
export { FORM_LANGUAGES, INSTRUMENT_LANGUAGES, type InstrumentLanguage, type Text } from "./text.js";
