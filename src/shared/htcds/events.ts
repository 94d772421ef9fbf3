/** HTCDS 2.0 historic trafficking event (`hte_`) and support plan (`spl_`) value lists. */

/** `hte_Type`: the stage of the trafficking journey an event records. */
export const EVENT_TYPES = ["Recruitment", "Transit", "Exploitation"] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** `spl_Type`. */
export const SUPPORT_PLAN_TYPES = [
  "Education",
  "Financial",
  "Health",
  "LabourExploitationRehabilitation",
  "Legal",
  "Livelihood",
  "RightsBasedTraining",
  "SexualExploitationRehabilitation",
  "SocialCare",
] as const;
export type SupportPlanType = (typeof SUPPORT_PLAN_TYPES)[number];
