import { z } from "zod";
import { REPORT_SECTIONS } from "../activities/vocab.js";
import { LANGUAGES } from "../i18n/languages.js";
import { cursorParam, limitParam, plainText } from "./common.js";

/**
 * The situation report: for a period of months and a set of offices, an overview, headline figures computed
 * from the records (small cells withheld), and the six sections, each an introduction and one entry per
 * office built from its approved activities. Drafted by the server, edited in the browser, saved in versions,
 * published, exported as HTML, PDF and DOCX in the report's language.
 *
 * Figures are data, not text: { key, value, params } rendered through the catalogues (sitrep.figures.<key>,
 * with count for plurals) by src/shared/sitrep/figure-text.ts, so that a report reads in its own language.
 */

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

/** A figure: value null means withheld (a small count that could point to a person) — suppressed says so. */
export const sitrepFigure = z.object({
  key: z.string().max(80),
  value: z.number().nullable(),
  suppressed: z.boolean().default(false),
  /** Values the sentence needs besides the count: a list code, a target group, a second number. */
  params: z.record(z.string(), z.union([z.string(), z.number(), z.null()])).default({}),
});

/** A figure the report could not compute, and why (a catalogue key under sitrep.missing). */
export const missingFigure = z.object({
  key: z.string().max(80),
  reason: z.string().max(80),
  officeId: z.uuid().nullable().default(null),
});

export const sitrepPhoto = z.object({
  id: z.uuid(),
  activityId: z.uuid(),
  caption: z.string(),
  credit: z.string(),
});

export const sitrepEntry = z.object({
  officeId: z.uuid(),
  officeName: z.string(),
  /** The entry's text: the activities' narratives joined, editable. */
  text: plainText(20_000),
  /** Whether someone rewrote the text (set by the server; absent: no): a refresh keeps it then, else writes it anew. */
  edited: z.boolean().optional(),
  figures: z.array(sitrepFigure).max(100),
  activities: z
    .array(z.object({ id: z.uuid(), title: z.string(), kind: z.string(), startsOn: z.string(), endsOn: z.string() }))
    .max(500),
  photos: z.array(sitrepPhoto).max(50),
});

export const sitrepSection = z.object({
  key: z.enum(REPORT_SECTIONS),
  intro: plainText(8000),
  entries: z.array(sitrepEntry).max(200),
});

export const sitrepDocument = z.object({
  title: plainText(300).min(1),
  /** YYYY-MM */
  fromMonth: month,
  toMonth: month,
  language: z.enum(LANGUAGES),
  offices: z.array(z.object({ id: z.uuid(), name: z.string(), country: z.string() })).max(200),
  overview: plainText(20_000),
  /** Whether someone rewrote the overview (set by the server; absent: no): a refresh keeps it then. */
  overviewEdited: z.boolean().optional(),
  /** People assisted (by assistance type), screened, calls and consultations, referrals, trainings, reach. */
  headline: z.array(sitrepFigure).max(100),
  /** Always the six sections, in the order of REPORT_SECTIONS. */
  sections: z.array(sitrepSection).length(REPORT_SECTIONS.length),
  missing: z.array(missingFigure).max(500),
  /** When the figures were computed (ISO timestamp). */
  figuresAt: z.string(),
});

export const sitrepCreate = z.strictObject({
  title: plainText(300).min(1).optional(),
  fromMonth: month,
  toMonth: month,
  /** Empty: every office of the organisation. */
  officeIds: z.array(z.uuid()).max(200).default([]),
  language: z.enum(LANGUAGES),
});

/** A save: the whole document and the version it was edited from (else 409). Text only: figures stay as computed. */
export const sitrepSave = z.strictObject({
  version: z.number().int().min(1),
  document: sitrepDocument,
  note: plainText(500).optional(),
});

/** Recompute figures and entries from the records, keeping the overview and the introductions. */
export const sitrepRefresh = z.strictObject({ version: z.number().int().min(1) });
export const sitrepPublish = z.strictObject({ version: z.number().int().min(1) });

export const sitrepListQuery = z.object({ cursor: cursorParam, limit: limitParam });

export const sitrepSummary = z.object({
  id: z.uuid(),
  title: z.string(),
  fromMonth: z.string(),
  toMonth: z.string(),
  language: z.string(),
  officeCount: z.number(),
  status: z.enum(["draft", "published"]),
  currentVersion: z.number(),
  publishedVersion: z.number().nullable(),
  updatedAt: z.string(),
});

export const sitrepDetail = sitrepSummary.extend({
  officeIds: z.array(z.uuid()),
  document: sitrepDocument,
  versions: z.array(
    z.object({ version: z.number(), savedAt: z.string(), savedBy: z.string().nullable(), note: z.string().nullable() }),
  ),
  publishedAt: z.string().nullable(),
});

export const exportQuery = z.object({ version: z.coerce.number().int().min(1).optional() });

export type SitrepFigure = z.infer<typeof sitrepFigure>;
export type MissingFigure = z.infer<typeof missingFigure>;
export type SitrepEntry = z.infer<typeof sitrepEntry>;
export type SitrepSection = z.infer<typeof sitrepSection>;
export type SitrepDocument = z.infer<typeof sitrepDocument>;
export type SitrepCreate = z.input<typeof sitrepCreate>;
export type SitrepSummary = z.infer<typeof sitrepSummary>;
export type SitrepDetail = z.infer<typeof sitrepDetail>;
