import { z } from "zod";
import { ACTIVITY_LISTS } from "../activities/vocab.js";
import { plainText } from "./common.js";
import { country } from "./people.js";

/**
 * Offices (an organisation's country offices and sub-offices: the units it reports by), the reporting
 * months of an office (locked once approved), and the organisation's additions to the activity lists.
 */

export const officeInput = z.strictObject({
  name: plainText(200).min(1),
  country,
  admin1Name: plainText(120).nullable().optional(),
  /** OCHA P-code of the first administrative level, e.g. PL14 or UA80. */
  admin1Pcode: z
    .string()
    .regex(/^[A-Z]{2}[0-9A-Z]{1,10}$/)
    .nullable()
    .optional(),
  city: plainText(120).nullable().optional(),
  /** Records of teams without an office count for the main office; setting it moves the mark. */
  isMain: z.boolean().optional(),
  sortOrder: z.number().int().min(0).max(10_000).optional(),
});

export const officePatch = officeInput.partial().extend({
  retired: z.boolean().optional(),
  version: z.number().int().min(1),
});

export const officeDetail = z.object({
  id: z.uuid(),
  name: z.string(),
  country: z.string(),
  admin1Name: z.string().nullable(),
  admin1Pcode: z.string().nullable(),
  city: z.string().nullable(),
  isMain: z.boolean(),
  sortOrder: z.number(),
  retired: z.boolean(),
  /** The teams whose records count for this office. */
  teams: z.array(z.object({ id: z.uuid(), name: z.string() })),
  version: z.number(),
});

/** PUT /api/teams/:id/office: which office a team's records count for (null: the main office). */
export const teamOffice = z.strictObject({ officeId: z.uuid().nullable() });

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

export const periodQuery = z.object({ month });

export const periodSummary = z.object({
  officeId: z.uuid(),
  officeName: z.string(),
  /** YYYY-MM */
  month: z.string(),
  locked: z.boolean(),
  lockedAt: z.string().nullable(),
  lockedBy: z.string().nullable(),
  counts: z.object({ draft: z.number(), submitted: z.number(), approved: z.number() }),
  /** Locks and unlocks of this month, newest first. */
  events: z.array(
    z.object({
      action: z.enum(["locked", "unlocked"]),
      reason: z.string().nullable(),
      actorName: z.string().nullable(),
      at: z.string(),
    }),
  ),
});

/** Lock: every activity of the office's month must be approved (else 409 naming how many are not). */
export const periodLock = z.strictObject({ officeId: z.uuid(), month });
export const periodUnlock = z.strictObject({ officeId: z.uuid(), month, reason: plainText(2000).min(1) });

export const listValueInput = z.strictObject({
  list: z.enum(ACTIVITY_LISTS as [string, ...string[]]),
  code: z.string().regex(/^[a-z][a-z0-9_]{1,49}$/),
  /** English is required; other languages fall back to it. */
  labels: z.strictObject({
    en: plainText(120).min(1),
    uk: plainText(120).optional(),
    ru: plainText(120).optional(),
    pl: plainText(120).optional(),
    ro: plainText(120).optional(),
  }),
});

export const listValue = z.object({
  id: z.uuid().nullable(),
  list: z.string(),
  code: z.string(),
  /** Null for built-in values: their labels come from the catalogues. */
  labels: z.record(z.string(), z.string()).nullable(),
  builtIn: z.boolean(),
  retired: z.boolean(),
});

export type OfficeInput = z.input<typeof officeInput>;
export type OfficePatch = z.input<typeof officePatch>;
export type OfficeDetail = z.infer<typeof officeDetail>;
export type PeriodSummary = z.infer<typeof periodSummary>;
export type ListValueInput = z.infer<typeof listValueInput>;
export type ListValue = z.infer<typeof listValue>;
