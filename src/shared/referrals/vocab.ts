/** Referral vocabularies: Safepath's own workflow values (lower case), HTCDS reasons come from src/shared/htcds. */

export const REFERRAL_URGENCIES = ["emergency", "high", "normal", "low"] as const;
export type ReferralUrgency = (typeof REFERRAL_URGENCIES)[number];

/**
 * How long the receiver has to answer (acknowledge and accept or decline) by urgency. An emergency referral
 * is a phone call's worth of time; a routine one leaves room for a weekend.
 */
export const ANSWER_DUE_HOURS: Readonly<Record<ReferralUrgency, number>> = {
  emergency: 4,
  high: 24,
  normal: 72,
  low: 168,
};

/** A referral nobody answered this long after it was due is closed as expired. */
export const EXPIRY_DAYS_AFTER_DUE = 30;

export const DECLINE_REASONS = [
  "no_capacity",
  "not_eligible",
  "outside_area",
  "service_not_offered",
  "person_unreachable",
  "person_declined",
  "duplicate",
  "other",
] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

export const NOT_COMPLETED_REASONS = [
  "person_unreachable",
  "person_declined",
  "person_moved",
  "service_unavailable",
  "referred_elsewhere",
  "other",
] as const;
export type NotCompletedReason = (typeof NOT_COMPLETED_REASONS)[number];
