export { INDICATORS_ASSESSMENT_FORM } from "./form.js";
export { INDICATORS_ASSESSMENT_RULES } from "./rules.js";
