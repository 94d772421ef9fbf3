/**
 * Safepath extension: consent detail. HTCDS 2.0 has a single `con_Consent` checkbox; data protection law
 * needs consent per purpose, with how and when it was given, refused or withdrawn.
 */
export const CONSENT_PURPOSES = [
  "assistance",
  "data_processing",
  "referral_sharing",
  "research_statistics",
  "law_enforcement",
] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

export const CONSENT_DECISIONS = ["given", "refused", "withdrawn"] as const;
export type ConsentDecision = (typeof CONSENT_DECISIONS)[number];

export const CONSENT_METHODS = ["verbal", "written", "signature"] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];
