/**
 * Safepath extensions about a person, kept apart from the HTCDS lists so that no HTCDS name ever changes.
 * Values follow the HTCDS PascalCase convention so that they can sit beside HTCDS fields in an export.
 */

/**
 * Sex for disaggregated reporting (donor and government reports count women, men, girls and boys), which
 * `prs_Gender` (gender expression) cannot answer on its own.
 */
export const SEXES = ["Female", "Male", "Intersex", "Unknown"] as const;
export type Sex = (typeof SEXES)[number];

/**
 * Migration and protection status. Drawn from HTCDS Guidance 7 ("Migration and International Protection")
 * and the categories the Ukraine response works with (EU temporary protection, third-country nationals).
 * A person may hold several at once (a refugee who is also an unaccompanied child).
 */
export const MIGRATION_STATUSES = [
  "Refugee",
  "AsylumSeeker",
  "TemporaryProtection",
  "ComplementaryProtection",
  "InternallyDisplacedPerson",
  "ThirdCountryNational",
  "StatelessPerson",
  "UnaccompaniedOrSeparatedChild",
  "Returnee",
  "Deportee",
  "MigrantWorker",
  "InternationalStudent",
  "StrandedMigrant",
  "Undocumented",
  "NotAMigrant",
  "Other",
  "Unknown",
] as const;
export type MigrationStatus = (typeof MIGRATION_STATUSES)[number];

/**
 * Groups at elevated risk that screening teams flag, as the situation reports name them (children —
 * especially unaccompanied and separated —, older people, persons with disabilities, Roma, third-country
 * nationals, people needing urgent medical care, GBV and trafficking survivors …).
 */
export const VULNERABILITY_FLAGS = [
  "Child",
  "UnaccompaniedChild",
  "SeparatedChild",
  "Disability",
  "OlderPerson",
  "Pregnancy",
  "UrgentMedicalNeed",
  "ChronicIllness",
  "MentalHealthCondition",
  "GbvSurvivor",
  "TraffickingSurvivor",
  "WomanAtRisk",
  "SingleParent",
  "Roma",
  "ThirdCountryNational",
  "NoIdentityDocuments",
  "LgbtiqPerson",
  "LanguageBarrier",
  "NoSafeAccommodation",
  "NoIncome",
  "SubstanceUse",
  "Other",
] as const;
export type VulnerabilityFlag = (typeof VULNERABILITY_FLAGS)[number];

/** Washington Group Short Set domains: functioning, not diagnoses, so that figures compare across countries. */
export const DISABILITY_DOMAINS = ["Seeing", "Hearing", "Walking", "Remembering", "SelfCare", "Communicating"] as const;
export type DisabilityDomain = (typeof DISABILITY_DOMAINS)[number];

/** Washington Group answer scale, in order of severity. */
export const DISABILITY_DEGREES = ["NoDifficulty", "SomeDifficulty", "ALotOfDifficulty", "CannotDoAtAll"] as const;
export type DisabilityDegree = (typeof DISABILITY_DEGREES)[number];

/**
 * The Washington Group disability identifier: a person counts as having a disability when at least one
 * domain is "a lot of difficulty" or "cannot do at all".
 */
export function hasWashingtonGroupDisability(answers: Partial<Record<DisabilityDomain, DisabilityDegree>>): boolean {
  return Object.values(answers).some((degree) => degree === "ALotOfDifficulty" || degree === "CannotDoAtAll");
}
