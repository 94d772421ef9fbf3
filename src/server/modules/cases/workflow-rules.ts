import { CASE_STAGES, type CaseStage } from "../../../shared/htcds/index.js";

/** Stages a case moves through by "advance"; closure has its own request and approval. */
export const WORKING_STAGES: readonly CaseStage[] = ["open", "assessment", "support_plan", "assistance", "follow_up"];

export function stageIndex(stage: string): number {
  return CASE_STAGES.indexOf(stage as CaseStage);
}

type Action = "advance" | "request_closure" | "approve_closure" | "return" | "reopen";

/**
 * The moves open to an actor in a stage: the screens show these, the service enforces the same rules,
 * so the two cannot drift apart. (Four-eyes on approval is checked on the move itself.)
 */
export function allowedWorkflow(
  stage: CaseStage,
  canApprove: boolean,
  canWrite = true,
): { actions: Action[]; nextStages: CaseStage[] } {
  if (!canWrite) return { actions: [], nextStages: [] };
  if (WORKING_STAGES.includes(stage)) {
    const nextStages = WORKING_STAGES.filter((s) => stageIndex(s) > stageIndex(stage));
    return { actions: [...(nextStages.length ? (["advance"] as const) : []), "request_closure"], nextStages };
  }
  if (stage === "closure_requested")
    return { actions: canApprove ? ["approve_closure", "return"] : [], nextStages: [] };
  return { actions: ["reopen"], nextStages: [] };
}
