import { z } from "zod";
import { caseListQuery } from "./cases.js";
import { errorBody, plainText } from "./common.js";

/** Explicit case lists are bounded so that one request stays one reasonable transaction. */
export const EXPORT_MAX_CASE_IDS = 5000;
/** A filter matching more than this is refused: narrower exports are safer and lighter. */
export const EXPORT_MAX_CASES = 20000;
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 20000;

export const EXPORT_FORMATS = ["json", "xlsx"] as const;

/**
 * What to export: named cases or the case list's filters (both narrow together), why, and whether
 * identifying fields may leave. A POST body, so that neither filters nor the reason end up in a URL.
 */
export const exportRequest = z.strictObject({
  format: z.enum(EXPORT_FORMATS),
  caseIds: z
    .array(z.uuid())
    .min(1)
    .max(EXPORT_MAX_CASE_IDS)
    .refine((ids) => new Set(ids).size === ids.length, { message: "duplicate_values" })
    .optional(),
  status: caseListQuery.shape.status,
  stage: caseListQuery.shape.stage,
  exploitationType: caseListQuery.shape.exploitationType,
  vulnerability: caseListQuery.shape.vulnerability,
  citizenship: caseListQuery.shape.citizenship,
  openedFrom: caseListQuery.shape.openedFrom,
  openedTo: caseListQuery.shape.openedTo,
  /** The case list's "only my cases": the actor's own cases. */
  mine: z.boolean().optional(),
  reason: plainText(500).min(10),
  includeIdentifying: z.boolean(),
});

export const importQuery = z.strictObject({
  /** Validate only and write nothing: the default, so that a mistaken upload changes nothing. */
  dryRun: z.stringbool().default(true),
  /** Write the good rows and report the others, instead of refusing the whole file. */
  skipBadRows: z.stringbool().default(false),
});

/** One problem in one cell: the row as the spreadsheet numbers it and the HTCDS column. */
export const importProblem = z.object({
  row: z.number().int(),
  field: z.string(),
  problem: z.string(),
  message: z.string(),
});

/** A value of an earlier HTCDS version (or another spelling) replaced by its HTCDS 2.0 value. */
export const importNormalisation = z.object({
  row: z.number().int(),
  field: z.string(),
  from: z.string(),
  to: z.string(),
});

export const importReport = z.object({
  dryRun: z.boolean(),
  /** Data rows read (header and label rows not counted). */
  rows: z.number().int(),
  valid: z.number().int(),
  invalid: z.number().int(),
  /** Cases written (0 on a dry run) and cases a real run would write. */
  created: z.number().int(),
  cases: z.number().int(),
  /** Rows not written: bad rows and the other rows of their case. */
  skippedRows: z.array(z.number().int()),
  problems: z.array(importProblem),
  normalised: z.array(importNormalisation),
  /** Column names that are not HTCDS or Safepath fields, or that Safepath does not keep: not imported. */
  ignoredColumns: z.array(z.string()),
});

/** A refused import: the usual error body, with the same report a dry run gives when rows were bad. */
export const importFailure = errorBody.extend({ report: importReport.optional() });

export type ExportRequest = z.infer<typeof exportRequest>;
export type ImportReport = z.infer<typeof importReport>;
export type ImportProblem = z.infer<typeof importProblem>;
export type ImportNormalisation = z.infer<typeof importNormalisation>;
