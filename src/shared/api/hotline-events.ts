import { z } from "zod";
import { CALLER_TYPES } from "../hotline/vocab.js";
import { LANGUAGE_CODES } from "../htcds/index.js";
import { plainText } from "./common.js";
import { country } from "./people.js";

/**
 * What a phone system (PBX, cloud telephony) or the server behind a public web form sends to
 * POST /api/hotline/events with an API token. Only ids and a contact count come back: numbers, names and
 * messages travel one way, in the body.
 */

const dateTime = z.iso.datetime({ offset: true });
/** A phone system's own id of a call or a form's id of a submission: printable, no spaces, bounded. */
const externalId = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[A-Za-z0-9._:@+/-]+$/, { message: "invalid" });
/** A number as the phone system or the form has it; the server reads it with the organisation's country. */
const phoneText = plainText(40).min(3);

export const callIncomingEvent = z.strictObject({
  type: z.literal("call.incoming"),
  /** The phone system's id of the call: the same id again is the same contact. */
  callId: externalId,
  /** The caller's number; null when it is withheld. */
  from: phoneText.nullable().optional(),
  /** The hotline number that was dialled (not stored; for the phone system's own records). */
  to: phoneText.nullable().optional(),
  /** The e-mail of the operator's Safepath account who answered. */
  operator: z.email().max(200),
  /** When the call was answered; the server's time when absent. */
  startedAt: dateTime.optional(),
  /** The language chosen in the voice menu, if the phone system has one. */
  language: z.enum(LANGUAGE_CODES).nullable().optional(),
});

export const callEndedEvent = z.strictObject({
  type: z.literal("call.ended"),
  callId: externalId,
  /** When the call ended; the server's time when absent. */
  endedAt: dateTime.optional(),
});

export const webFormEvent = z.strictObject({
  type: z.literal("web_form"),
  /** The form's id of the submission: the same reference again is the same contact. */
  reference: externalId,
  submittedAt: dateTime,
  language: z.enum(LANGUAGE_CODES).nullable().optional(),
  /** Anonymous reports carry no name or e-mail. */
  anonymous: z.boolean().default(false),
  name: plainText(200).nullable().optional(),
  phone: phoneText.nullable().optional(),
  email: z.email().max(200).nullable().optional(),
  country: country.nullable().optional(),
  place: plainText(120).nullable().optional(),
  callerType: z.enum(CALLER_TYPES).nullable().optional(),
  message: plainText(8000).min(1),
});

export const hotlineEvent = z.discriminatedUnion("type", [callIncomingEvent, callEndedEvent, webFormEvent]);

export const hotlineEventResult = z.object({
  contactId: z.uuid(),
  /** The same event arrived before: nothing new was written. */
  replayed: z.boolean(),
  /** call.incoming only: other contacts from the caller's number that the phone system's account reaches. */
  earlierContacts: z.number().int().optional(),
});

export type HotlineEvent = z.infer<typeof hotlineEvent>;
export type CallIncomingEvent = z.infer<typeof callIncomingEvent>;
export type CallEndedEvent = z.infer<typeof callEndedEvent>;
export type WebFormEvent = z.infer<typeof webFormEvent>;
export type HotlineEventResult = z.infer<typeof hotlineEventResult>;
