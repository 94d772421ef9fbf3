import type { FormDefinition } from "../../../forms/definition.js";
import { FORM_LANGUAGES } from "../text.js";
import { RAPID_CHOICE_LISTS } from "./choices.js";
import { ABOUT_GROUP, CONSENT_GROUP, TRAVEL_GROUP } from "./items-person.js";
import { NEEDS_GROUP, REFERRAL_GROUP, RISK_GROUP } from "./items-risk.js";
import { VULNERABILITY_GROUP } from "./items-vulnerability.js";

/**
 * Rapid vulnerability and needs screening for mobile teams at border crossings, transit centres and
 * shelters: no name required, a few minutes per person, trafficking-risk questions of the kind used
 * in displacement tracking surveys, consent to record first and consent to refer last.
 */
export const RAPID_SCREENING_FORM: FormDefinition = {
  formId: "rapid_screening",
  version: "1.0.0",
  title: {
    en: "Rapid vulnerability and needs screening",
    uk: "Швидка первинна оцінка вразливості та потреб",
    ru: "Быстрая первичная оценка уязвимости и потребностей",
    pl: "Szybka ocena wstępna wrażliwości i potrzeb",
    ro: "Evaluare inițială rapidă a vulnerabilității și a nevoilor",
  },
  defaultLanguage: "en",
  languages: FORM_LANGUAGES,
  items: [CONSENT_GROUP, ABOUT_GROUP, TRAVEL_GROUP, VULNERABILITY_GROUP, NEEDS_GROUP, RISK_GROUP, REFERRAL_GROUP],
  choiceLists: RAPID_CHOICE_LISTS,
};
