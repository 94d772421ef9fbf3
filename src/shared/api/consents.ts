import { z } from "zod";
import { CONSENT_DECISIONS, CONSENT_METHODS, CONSENT_PURPOSES, LANGUAGE_CODES } from "../htcds/index.js";
import { plainText } from "./common.js";
import { isoDate } from "./people.js";

export const guardian = z.strictObject({
  name: plainText(200).min(1),
  relationship: plainText(80).min(1),
});

export const consentInput = z.strictObject({
  purpose: z.enum(CONSENT_PURPOSES),
  decision: z.enum(CONSENT_DECISIONS),
  decidedOn: isoDate,
  method: z.enum(CONSENT_METHODS),
  language: z.enum(LANGUAGE_CODES).nullable().optional(),
  /** Required for a child: who consented on the child's behalf. */
  guardian: guardian.nullable().optional(),
  note: plainText(2000).nullable().optional(),
  caseId: z.uuid().nullable().optional(),
  /** An image of the signature, uploaded as an attachment of one of the person's cases. */
  signatureAttachmentId: z.uuid().nullable().optional(),
});

export const consent = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  caseId: z.uuid().nullable(),
  purpose: z.string(),
  decision: z.string(),
  decidedOn: z.string(),
  method: z.string(),
  language: z.string().nullable(),
  guardian: guardian.nullable(),
  note: z.string().nullable(),
  signatureAttachmentId: z.uuid().nullable(),
  recordedBy: z.uuid().nullable(),
  recordedAt: z.string(),
});

/** The decision in force per purpose (the latest), and the full history. */
export const consentState = z.object({
  current: z.record(z.string(), consent),
  history: z.array(consent),
});
