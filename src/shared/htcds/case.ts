/** HTCDS 2.0 perpetrator-context (`per_`) and case (`cas_`) value lists, verbatim from the 2.0 field list. */

/** `per_RoleInProcess` (multiselect). */
export const PERPETRATOR_ROLES = [
  "TravellingPartner",
  "Transporter",
  "RecruiterOrIntermediary",
  "BrokerTravelAgent",
  "TransferredIndividual",
  "HarbouredIndividual",
  "SoldIndividual",
  "BoughtIndividual",
  "ReceivedIndividual",
  "ControlledIndividual",
  "Smuggler",
  "Abuser",
  "Kidnapper",
  "Exploiter",
  "Other",
] as const;
export type PerpetratorRole = (typeof PERPETRATOR_ROLES)[number];

/** `cas_Status`. Safepath's finer workflow stages map onto it with `htcdsStatusForStage`. */
export const CASE_STATUSES = ["Active", "FollowUp", "Closed", "ClosedReferred"] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/**
 * `cas_ReasonForIncomingReferral` and `cas_ReasonForOutgoingReferral`: the 2.0 field list gives both fields
 * the same three values, so one list serves both.
 */
export const REFERRAL_REASONS = ["AdditionalServicesRequired", "MigrationOrChangeOfLocation", "Other"] as const;
export type ReferralReason = (typeof REFERRAL_REASONS)[number];
