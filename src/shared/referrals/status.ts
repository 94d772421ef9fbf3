/**
 * The referral's life: draft → sent → acknowledged → accepted / declined → in progress → completed / not
 * completed; withdrawn by the sender while it is open; expired when nobody answered. Each action names the
 * party that may take it. A provider outside the deployment cannot press buttons here, so its sender records
 * the answers it gets (by e-mail, phone or a returned package) in its place.
 */
export const REFERRAL_STATUSES = [
  "draft",
  "sent",
  "acknowledged",
  "accepted",
  "declined",
  "in_progress",
  "completed",
  "not_completed",
  "withdrawn",
  "expired",
] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** Waiting for the receiver's answer: these become overdue and, much later, expire. */
export const AWAITING_ANSWER: readonly ReferralStatus[] = ["sent", "acknowledged"];
/** Still moving: neither party has closed it. */
export const OPEN_STATUSES: readonly ReferralStatus[] = ["sent", "acknowledged", "accepted", "in_progress"];
export const FINAL_STATUSES: readonly ReferralStatus[] = [
  "declined",
  "completed",
  "not_completed",
  "withdrawn",
  "expired",
];

export type ReferralParty = "sender" | "receiver" | "system";

interface Transition {
  from: readonly ReferralStatus[];
  to: ReferralStatus;
  by: ReferralParty;
}

export const REFERRAL_TRANSITIONS = {
  send: { from: ["draft"], to: "sent", by: "sender" },
  withdraw: { from: ["draft", ...OPEN_STATUSES], to: "withdrawn", by: "sender" },
  acknowledge: { from: ["sent"], to: "acknowledged", by: "receiver" },
  accept: { from: ["sent", "acknowledged"], to: "accepted", by: "receiver" },
  decline: { from: ["sent", "acknowledged"], to: "declined", by: "receiver" },
  start: { from: ["accepted"], to: "in_progress", by: "receiver" },
  complete: { from: ["accepted", "in_progress"], to: "completed", by: "receiver" },
  not_complete: { from: ["accepted", "in_progress"], to: "not_completed", by: "receiver" },
  expire: { from: AWAITING_ANSWER, to: "expired", by: "system" },
} as const satisfies Record<string, Transition>;

export type ReferralAction = keyof typeof REFERRAL_TRANSITIONS;
export const RECEIVER_ACTIONS = ["acknowledge", "accept", "decline", "start", "complete", "not_complete"] as const;
export type ReceiverAction = (typeof RECEIVER_ACTIONS)[number];

/**
 * Whether a party may take the action on a referral in a status. The sender stands in for a receiver
 * outside the deployment.
 */
export function mayTake(
  action: ReferralAction,
  status: ReferralStatus,
  party: ReferralParty,
  receiverOutside: boolean,
): boolean {
  const transition: Transition = REFERRAL_TRANSITIONS[action];
  if (!transition.from.includes(status)) return false;
  if (transition.by === party) return true;
  return transition.by === "receiver" && party === "sender" && receiverOutside;
}

/** The actions a party can take now, for the screen's buttons. */
export function availableActions(
  status: ReferralStatus,
  party: ReferralParty,
  receiverOutside: boolean,
): ReferralAction[] {
  return (Object.keys(REFERRAL_TRANSITIONS) as ReferralAction[]).filter((action) =>
    mayTake(action, status, party, receiverOutside),
  );
}
