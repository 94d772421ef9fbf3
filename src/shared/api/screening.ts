import { z } from "zod";
import { RISK_LEVELS } from "../screening/scoring/levels.js";
import { cursorParam, errorBody, limitParam, plainText } from "./common.js";
import { country, isoDate } from "./people.js";

/**
 * Screening: the organisation's form library and screening records. Answers travel as JSON keyed by the
 * form's field names (KoboToolbox / ODK style); the form engine validates them, on the server as in the browser.
 */

export const FORM_STATUSES = ["draft", "published", "retired"] as const;
export const SITE_TYPES = [
  "border_crossing",
  "transit_centre",
  "collective_shelter",
  "reception_centre",
  "hotline",
  "outreach",
  "office",
  "other",
] as const;
export { RISK_LEVELS };

export const formSummary = z.object({
  id: z.uuid(),
  formKey: z.string(),
  title: z.record(z.string(), z.string()),
  status: z.enum(FORM_STATUSES),
  builtIn: z.boolean(),
  latestVersion: z.number().int(),
  publishedVersion: z.number().int().nullable(),
  versionLabel: z.string(),
  languages: z.array(z.object({ code: z.string(), name: z.string().optional() })),
  updatedAt: z.string(),
});

export const formListQuery = z.object({
  status: z.enum(FORM_STATUSES).optional(),
});

export const formVersionQuery = z.object({
  /** A version number; the published one (else the latest) when absent. */
  version: z.coerce.number().int().min(1).max(1_000_000).optional(),
});

export const formDetail = formSummary.extend({
  version: z.number().int(),
  /** The FormDefinition of that version (src/shared/forms/definition.ts). */
  definition: z.unknown(),
  /** Its scoring rules (src/shared/screening/scoring), or null. */
  scoring: z.unknown().nullable(),
});

/** One problem of an uploaded XLSForm: where it is and what is wrong, as a code the UI translates. */
export const formImportIssue = z.object({
  sheet: z.string(),
  row: z.number().int().optional(),
  column: z.string().optional(),
  code: z.string(),
  detail: z.string().optional(),
  severity: z.enum(["error", "warning"]),
});

export const formImportQuery = z.strictObject({
  /** Check only and write nothing: the default, so that a mistaken upload changes nothing. */
  dryRun: z.stringbool().default(true),
});

export const publishInput = z.strictObject({
  /** The version to publish; the latest when absent. */
  version: z.number().int().min(1).optional(),
});

/** Scoring rules for a form: validated by the scoring module against the form's questions. */
export const scoringInput = z.strictObject({ rules: z.record(z.string(), z.unknown()) });

export const rulesFailure = errorBody.extend({
  issues: z.array(
    z.object({ path: z.string(), code: z.string(), params: z.record(z.string(), z.unknown()).optional() }),
  ),
});

export const formImportResult = z.object({
  ok: z.boolean(),
  dryRun: z.boolean(),
  issues: z.array(formImportIssue),
  form: formSummary.nullable(),
});

/** A rejected upload: the error naming body.file, and every issue with its sheet, row and column. */
export const formImportFailure = errorBody.extend({ issues: z.array(formImportIssue) });

export const screeningLocation = z.strictObject({
  country: country.nullable().optional(),
  place: plainText(200).nullable().optional(),
  siteType: z.enum(SITE_TYPES).nullable().optional(),
});

export const screeningInput = z.strictObject({
  formId: z.uuid(),
  /** The version the screener filled; it must be the published one, or the one before a recent publish. */
  formVersion: z.number().int().min(1),
  answers: z.record(z.string(), z.unknown()),
  screenedAt: z.iso.datetime({ offset: true }).optional(),
  location: screeningLocation.optional(),
  interviewLanguage: z.string().min(2).max(35).nullable().optional(),
  /** A person already on record, when the screening is not anonymous. */
  personId: z.uuid().nullable().optional(),
  /** Chosen by the device: the same screening sent twice (a double tap, a retry) is saved once. */
  clientKey: z.string().min(8).max(100).optional(),
});

