import { z } from "zod";
import { CALLER_TYPES, CHANNELS, DIRECTIONS, ESCALATIONS, OUTCOMES, SERVICES, TOPIC_CODE } from "../hotline/vocab.js";
import { LANGUAGE_CODES } from "../htcds/index.js";
import { cursorParam, limitParam, plainText } from "./common.js";
import { country, isoDate } from "./people.js";

/**
 * Hotline and helpline: contacts (a call, a chat, an e-mail, a web-form report, a walk-in), the
 * consultations given in each, repeat-caller lookup, follow-ups, escalations and the phone system's events.
 * The caller's number, name, e-mail and the notes are sealed on the server; they travel only in bodies.
 */

const dateTime = z.iso.datetime({ offset: true });
/** A number as typed: the server reads it with the organisation's country as default and names the field if it cannot. */
const phoneText = plainText(40).min(3);

export const consultationInput = z.strictObject({
  /** A built-in topic or one of the organisation's own (GET /api/hotline/topics). */
  topic: z.string().regex(TOPIC_CODE, { message: "unknown_value" }),
  service: z.enum(SERVICES),
  note: plainText(2000).nullable().optional(),
});

const contactFields = {
  channel: z.enum(CHANNELS),
  direction: z.enum(DIRECTIONS),
  startedAt: dateTime,
  endedAt: dateTime.nullable(),
  language: z.enum(LANGUAGE_CODES).nullable(),
  callerType: z.enum(CALLER_TYPES).nullable(),
  callerCountry: country.nullable(),
  callerPlace: plainText(120).nullable(),
  anonymous: z.boolean(),
  callerNumber: phoneText.nullable(),
  callerName: plainText(200).nullable(),
  callerEmail: z.email().max(200).nullable(),
  notes: plainText(8000).nullable(),
  outcome: z.enum(OUTCOMES).nullable(),
  followUpOn: isoDate.nullable(),
  /** The handover note for whoever takes the follow-up. */
  followUpNote: plainText(2000).nullable(),
  consultations: z.array(consultationInput).max(30),
};

/** Changes to a contact: any of its fields; consultations, when given, replace the contact's list. */
export const contactPatch = z
  .strictObject({
    ...contactFields,
    /** Finish the contact: it needs an outcome, and a consultation unless nobody was helped. */
    complete: z.boolean(),
    /** The follow-up was done. */
    followUpDone: z.boolean(),
  })
  .partial();

export const contactInput = contactPatch.omit({ followUpDone: true }).extend({
  /** Set by the browser once per contact: the same key twice is one contact (200 with replayed: true). */
  clientKey: z.string().min(8).max(100).optional(),
  channel: contactFields.channel,
});

export const consultation = z.object({
  id: z.uuid(),
  topic: z.string(),
  service: z.enum(SERVICES),
  note: z.string().nullable(),
});

export const lawEnforcementReport = z.object({
  id: z.uuid(),
  kind: z.enum(ESCALATIONS),
  agency: z.string(),
  reportedAt: z.string(),
  reference: z.string().nullable(),
  summary: z.string().nullable(),
});

/** What the contact list shows: no sealed value, so a list opens nobody's details. */
export const contactSummary = z.object({
  id: z.uuid(),
  status: z.enum(["queued", "draft", "completed"]),
  channel: z.enum(CHANNELS),
  direction: z.enum(DIRECTIONS),
  source: z.enum(["app", "telephony", "web_form"]),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  durationSeconds: z.number().int().nullable(),
  operator: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  language: z.string().nullable(),
  callerType: z.enum(CALLER_TYPES).nullable(),
  callerCountry: z.string().nullable(),
  anonymous: z.boolean(),
  outcome: z.enum(OUTCOMES).nullable(),
  escalation: z.enum(ESCALATIONS).nullable(),
  followUpOn: z.string().nullable(),
  followUpDone: z.boolean(),
  topics: z.array(z.string()),
  /** The linked case, when the caller may see it. */
  case: z.object({ id: z.uuid(), caseNumber: z.string() }).nullable(),
});

export const contactDetail = contactSummary.extend({
  callerPlace: z.string().nullable(),
  callerNumber: z.string().nullable(),
  callerName: z.string().nullable(),
  callerEmail: z.string().nullable(),
  notes: z.string().nullable(),
  followUpNote: z.string().nullable(),
  personId: z.uuid().nullable(),
  consultations: z.array(consultation),
  reports: z.array(lawEnforcementReport),
  /** Other contacts from the same number that the caller reaches. */
  earlierContacts: z.number().int(),
  updatedAt: z.string(),
  replayed: z.boolean().optional(),
});

export const CONTACT_LIST_STATUSES = ["open", "queued", "draft", "completed", "all"] as const;

export const contactListQuery = z.strictObject({
  /** open: queued and draft contacts (the queue and unfinished work). */
  status: z.enum(CONTACT_LIST_STATUSES).default("all"),
  mine: z.stringbool().optional(),
  channel: z.enum(CHANNELS).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: limitParam,
  cursor: cursorParam,
});

export const followUp = z.object({
  contactId: z.uuid(),
  followUpOn: z.string(),
  overdue: z.boolean(),
  note: z.string().nullable(),
  channel: z.enum(CHANNELS),
  language: z.string().nullable(),
  callerType: z.enum(CALLER_TYPES).nullable(),
  startedAt: z.string(),
  operator: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  case: z.object({ id: z.uuid(), caseNumber: z.string() }).nullable(),
});

export const followUpQuery = z.strictObject({
  /** due: up to today (the shift's queue); all: every open follow-up. */
  when: z.enum(["due", "all"]).default("due"),
  limit: limitParam,
  cursor: cursorParam,
});

/** A number to look up, in the body so that it never appears in a URL or an access log. */
export const callerLookupInput = z.strictObject({ number: phoneText });

export const callerLookup = z.object({
  /** The number as read (E.164). */
  number: z.string(),
  contacts: z.array(contactSummary),
  /** People whose recorded phone is this number, with their cases the caller may see. */
  people: z.array(
    z.object({
      personId: z.uuid(),
      name: z.string(),
      cases: z.array(z.object({ id: z.uuid(), caseNumber: z.string() })),
    }),
  ),
});

export const contactLinkInput = z.strictObject({
  caseId: z.uuid().nullable().optional(),
  personId: z.uuid().nullable().optional(),
});

export const escalationInput = z.strictObject({
  kind: z.enum(ESCALATIONS),
  /** A report to law enforcement, only with the caller's consent. */
  lawEnforcement: z
    .strictObject({
      consent: z.boolean(),
      agency: plainText(200).min(1),
      reportedAt: dateTime.optional(),
      reference: plainText(100).nullable().optional(),
      summary: plainText(4000).nullable().optional(),
    })
    .optional(),
});

export const topic = z.object({
  id: z.uuid().nullable(),
  code: z.string(),
  builtIn: z.boolean(),
  labels: z.record(z.string(), z.string()),
  retired: z.boolean(),
});

export const topicInput = z.strictObject({
  code: z.string().regex(TOPIC_CODE, { message: "invalid" }),
  labels: z.partialRecord(z.enum(["en", "uk", "ru", "pl", "ro"]), plainText(80).min(1)),
});

export const topicPatch = z.strictObject({
  labels: topicInput.shape.labels.optional(),
  retired: z.boolean().optional(),
});

export type ContactInput = z.infer<typeof contactInput>;
export type ContactPatch = z.infer<typeof contactPatch>;
export type ContactSummary = z.infer<typeof contactSummary>;
export type ContactDetail = z.infer<typeof contactDetail>;
