import type { CALLER_TYPES, Channel, Outcome, SERVICES } from "../../shared/hotline/vocab.js";
import type { LanguageCode } from "../../shared/htcds/index.js";
import type { CountryCode } from "../../shared/vocab/countries.js";
import { DEMO_CASES_ORGANISATION } from "./demo-case-builders.js";
import { demoEmail } from "./demo-organisations.js";

/*
 * The shape of a demo hotline contact (demo-contact-calls.ts, demo-contact-messages.ts hold them): the work
 * of a helpline run by a country office for people fleeing the war and for migrants in the region — calls
 * about jobs abroad that look too good, unpaid wages, documents, shelter, relatives who stopped answering.
 * Callers, numbers and stories are invented. Numbers sit in ranges with "000" after the operator code
 * (+380 67 000 …, +48 500 000 …) so that nobody mistakes them for real ones.
 */

/** The organisation whose hotline takes the demo contacts: the only demo office with a hotline operator. */
export const DEMO_HOTLINE = {
  organisation: DEMO_CASES_ORGANISATION.name,
  operator: demoEmail(DEMO_CASES_ORGANISATION.name, "hotline"),
  supervisor: DEMO_CASES_ORGANISATION.supervisor,
} as const;

type CallerType = (typeof CALLER_TYPES)[number];
type Service = (typeof SERVICES)[number];

export interface DemoConsultation {
  topic: string;
  service: Service;
  note?: string;
}

export interface DemoContact {
  /** A stable handle: the contact's client key is "demo-contact:<key>", so seeding twice adds nothing. */
  key: string;
  /** Days before the day of seeding, and the time of day (UTC) the contact began. */
  daysAgo: number;
  time: string;
  /** How long a call or a visit lasted; absent for e-mails and web forms. */
  minutes?: number;
  channel: Channel;
  direction?: "outgoing";
  language: LanguageCode;
  callerType: CallerType;
  country?: CountryCode;
  place?: string;
  /** As the operator typed it: the same caller's number appears in different forms. */
  number?: string;
  name?: string;
  email?: string;
  anonymous?: boolean;
  consultations: DemoConsultation[];
  outcome: Outcome;
  notes?: string;
  /** A follow-up due that many days from the day of seeding (0 today, negative overdue), with the handover note. */
  followUp?: { inDays: number; note: string; done?: boolean };
  /** Taken by the supervisor (an evening shift) rather than the operator. */
  takenBy?: "supervisor";
  /** The operator looked the caller up and linked the contact to the case found for their number. */
  linkCaseOfCaller?: boolean;
  /** Reported as exploitation, with the caller's consent to tell law enforcement. */
  exploitationReport?: { agency: string; reference: string; summary: string };
}

/** One consultation: a topic, the service given, and a short note when there is more to say. */
export const consult = (topic: string, service: Service, note?: string): DemoConsultation =>
  note ? { topic, service, note } : { topic, service };
