/**
 * The hotline's vocabularies: codes stored and counted, labels in the catalogues ("hotline.channel.phone" …).
 * Topics are extendable per organisation (hotline_topics); the others are fixed because the figures and the
 * situation report compare them across organisations.
 */

export const CHANNELS = [
  "phone",
  "whatsapp",
  "viber",
  "telegram",
  "messenger",
  "email",
  "web_form",
  "walk_in",
] as const;
export type Channel = (typeof CHANNELS)[number];

/** Channels where the operator is with the caller until the end: a contact finished without an end ends then. */
export const LIVE_CHANNELS: readonly Channel[] = ["phone", "whatsapp", "viber", "telegram", "messenger", "walk_in"];

export const DIRECTIONS = ["incoming", "outgoing"] as const;

export const CALLER_TYPES = [
  "possible_victim",
  "family_friend",
  "public",
  "ngo",
  "authority",
  "employer",
  "media",
  "other",
] as const;

export const BUILT_IN_TOPICS = [
  "safe_migration",
  "work_rights",
  "legal_status",
  "accommodation",
  "trafficking_risk",
  "exploitation_report",
  "psychosocial",
  "health",
  "education",
  "documents",
  "return",
  "other",
] as const;

export const SERVICES = [
  "information",
  "counselling",
  "legal_counselling",
  "psychosocial_first_aid",
  "referral",
] as const;

export const OUTCOMES = [
  "information_given",
  "referral_made",
  "case_opened",
  "emergency_escalated",
  "dropped",
  "abusive",
  "test_call",
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Contacts with these outcomes helped nobody: they count as contacts, never as persons assisted. */
export const NOT_ASSISTED: readonly Outcome[] = ["dropped", "abusive", "test_call"];

export const ESCALATIONS = ["exploitation", "immediate_danger"] as const;

/** A custom topic's code: lower-case letters, digits and underscores, not clashing with a built-in one. */
export const TOPIC_CODE = /^[a-z][a-z0-9_]{1,39}$/;
