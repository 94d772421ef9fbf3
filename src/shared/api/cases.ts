import { z } from "zod";
import {
  CASE_STAGES,
  CASE_STATUSES,
  CONTROL_METHODS,
  EXPLOITATION_TYPES,
  FORCED_LABOUR_INDUSTRIES,
  PERPETRATOR_ROLES,
  PERSON_ROLES_IN_CASE,
  RECRUITMENT_METHODS,
  REFERRAL_REASONS,
  SEX_EXPLOITATION_TYPES,
  STATUS_DECIDERS,
  TRAFFICKER_RELATIONSHIPS,
  TRAFFICKING_STATUSES,
  VICTIM_VULNERABILITIES,
  VULNERABILITY_FLAGS,
  WEBSITES_AND_APPS,
} from "../htcds/index.js";
import { cursorParam, limitParam, plainText } from "./common.js";
import { consentInput, consentState } from "./consents.js";
import { country, isoDate, person, personInput } from "./people.js";

const many = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .array(z.enum(values))
    .max(values.length)
    .refine((list) => new Set(list).size === list.length, { message: "duplicate_values" });

export const place = z.strictObject({ country, place: plainText(120).nullable().optional() });

/** HTCDS vic_ context of a victim in a case. */
export const victimContext = z.strictObject({
  traffickingStatus: z.enum(TRAFFICKING_STATUSES).nullable().optional(),
  statusDecidedBy: z.enum(STATUS_DECIDERS).nullable().optional(),
  relationshipToTrafficker: z.enum(TRAFFICKER_RELATIONSHIPS).nullable().optional(),
  ageWhenTrafficked: z.number().int().min(0).max(120).nullable().optional(),
  recruitmentMethods: many(RECRUITMENT_METHODS).optional(),
  recruitmentWebsites: many(WEBSITES_AND_APPS).optional(),
  controlMethods: many(CONTROL_METHODS).optional(),
  exploitationTypes: many(EXPLOITATION_TYPES).optional(),
  forcedLabourIndustry: z.enum(FORCED_LABOUR_INDUSTRIES).nullable().optional(),
  sexExploitationTypes: many(SEX_EXPLOITATION_TYPES).optional(),
  exploitationWebsites: many(WEBSITES_AND_APPS).optional(),
  victimVulnerabilities: many(VICTIM_VULNERABILITIES).optional(),
  vulnerabilityDetails: plainText(4000).nullable().optional(),
  recruitmentPlaces: z.array(place).max(10).optional(),
  exploitationPlaces: z.array(place).max(10).optional(),
});

/** HTCDS per_ context of a perpetrator in a case. */
export const perpetratorContext = z.strictObject({
  perpetratorRoles: many(PERPETRATOR_ROLES).optional(),
  roleDetails: plainText(4000).nullable().optional(),
});

export const incomingReferral = z.strictObject({
  organisationId: z.uuid().nullable().optional(),
  organisationName: plainText(200).nullable().optional(),
  date: isoDate.nullable().optional(),
  reason: z.enum(REFERRAL_REASONS).nullable().optional(),
  details: plainText(4000).nullable().optional(),
});

export const caseIntake = z.strictObject({
  /** A new person, or an existing one found by the search-first step. */
  person: personInput.optional(),
  personId: z.uuid().optional(),
  openedOn: isoDate.optional(),
  identifiedOn: isoDate.nullable().optional(),
  ownerUserId: z.uuid().optional(),
  teamId: z.uuid().nullable().optional(),
  incomingReferral: incomingReferral.optional(),
  victim: victimContext.optional(),
  consents: z.array(consentInput).max(10).optional(),
  /** The screening this case was opened from: linked to the case and its person. */
  screeningId: z.uuid().optional(),
  /** The hotline contact this case was opened from: linked to the case and its person. */
  contactId: z.uuid().optional(),
  /**
   * The sending device's own id for this intake. Sent again (an upload whose answer was lost), the
   * intake gets the case made the first time instead of a second one.
   */
  clientKey: z.string().min(8).max(100).optional(),
});

/** Most intakes one batch may carry: a mobile team's days offline, well inside the request size limit. */
export const BATCH_INTAKE_LIMIT = 500;

export const caseIntakeBatch = z.strictObject({
  cases: z.array(caseIntake).min(1).max(BATCH_INTAKE_LIMIT),
});

export const caseIntakeResult = z.object({
  id: z.uuid(),
  caseNumber: z.string(),
  personId: z.uuid(),
  /** True when an earlier delivery under the same clientKey made the case. */
  replayed: z.boolean(),
});

export const caseIntakeBatchResult = z.object({ cases: z.array(caseIntakeResult) });

