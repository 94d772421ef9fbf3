export { RAPID_SCREENING_FORM } from "./form.js";
export { RAPID_SCREENING_RULES } from "./rules.js";
