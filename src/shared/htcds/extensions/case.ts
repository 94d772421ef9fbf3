import type { CaseStatus } from "../case.js";

/**
 * Safepath extension: the part a person plays in a case. HTCDS models this by which context (`vic_`, `per_`)
 * a person has; a case also involves family members and others who are neither.
 */
export const PERSON_ROLES_IN_CASE = ["victim", "perpetrator", "family_member", "other"] as const;
export type PersonRoleInCase = (typeof PERSON_ROLES_IN_CASE)[number];

/**
 * Safepath's case workflow, finer than `cas_Status` because supervisors need to see where each case is
 * (assessment done? plan agreed? closure waiting for approval?). In order.
 */
export const CASE_STAGES = [
  "open",
  "assessment",
  "support_plan",
  "assistance",
  "follow_up",
  "closure_requested",
  "closed",
] as const;
export type CaseStage = (typeof CASE_STAGES)[number];

/**
 * The HTCDS `cas_Status` a stage is exported as. A case waiting for closure approval is still being
 * followed up, so it stays `FollowUp` until a supervisor closes it.
 */
export function htcdsStatusForStage(stage: CaseStage, closedReferred: boolean): CaseStatus {
  switch (stage) {
    case "open":
    case "assessment":
    case "support_plan":
    case "assistance":
      return "Active";
    case "follow_up":
    case "closure_requested":
      return "FollowUp";
    case "closed":
      return closedReferred ? "ClosedReferred" : "Closed";
  }
}
