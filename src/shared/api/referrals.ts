import { z } from "zod";
import { REFERRAL_REASONS } from "../htcds/case.js";
import { ASSISTANCE_TYPES, ASSISTANCE_UNITS } from "../htcds/extensions/assistance.js";
import { MIGRATION_STATUSES, SEXES, VULNERABILITY_FLAGS } from "../htcds/extensions/person.js";
import { SHAREABLE_FIELDS } from "../referrals/fields.js";
import { RECEIVER_ACTIONS, REFERRAL_STATUSES } from "../referrals/status.js";
import { DECLINE_REASONS, NOT_COMPLETED_REASONS, REFERRAL_URGENCIES } from "../referrals/vocab.js";
import { cursorParam, limitParam, plainText } from "./common.js";
import { address, identityDocument, isoDate } from "./people.js";

/**
 * Referrals from a case to services of the directory. The sender's view carries the case it came from; the
 * receiver's view carries only what the sender chose to share, the conversation and the story.
 */

const dateTime = z.string();

export const referralInput = z.strictObject({
  /** From a case, or from a screening whose person agreed to be referred (exactly one of the two). */
  caseId: z.uuid().optional(),
  screeningId: z.uuid().optional(),
  /** The person of the case the referral is about (the case's victim when omitted). */
  personId: z.uuid().optional(),
  /** One referral per service, all made in one go. */
  serviceIds: z.array(z.uuid()).min(1).max(10),
  urgency: z.enum(REFERRAL_URGENCIES),
  reason: z.enum(REFERRAL_REASONS),
  /** Exactly what the receiver will see of the person; the minimum when omitted. */
  sharedFields: z.array(z.enum(SHAREABLE_FIELDS)).max(SHAREABLE_FIELDS.length).optional(),
  /** The referral letter: why, what is needed, how to reach the person safely. Shared with the receiver. */
  message: plainText(4000).nullable().optional(),
  /** Send now (the default) or keep as a draft. */
  send: z.boolean().optional(),
  /** Without consent to sharing, a supervisor may still refer in an emergency, giving the reason. */
  emergencyOverride: z.strictObject({ reason: plainText(1000).min(10) }).optional(),
});

export const sendInput = z.strictObject({
  version: z.number().int().min(1),
  emergencyOverride: z.strictObject({ reason: plainText(1000).min(10) }).optional(),
});

export const providedItem = z.strictObject({
  /** The shared catalogue: an organisation's own assistance types mean nothing to the other party. */
  assistanceType: z.enum(ASSISTANCE_TYPES),
  providedOn: isoDate,
  quantity: z.number().min(0).max(1_000_000).nullable().optional(),
  unit: z.enum(ASSISTANCE_UNITS).nullable().optional(),
});

export const statusInput = z.strictObject({
  action: z.enum(RECEIVER_ACTIONS),
  /** The version read: someone else's change meanwhile answers 409 with the current state. */
  version: z.number().int().min(1),
  declineReason: z.enum(DECLINE_REASONS).optional(),
  notCompletedReason: z.enum(NOT_COMPLETED_REASONS).optional(),
  /** What was provided, required to complete: it becomes the referring case's assistance record. */
  provided: z.array(providedItem).max(30).optional(),
  /** An explanation for the other organisation, added to the conversation. */
  note: plainText(2000).nullable().optional(),
});

export const withdrawInput = z.strictObject({
  version: z.number().int().min(1),
  note: plainText(2000).nullable().optional(),
});

export const transferInput = z.strictObject({
  /** The receiving office's entry in the service directory (an organisation of this deployment). */
  providerId: z.uuid(),
  message: plainText(4000).nullable().optional(),
  emergencyOverride: z.strictObject({ reason: plainText(1000).min(10) }).optional(),
  /** The case's version read: a change made meanwhile answers 409. */
  version: z.number().int().min(1),
});

export const commentInput = z.strictObject({ body: plainText(4000).min(1) });

