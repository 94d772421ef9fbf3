import type { FormDefinition } from "../../../forms/definition.js";
import { FORM_LANGUAGES } from "../text.js";
import { CHILD_CHOICE_LISTS } from "./choices.js";
import { ABOUT_CHILD_GROUP, CARE_GROUP, GUARDIAN_GROUP, START_GROUP } from "./items-care.js";
import { BEST_INTERESTS_GROUP, PROTECTION_GROUP } from "./items-protection.js";

/**
 * Screening of unaccompanied and separated children: who cares for the child, whether the adult's
 * authority is shown, immediate protection risks, and whether a best-interests procedure is due.
 * Questions to the child use the informal "you" of each language.
 */
export const CHILD_SCREENING_FORM: FormDefinition = {
  formId: "child_screening",
  version: "1.0.0",
  title: {
    en: "Screening of unaccompanied and separated children",
    uk: "Первинна оцінка дітей без супроводу та розлучених дітей",
    ru: "Первичная оценка несопровождаемых и разлучённых детей",
    pl: "Ocena wstępna dzieci bez opieki i dzieci odłączonych od rodziny",
    ro: "Evaluare inițială a copiilor neînsoțiți și separați",
  },
  defaultLanguage: "en",
  languages: FORM_LANGUAGES,
  items: [START_GROUP, ABOUT_CHILD_GROUP, CARE_GROUP, GUARDIAN_GROUP, PROTECTION_GROUP, BEST_INTERESTS_GROUP],
  choiceLists: CHILD_CHOICE_LISTS,
};
