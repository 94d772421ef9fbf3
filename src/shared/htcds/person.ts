/**
 * HTCDS 2.0 person (`prs_`) value lists. Value names are stored verbatim from "HTCDS Field Standards 2.0.ods";
 * human labels live in the translation catalogues under `htcds.<list>`.
 */

/** `prs_Gender`: gender expression. Sex for disaggregation is a separate Safepath field (`SEXES`). */
export const GENDERS = [
  "Feminine",
  "Masculine",
  "TransgenderFeminine",
  "TransgenderMasculine",
  "NonConforming",
  "NonSpecifiedUnknown",
] as const;
export type Gender = (typeof GENDERS)[number];

/** `prs_MaritalStatus`. */
export const MARITAL_STATUSES = [
  "Single",
  "Married",
  "Widowed",
  "Divorced",
  "Separated",
  "RegisteredPartnership",
] as const;
export type MaritalStatus = (typeof MARITAL_STATUSES)[number];

/** `prs_HighestLevelOfEducation`: ISCED 2011 levels 0–8, in order. */
export const EDUCATION_LEVELS = [
  "EarlyChildhoodEducation",
  "PrimaryEducation",
  "LowerSecondaryEducation",
  "UpperSecondaryEducation",
  "PostSecondaryNonTertiaryEducation",
  "ShortCycleTertiaryEducation",
  "BachelorsOrEquivalentLevel",
  "MastersOrEquivalentLevel",
  "DoctoralOrEquivalentLevel",
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];
