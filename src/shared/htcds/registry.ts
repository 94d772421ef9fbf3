import { z } from "zod";
import { CASE_STATUSES, PERPETRATOR_ROLES, REFERRAL_REASONS } from "./case.js";
import { EVENT_TYPES, SUPPORT_PLAN_TYPES } from "./events.js";
import { AGE_BANDS } from "./extensions/age.js";
import { ASSISTANCE_STATUSES, ASSISTANCE_TYPES, ASSISTANCE_UNITS } from "./extensions/assistance.js";
import { CASE_STAGES, PERSON_ROLES_IN_CASE } from "./extensions/case.js";
import { CONSENT_DECISIONS, CONSENT_METHODS, CONSENT_PURPOSES } from "./extensions/consent.js";
import { LANGUAGE_CODES } from "./extensions/languages.js";
import {
  DISABILITY_DEGREES,
  DISABILITY_DOMAINS,
  MIGRATION_STATUSES,
  SEXES,
  VULNERABILITY_FLAGS,
} from "./extensions/person.js";
import { FORCED_LABOUR_INDUSTRIES } from "./industries.js";
import { EDUCATION_LEVELS, GENDERS, MARITAL_STATUSES } from "./person.js";
import {
  CONTROL_METHODS,
  EXPLOITATION_TYPES,
  RECRUITMENT_METHODS,
  SEX_EXPLOITATION_TYPES,
  STATUS_DECIDERS,
  TRAFFICKER_RELATIONSHIPS,
  TRAFFICKING_STATUSES,
  VICTIM_VULNERABILITIES,
  WEBSITES_AND_APPS,
} from "./victim.js";

/**
 * Every controlled list by a stable name. The name is part of the translation key
 * (`htcds.<name>.<value>`) and of stored form definitions, so a name never changes once released.
 */
export const VOCABULARIES = {
  // HTCDS 2.0
  gender: GENDERS,
  maritalStatus: MARITAL_STATUSES,
  educationLevel: EDUCATION_LEVELS,
  traffickingStatus: TRAFFICKING_STATUSES,
  statusDecider: STATUS_DECIDERS,
  traffickerRelationship: TRAFFICKER_RELATIONSHIPS,
  websiteOrApp: WEBSITES_AND_APPS,
  recruitmentMethod: RECRUITMENT_METHODS,
  controlMethod: CONTROL_METHODS,
  exploitationType: EXPLOITATION_TYPES,
  forcedLabourIndustry: FORCED_LABOUR_INDUSTRIES,
  sexExploitationType: SEX_EXPLOITATION_TYPES,
  victimVulnerability: VICTIM_VULNERABILITIES,
  perpetratorRole: PERPETRATOR_ROLES,
  caseStatus: CASE_STATUSES,
  referralReason: REFERRAL_REASONS,
  eventType: EVENT_TYPES,
  supportPlanType: SUPPORT_PLAN_TYPES,
  // Safepath extensions
  sex: SEXES,
  migrationStatus: MIGRATION_STATUSES,
  vulnerabilityFlag: VULNERABILITY_FLAGS,
  disabilityDomain: DISABILITY_DOMAINS,
  disabilityDegree: DISABILITY_DEGREES,
  assistanceType: ASSISTANCE_TYPES,
  assistanceStatus: ASSISTANCE_STATUSES,
  assistanceUnit: ASSISTANCE_UNITS,
  consentPurpose: CONSENT_PURPOSES,
  consentDecision: CONSENT_DECISIONS,
  consentMethod: CONSENT_METHODS,
  personRoleInCase: PERSON_ROLES_IN_CASE,
  caseStage: CASE_STAGES,
  ageBand: AGE_BANDS,
  language: LANGUAGE_CODES,
} as const;

export type VocabularyName = keyof typeof VOCABULARIES;
export type VocabularyValue<N extends VocabularyName> = (typeof VOCABULARIES)[N][number];

export const VOCABULARY_NAMES = Object.keys(VOCABULARIES) as VocabularyName[];

/** Lists whose labels come from `Intl` at run time (see `languageName`), not from the catalogues. */
export const INTL_LABELLED_VOCABULARIES: readonly VocabularyName[] = ["language"];

export function isVocabularyName(name: string): name is VocabularyName {
  return Object.hasOwn(VOCABULARIES, name);
}

export function isVocabularyValue<N extends VocabularyName>(name: N, value: unknown): value is VocabularyValue<N> {
  return typeof value === "string" && (VOCABULARIES[name] as readonly string[]).includes(value);
}

/** The translation key of a value's label, or undefined for lists labelled by `Intl`. */
export function vocabularyLabelKey(name: VocabularyName, value: string): string | undefined {
  return INTL_LABELLED_VOCABULARIES.includes(name) ? undefined : `htcds.${name}.${value}`;
}

/** A zod enum accepting exactly the values of a list. */
export function vocabularySchema<N extends VocabularyName>(name: N) {
  return z.enum(VOCABULARIES[name]);
}

/** A zod schema for a multiselect: values of the list, each at most once. */
export function vocabularyListSchema<N extends VocabularyName>(name: N) {
  return z
    .array(vocabularySchema(name))
    .max(VOCABULARIES[name].length)
    .refine((values) => new Set(values).size === values.length, { message: "duplicate_values" });
}
