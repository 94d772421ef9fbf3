import { z } from "zod";
import { PERMISSIONS, ROLES } from "../access/permissions.js";
import { LANGUAGES } from "../i18n/languages.js";
import { plainText } from "./common.js";

export const signInBody = z.strictObject({
  email: z
    .string()
    .trim()
    .max(254)
    .pipe(z.email({ message: "email" })),
  password: z.string().min(1).max(1024),
});

export const mfaState = z.enum(["complete", "pending", "enrol_required"]);

export const signInResponse = z.object({ mfaState, csrfToken: z.string() });

export const codeBody = z.strictObject({ code: z.string().trim().min(6).max(32) });

export const sessionResponse = z.object({
  mfaState,
  csrfToken: z.string(),
  user: z.object({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    locale: z.enum(LANGUAGES),
    roles: z.array(z.enum(ROLES)),
    permissions: z.array(z.enum(PERMISSIONS)),
    mfaEnabled: z.boolean(),
    mustChangePassword: z.boolean(),
    lastSignInAt: z.string().nullable(),
    organisation: z.object({
      id: z.uuid(),
      name: z.string(),
      mfaRequired: z.boolean(),
      /** The zone the organisation's days are counted in ("today" on figures pages). */
      timeZone: z.string(),
    }),
  }),
});

export const mfaEnrolResponse = z.object({ secret: z.string(), otpauthUri: z.string(), qrSvg: z.string() });
/** csrfToken is present when enrolment finished the sign-in: the session was replaced. */
export const recoveryCodesResponse = z.object({ recoveryCodes: z.array(z.string()), csrfToken: z.string().optional() });

export const changePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(1024),
  newPassword: z.string().min(1).max(1024),
});

export const updateMeBody = z.strictObject({
  displayName: plainText(120).min(1).optional(),
  locale: z.enum(LANGUAGES).optional(),
});

export const createTokenBody = z.strictObject({
  name: plainText(80).min(1),
  expiresInDays: z.number().int().min(1).max(730).optional(),
});

export const apiToken = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

export const createdToken = apiToken.extend({ token: z.string() });
