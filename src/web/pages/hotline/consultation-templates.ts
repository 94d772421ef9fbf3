import type { Service } from "./contact-form.js";

/**
 * The consultations a hotline gives most, one key press each (Alt+1 …): on a busy line the operator records
 * the call while still talking.
 */
export const CONSULTATION_TEMPLATES: readonly { topic: string; service: Service }[] = [
  { topic: "legal_status", service: "legal_counselling" },
  { topic: "safe_migration", service: "information" },
  { topic: "psychosocial", service: "psychosocial_first_aid" },
  { topic: "work_rights", service: "information" },
  { topic: "trafficking_risk", service: "counselling" },
];