export const casePatch = z.strictObject({
  identifiedOn: isoDate.nullable().optional(),
  incomingReferral: incomingReferral.optional(),
  version: z.number().int().min(1),
});

export const casePersonInput = z.strictObject({
  role: z.enum(PERSON_ROLES_IN_CASE),
  person: personInput.optional(),
  personId: z.uuid().optional(),
  relationship: plainText(120).nullable().optional(),
  victim: victimContext.optional(),
  perpetrator: perpetratorContext.optional(),
});

/** Takes a person off the case; the reason goes to the audit trail, the removal to the case history. */
export const casePersonRemoval = z.strictObject({
  personId: z.uuid(),
  reason: plainText(500).min(3),
  version: z.number().int().min(1),
});

export const casePersonPatch = z.strictObject({
  relationship: plainText(120).nullable().optional(),
  victim: victimContext.optional(),
  perpetrator: perpetratorContext.optional(),
});

export const casePerson = z.object({
  role: z.enum(PERSON_ROLES_IN_CASE),
  relationship: z.string().nullable(),
  person,
  victim: victimContext.nullable(),
  perpetrator: perpetratorContext.nullable(),
  consents: consentState.nullable(),
});

export const caseSummary = z.object({
  id: z.uuid(),
  caseNumber: z.string(),
  stage: z.enum(CASE_STAGES),
  status: z.enum(CASE_STATUSES),
  personId: z.uuid().nullable(),
  /** Null for a role that may not see names, or after erasure. */
  personName: z.string().nullable(),
  ownerUserId: z.uuid().nullable(),
  ownerName: z.string().nullable(),
  teamId: z.uuid().nullable(),
  openedOn: z.string(),
  closedOn: z.string().nullable(),
  exploitationTypes: z.array(z.string()),
  vulnerabilityFlags: z.array(z.string()),
  citizenships: z.array(z.string()),
  updatedAt: z.string(),
  /** For workflow actions taken straight from a list (the approval queue). */
  version: z.number(),
});

export const caseDetail = caseSummary.extend({
  organisationId: z.uuid(),
  identifiedOn: z.string().nullable(),
  closureReason: z.string().nullable(),
  closureReferred: z.boolean(),
  incomingReferral: incomingReferral,
  people: z.array(casePerson),
  identifyingErased: z.boolean(),
  /** What the caller may do with the case in its current stage, decided by the server. */
  workflow: z.object({
    actions: z.array(z.enum(["advance", "request_closure", "approve_closure", "return", "reopen"])),
    nextStages: z.array(z.enum(CASE_STAGES)),
  }),
  createdAt: z.string(),
});

export const CASE_SORTS = ["updated", "opened", "case_number"] as const;

export const caseListQuery = z.strictObject({
  status: z.enum(CASE_STATUSES).optional(),
  stage: z.enum(CASE_STAGES).optional(),
  ownerUserId: z.uuid().optional(),
  mine: z.stringbool().optional(),
  exploitationType: z.enum(EXPLOITATION_TYPES).optional(),
  vulnerability: z.enum([...VULNERABILITY_FLAGS, ...VICTIM_VULNERABILITIES]).optional(),
  citizenship: country.optional(),
  openedFrom: isoDate.optional(),
  openedTo: isoDate.optional(),
  sort: z.enum(CASE_SORTS).default("updated"),
  limit: limitParam,
  cursor: cursorParam,
});

export const WORKFLOW_ACTIONS = ["advance", "request_closure", "approve_closure", "return", "reopen"] as const;

export const caseTransition = z.strictObject({
  action: z.enum(WORKFLOW_ACTIONS),
  /** For "advance": the stage to move to (forward only, up to follow_up). */
  to: z.enum(CASE_STAGES).optional(),
  /** Closure reason (request_closure), why it was returned, or why it is reopened. */
  reason: plainText(2000).optional(),
  /** request_closure: closed because the person was referred on (HTCDS ClosedReferred). */
  referred: z.boolean().optional(),
  version: z.number().int().min(1),
});

export const caseAssignment = z.strictObject({
  ownerUserId: z.uuid(),
  teamId: z.uuid().nullable().optional(),
  version: z.number().int().min(1),
});

export const caseHistoryEntry = z.object({
  id: z.uuid(),
  at: z.string(),
  actorUserId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  changes: z.record(z.string(), z.unknown()),
});

export const caseAccessEntry = z.object({
  at: z.string(),
  actorLabel: z.string(),
  /** The account's name when the actor is a person (null for system jobs or a deleted account). */
  actorName: z.string().nullable(),
  action: z.string(),
  outcome: z.string(),
});

export type CaseIntake = z.infer<typeof caseIntake>;
export type VictimContext = z.infer<typeof victimContext>;
export { consentInput };