/** A submission from another tool: answers only, everything else optional (KoboToolbox-style names). */
export const submissionInput = z.strictObject({
  answers: z.record(z.string(), z.unknown()),
  screenedAt: z.iso.datetime({ offset: true }).optional(),
  location: screeningLocation.optional(),
  interviewLanguage: z.string().min(2).max(35).nullable().optional(),
  clientKey: z.string().min(8).max(100).optional(),
});

const flagAnswer = z.object({ field: z.string(), value: z.unknown() });

export const screeningResult = z.object({
  level: z.enum(RISK_LEVELS),
  flags: z.array(z.object({ id: z.string(), level: z.enum(RISK_LEVELS), answers: z.array(flagAnswer) })),
  levelRules: z.array(z.string()),
  needs: z.array(z.string()),
  services: z.array(z.string()),
  delphi: z.unknown().optional(),
});

export const screening = z.object({
  id: z.uuid(),
  formId: z.uuid(),
  formKey: z.string(),
  formVersion: z.number().int(),
  screenedAt: z.string(),
  country: z.string().nullable(),
  place: z.string().nullable(),
  siteType: z.string().nullable(),
  interviewLanguage: z.string().nullable(),
  screenerUserId: z.uuid().nullable(),
  screenerName: z.string().nullable(),
  personId: z.uuid().nullable(),
  caseId: z.uuid().nullable(),
  caseNumber: z.string().nullable(),
  /** Null when the form has no scoring rules. */
  riskLevel: z.enum(RISK_LEVELS).nullable(),
  /** The level after the screener's judgement: the override when there is one. */
  finalLevel: z.enum(RISK_LEVELS).nullable(),
  override: z
    .object({ level: z.enum(RISK_LEVELS), reason: z.string().nullable(), by: z.uuid().nullable(), at: z.string() })
    .nullable(),
  flags: z.array(z.string()),
  needs: z.array(z.string()),
  services: z.array(z.string()),
  consentRecord: z.boolean(),
  consentRefer: z.boolean(),
  source: z.enum(["app", "api"]),
  createdAt: z.string(),
});

export const screeningDetail = screening.extend({
  /** Null once the linked person's identifying data was erased. */
  answers: z.record(z.string(), z.unknown()).nullable(),
  /** The scoring with the answers behind each flag; null without scoring rules or once erased. */
  result: screeningResult.nullable(),
  /** The urgent task raised for the supervisor, when the level was immediate danger. */
  urgentTaskId: z.uuid().nullable(),
  /** Whether this screening was saved before (the same client key). */
  replayed: z.boolean().optional(),
});

export const screeningListQuery = z.object({
  limit: limitParam,
  cursor: cursorParam,
  level: z.enum(RISK_LEVELS).optional(),
  formId: z.uuid().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  siteType: z.enum(SITE_TYPES).optional(),
});

export const overrideInput = z.strictObject({
  level: z.enum(RISK_LEVELS),
  reason: plainText(2000).min(3),
});

export const figuresQuery = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  formId: z.uuid().optional(),
});

/** A count, or null where the cell is too small to publish (small-cell suppression). */
const cell = z.object({ key: z.string(), count: z.number().int().nullable() });

export const screeningFigures = z.object({
  from: z.string().nullable(),
  to: z.string().nullable(),
  /** Cells below this are suppressed. */
  threshold: z.number().int(),
  total: z.number().int().nullable(),
  byLevel: z.array(cell),
  byNeed: z.array(cell),
  byFlag: z.array(cell),
  bySiteType: z.array(cell),
  byCountry: z.array(cell),
  byMonth: z.array(cell),
  bySex: z.array(cell),
  byAgeBand: z.array(cell),
});

export type FormSummary = z.infer<typeof formSummary>;
export type FormDetail = z.infer<typeof formDetail>;
export type Screening = z.infer<typeof screening>;
export type ScreeningDetail = z.infer<typeof screeningDetail>;
export type ScreeningFigures = z.infer<typeof screeningFigures>;
