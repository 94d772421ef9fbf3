import { z } from "zod";
import { ROLES } from "../access/permissions.js";
import { LANGUAGES } from "../i18n/languages.js";
import { COUNTRY_CODES } from "../vocab/countries.js";
import { ORGANISATION_TYPES } from "../vocab/organisation-types.js";
import { phoneE164, plainText } from "./common.js";

export const organisationInput = z.strictObject({
  name: plainText(200).min(2),
  type: z.enum(ORGANISATION_TYPES),
  country: z.enum(COUNTRY_CODES),
  street: plainText(200).nullable().optional(),
  city: plainText(120).nullable().optional(),
  region: plainText(120).nullable().optional(),
  postalCode: plainText(20).nullable().optional(),
  latitude: z.number().min(-90).max(90).nullable().optional(),
  longitude: z.number().min(-180).max(180).nullable().optional(),
  phone: phoneE164.nullable().optional(),
  mfaRequired: z.boolean().optional(),
  /** Years after closure when a case's identifying data is erased; null keeps it until erased by hand. */
  retentionYears: z.number().int().min(1).max(100).nullable().optional(),
  /** IANA time zone of the hotline's hours ("Europe/Kyiv"); the helpline figures count local days and hours. */
  timeZone: z.string().trim().min(1).max(64).optional(),
});

export const organisationPatch = organisationInput.partial().extend({ disabled: z.boolean().optional() });

export const organisation = z.object({
  id: z.uuid(),
  name: z.string(),
  type: z.enum(ORGANISATION_TYPES),
  country: z.string(),
  street: z.string().nullable(),
  city: z.string().nullable(),
  region: z.string().nullable(),
  postalCode: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  phone: z.string().nullable(),
  mfaRequired: z.boolean(),
  retentionYears: z.number().nullable(),
  timeZone: z.string(),
  disabled: z.boolean(),
  createdAt: z.string(),
});

export const teamInput = z.strictObject({ organisationId: z.uuid().optional(), name: plainText(120).min(1) });
export const team = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  name: z.string(),
  /** The office the team's records count for in reports; null: the organisation's main office. */
  officeId: z.uuid().nullable(),
});

export const userInput = z.strictObject({
  organisationId: z.uuid().optional(),
  email: z
    .string()
    .trim()
    .max(254)
    .pipe(z.email({ message: "email" })),
  displayName: plainText(120).min(1),
  roles: z.array(z.enum(ROLES)).min(1).max(ROLES.length),
  teamId: z.uuid().nullable().optional(),
  locale: z.enum(LANGUAGES).optional(),
});

export const userPatch = z.strictObject({
  displayName: plainText(120).min(1).optional(),
  roles: z.array(z.enum(ROLES)).min(1).max(ROLES.length).optional(),
  teamId: z.uuid().nullable().optional(),
  locale: z.enum(LANGUAGES).optional(),
  disabled: z.boolean().optional(),
});

export const user = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(ROLES)),
  teamId: z.uuid().nullable(),
  locale: z.string(),
  mfaEnabled: z.boolean(),
  disabled: z.boolean(),
  locked: z.boolean(),
  lastSignInAt: z.string().nullable(),
  createdAt: z.string(),
});

/** A temporary password is shown once to the administrator, who passes it on; it must be changed at sign-in. */
export const userCreated = z.object({ user, temporaryPassword: z.string() });
export const passwordReset = z.object({ temporaryPassword: z.string() });

export const auditQuery = z.strictObject({
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  actorUserId: z.uuid().optional(),
  action: plainText(100).optional(),
  recordType: plainText(60).optional(),
  recordId: plainText(100).optional(),
  outcome: z.enum(["allowed", "denied", "failed"]).optional(),
  organisationId: z.uuid().optional(),
  cursor: z
    .string()
    .regex(/^\d{1,19}$/)
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const auditEntry = z.object({
  seq: z.string(),
  at: z.string(),
  actorUserId: z.uuid().nullable(),
  actorLabel: z.string(),
  /** Display name of the acting user, when the reader may see that account. */
  actorName: z.string().nullable(),
  organisationId: z.uuid().nullable(),
  action: z.string(),
  recordType: z.string().nullable(),
  recordId: z.string().nullable(),
  recordIds: z.array(z.string()).nullable(),
  outcome: z.enum(["allowed", "denied", "failed"]),
  requestId: z.string().nullable(),
  clientIp: z.string().nullable(),
  reason: z.string().nullable(),
  detail: z.unknown(),
});
