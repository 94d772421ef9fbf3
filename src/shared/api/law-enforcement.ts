import { z } from "zod";
import { LANGUAGES } from "../i18n/languages.js";
import { SHAREABLE_FIELDS } from "../referrals/fields.js";
import { plainText } from "./common.js";

/**
 * Reports of a case to law enforcement: to which authority, when, what of the person was shared, and on what
 * ground — the person's consent, or the legal basis that allows or obliges the report without it.
 */

export const AUTHORITY_KINDS = [
  "police",
  "border_guard",
  "prosecutor",
  "labour_inspectorate",
  "child_protection",
  "other",
] as const;
export type AuthorityKind = (typeof AUTHORITY_KINDS)[number];

const dateTime = z.iso.datetime({ offset: true });

export const lawEnforcementReportInput = z.strictObject({
  authorityKind: z.enum(AUTHORITY_KINDS),
  /** The authority as named to the person reading the report: "National Police, Kraków district 3". */
  authorityName: plainText(200).min(1),
  reportedAt: dateTime,
  /** The authority's reference for the report, when it gave one. */
  referenceNumber: plainText(100).nullable().optional(),
  /** Exactly what of the person was given to the authority; nothing when the report was anonymous. */
  sharedFields: z.array(z.enum(SHAREABLE_FIELDS)).max(SHAREABLE_FIELDS.length),
  /** What was reported, in the caseworker's words. Sealed under the case key. */
  summary: plainText(4000).nullable().optional(),
  /** The person of the case the report is about; the case's victim when omitted. */
  personId: z.uuid().optional(),
  /**
   * The provision of law the report rests on, required when the person's consent to reporting is not in
   * force ("mandatory reporting of a child at risk, art. …"). It names a law, not the person: kept in clear.
   */
  legalBasis: plainText(500).nullable().optional(),
});
export type LawEnforcementReportInput = z.infer<typeof lawEnforcementReportInput>;

export const lawEnforcementReport = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  personId: z.uuid().nullable(),
  authorityKind: z.enum(AUTHORITY_KINDS),
  authorityName: z.string(),
  reportedAt: z.string(),
  /** Null when not given, or once the case's identifying data was erased. */
  referenceNumber: z.string().nullable(),
  sharedFields: z.array(z.enum(SHAREABLE_FIELDS)),
  summary: z.string().nullable(),
  /** Whether the person's consent to reporting was in force, and the decision it was. */
  consent: z.boolean(),
  consentDecidedOn: z.string().nullable(),
  legalBasis: z.string().nullable(),
  recordedBy: z.string().nullable(),
  recordedAt: z.string(),
});
export type LawEnforcementReport = z.infer<typeof lawEnforcementReport>;

export const lawEnforcementReportList = z.object({ items: z.array(lawEnforcementReport) });

export const printQuery = z.object({
  /** The language of the printed report; the reader's own when omitted. */
  language: z.enum(LANGUAGES).optional(),
});
