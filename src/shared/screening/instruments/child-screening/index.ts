export { CHILD_SCREENING_FORM } from "./form.js";
export { CHILD_SCREENING_RULES } from "./rules.js";