/** The shared values, present only for the fields the sender ticked (and only while the person is not erased). */
export const sharedValues = z
  .object({
    name: z.object({
      firstName: z.string().nullable(),
      middleName: z.string().nullable(),
      secondName: z.string().nullable(),
    }),
    otherNames: z.array(z.string()),
    birthDate: z.string().nullable(),
    birthYear: z.number().int().nullable(),
    sex: z.enum(SEXES).nullable(),
    gender: z.string().nullable(),
    citizenships: z.array(z.string()),
    languages: z.array(z.string()),
    phones: z.array(z.string()),
    emails: z.array(z.string()),
    address: address.nullable(),
    identityDocuments: z.array(identityDocument),
    migrationStatuses: z.array(z.enum(MIGRATION_STATUSES)),
    vulnerabilityFlags: z.array(z.enum(VULNERABILITY_FLAGS)),
    disability: z.record(z.string(), z.string()).nullable(),
    exploitationTypes: z.array(z.string()),
  })
  .partial();

export const referralEvent = z.object({
  at: dateTime,
  action: z.string(),
  fromStatus: z.enum(REFERRAL_STATUSES).nullable(),
  toStatus: z.enum(REFERRAL_STATUSES),
  /** A person of the reader's organisation, or the other organisation's name. */
  by: z.string(),
  detail: z.record(z.string(), z.unknown()).nullable(),
});

export const referralComment = z.object({
  id: z.uuid(),
  at: dateTime,
  author: z.string(),
  fromOwnOrganisation: z.boolean(),
  body: z.string(),
});

const referralCommon = {
  id: z.uuid(),
  number: z.string(),
  /** service: to a service of the directory; transfer: the whole case to another office. */
  kind: z.enum(["service", "transfer"]),
  status: z.enum(REFERRAL_STATUSES),
  urgency: z.enum(REFERRAL_URGENCIES),
  reason: z.enum(REFERRAL_REASONS),
  serviceType: z.string(),
  serviceId: z.uuid().nullable(),
  serviceName: z.string().nullable(),
  providerName: z.string(),
  fromOrganisationName: z.string(),
  toOrganisationName: z.string(),
  /** The receiver works outside this deployment: its answers are recorded by the sender. */
  receiverOutside: z.boolean(),
  sentAt: dateTime.nullable(),
  dueAt: dateTime.nullable(),
  overdue: z.boolean(),
  acknowledgedAt: dateTime.nullable(),
  decidedAt: dateTime.nullable(),
  finishedAt: dateTime.nullable(),
  declineReason: z.enum(DECLINE_REASONS).nullable(),
  notCompletedReason: z.enum(NOT_COMPLETED_REASONS).nullable(),
  provided: z.array(providedItem),
  version: z.number().int(),
  /** What the reader may do now. */
  actions: z.array(z.string()),
};

export const referralSummary = z.object({
  ...referralCommon,
  caseId: z.uuid().nullable(),
  caseNumber: z.string().nullable(),
});

export const referralDetail = referralSummary.extend({
  sharedFields: z.array(z.enum(SHAREABLE_FIELDS)),
  shared: sharedValues,
  message: z.string().nullable(),
  emergencyOverride: z.object({ reason: z.string().nullable(), by: z.string() }).nullable(),
  events: z.array(referralEvent),
  comments: z.array(referralComment),
});

/** The receiver's view: no case, no person id — the referral and what was shared. */
export const incomingSummary = z.object({ ...referralCommon, receiverCaseId: z.uuid().nullable() });

export const incomingDetail = incomingSummary.extend({
  sharedFields: z.array(z.enum(SHAREABLE_FIELDS)),
  shared: sharedValues,
  message: z.string().nullable(),
  events: z.array(referralEvent),
  comments: z.array(referralComment),
});

const csv = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (value) => (typeof value === "string" ? value.split(",").filter(Boolean) : value),
    z.array(item).max(20),
  );

export const referralListQuery = z.strictObject({
  status: csv(z.enum(REFERRAL_STATUSES)).optional(),
  urgency: csv(z.enum(REFERRAL_URGENCIES)).optional(),
  caseId: z.uuid().optional(),
  overdue: z.enum(["true", "false"]).optional(),
  limit: limitParam,
  cursor: cursorParam,
});

export type ReferralInput = z.infer<typeof referralInput>;
export type StatusInput = z.infer<typeof statusInput>;
export type SharedValues = z.infer<typeof sharedValues>;
export type ReferralSummary = z.infer<typeof referralSummary>;
export type ReferralDetail = z.infer<typeof referralDetail>;
export type IncomingSummary = z.infer<typeof incomingSummary>;
export type IncomingDetail = z.infer<typeof incomingDetail>;
export type ReferralListQuery = z.infer<typeof referralListQuery>;
export type ProvidedItemInput = z.infer<typeof providedItem>;
