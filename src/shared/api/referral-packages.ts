import { z } from "zod";
import { SERVICE_TYPES } from "../directory/vocab.js";
import { REFERRAL_REASONS } from "../htcds/case.js";
import { LANGUAGES } from "../i18n/languages.js";
import { SHAREABLE_FIELDS } from "../referrals/fields.js";
import { REFERRAL_URGENCIES } from "../referrals/vocab.js";
import { plainText } from "./common.js";
import { sharedValues } from "./referrals.js";

/**
 * Referral packages: a referral to a provider outside the deployment, as one age-encrypted file (the referral
 * as a PDF in the recipient's language and as HTCDS JSON), downloadable once through a link that expires. The
 * same file imported into another Safepath deployment becomes an incoming referral there.
 */

export const PACKAGE_METHODS = ["password", "public_key"] as const;
export type PackageMethod = (typeof PACKAGE_METHODS)[number];

/** A password the recipient is told by another channel (a call, a message): long enough to resist guessing offline. */
export const PACKAGE_PASSWORD_MIN = 12;
export const PACKAGE_EXPIRY_MAX_DAYS = 30;
/** The largest package file an import accepts. */
export const PACKAGE_IMPORT_MAX_BYTES = 5 * 1024 * 1024;

export const packageInput = z.strictObject({
  method: z.enum(PACKAGE_METHODS),
  /** For "password": at least PACKAGE_PASSWORD_MIN characters, given to the recipient by another channel. */
  password: z.string().min(PACKAGE_PASSWORD_MIN).max(200).optional(),
  /** For "public_key": the recipient's age public key, "age1…". */
  recipient: z.string().trim().max(200).optional(),
  /** The language of the PDF: the recipient's. */
  language: z.enum(LANGUAGES),
  expiresInDays: z.number().int().min(1).max(PACKAGE_EXPIRY_MAX_DAYS).default(7),
});

export const packageCreated = z.object({
  packageId: z.uuid(),
  /** The one-time link; its token is shown only in this answer and kept only as a hash. */
  downloadPath: z.string(),
  expiresAt: z.string(),
});

export const packageSummary = z.object({
  id: z.uuid(),
  method: z.enum(PACKAGE_METHODS),
  language: z.enum(LANGUAGES),
  sizeBytes: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  expiresAt: z.string(),
  downloadedAt: z.string().nullable(),
  refusedAttempts: z.number().int(),
  lastRefusedAt: z.string().nullable(),
  deliveredAt: z.string().nullable(),
  /** waiting: the link still works; downloaded: used once; expired: never downloaded in time. */
  state: z.enum(["waiting", "downloaded", "expired"]),
});

export const packageList = z.object({ items: z.array(packageSummary) });

export const deliveredInput = z.strictObject({ packageId: z.uuid() });

export const packageKey = z.object({
  /** The organisation's age public key: senders in other deployments encrypt packages for it. */
  publicKey: z.string(),
  organisationName: z.string(),
});

const dateTime = z.string().max(40);
const name = plainText(300);

/**
 * The decrypted package: what the recipient reads (the PDF) and what a Safepath deployment imports. Versioned,
 * so that a later format can still be told apart.
 */
export const packageBundle = z.object({
  format: z.literal("safepath-referral-package"),
  version: z.literal(1),
  packageId: z.uuid(),
  createdAt: dateTime,
  referral: z.object({
    number: plainText(60).min(1),
    urgency: z.enum(REFERRAL_URGENCIES),
    reason: z.enum(REFERRAL_REASONS),
    serviceType: z.enum(SERVICE_TYPES),
    serviceName: name.nullable(),
    providerName: name,
    sentAt: dateTime.nullable(),
    dueAt: dateTime.nullable(),
    message: plainText(4000).nullable(),
  }),
  from: z.object({
    organisationName: name.min(1),
    country: z.string().max(2),
    phone: plainText(60).nullable(),
    address: plainText(500).nullable(),
    referrerName: name.nullable(),
  }),
  sharedFields: z.array(z.enum(SHAREABLE_FIELDS)).max(SHAREABLE_FIELDS.length),
  person: sharedValues,
  /** The same referral and person in HTCDS 2.0 field names. */
  htcds: z.record(z.string(), z.unknown()),
  /** A PDF of the referral in the recipient's language, base64. */
  pdf: z.string(),
});

export type PackageInput = z.infer<typeof packageInput>;
export type PackageSummary = z.infer<typeof packageSummary>;
export type PackageBundle = z.infer<typeof packageBundle>;
