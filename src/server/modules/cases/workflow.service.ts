import type { z } from "zod";
import type { caseAssignment, caseTransition } from "../../../shared/api/cases.js";
import { todayIso } from "../../../shared/dates.js";
import { type CaseStage, htcdsStatusForStage } from "../../../shared/htcds/index.js";
import { AppError, invalidField } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { RecordKeys } from "../../crypto/record-keys.js";
import type { Services } from "../../services.js";
import { findCaseForUpdate } from "./case-access.js";
import { recordHistory } from "./case-history.js";
import { resolveOwner } from "./case-owner.js";
import { openCaseSealed } from "./case-read.service.js";
import { stageIndex, WORKING_STAGES } from "./workflow-rules.js";

type Transition = z.infer<typeof caseTransition>;
type Assignment = z.infer<typeof caseAssignment>;

interface Outcome {
  stage: CaseStage;
  closedOn?: string | null;
  closureReferred?: boolean;
  closureReason?: string | null;
}

function nextState(
  current: CaseStage,
  t: Transition,
  canApprove: boolean,
  requestedBy: string | null,
  actor: string | null,
): Outcome {
  const notAllowed = () => invalidField("body.action", "not_allowed_in_stage", { stage: current });
  switch (t.action) {
    case "advance": {
      if (!t.to) throw invalidField("body.to", "required");
      if (!WORKING_STAGES.includes(t.to) || !WORKING_STAGES.includes(current)) throw notAllowed();
      if (stageIndex(t.to) <= stageIndex(current)) throw invalidField("body.to", "not_forward");
      return { stage: t.to };
    }
    case "request_closure":
      if (!WORKING_STAGES.includes(current)) throw notAllowed();
      if (!t.reason) throw invalidField("body.reason", "required");
      return { stage: "closure_requested", closureReason: t.reason, closureReferred: t.referred ?? false };
    case "approve_closure":
    case "return":
      if (!canApprove) throw new AppError("forbidden");
      if (current !== "closure_requested") throw notAllowed();
      // Four eyes: whoever asked to close a case does not approve it.
      if (t.action === "approve_closure" && requestedBy && requestedBy === actor)
        throw invalidField("body.action", "own_closure_request");
      if (t.action === "return" && !t.reason) throw invalidField("body.reason", "required");
      return t.action === "approve_closure" ? { stage: "closed", closedOn: todayIso() } : { stage: "follow_up" };
    case "reopen":
      if (current !== "closed") throw notAllowed();
      if (!t.reason) throw invalidField("body.reason", "required");
      return { stage: "assessment", closedOn: null, closureReferred: false, closureReason: null };
  }
}

/** Moves a case through its workflow; every move lands in the case history with who and why. */
export async function transitionCase(db: ScopedDb, services: Services, caseId: string, t: Transition) {
  const row = await findCaseForUpdate(db, caseId);
  if (row.version !== t.version) throw new AppError("conflict");
  const current = row.stage as CaseStage;
  const requestedBy =
    current === "closure_requested"
      ? ((
          await db
            .selectFrom("case_history")
            .select("actor_user_id")
            .where("case_id", "=", caseId)
            .where("action", "=", "case.closure_requested")
            .orderBy("at", "desc")
            .orderBy("id", "desc")
            .limit(1)
            .executeTakeFirst()
        )?.actor_user_id ?? null)
      : null;
  const outcome = nextState(current, t, db.actor.permissions.has("case.approve"), requestedBy, db.actor.userId);
  const closureReferred = outcome.closureReferred ?? row.closure_referred;
  const set: Record<string, unknown> = {
    stage: outcome.stage,
    status: htcdsStatusForStage(outcome.stage, closureReferred),
    closure_referred: closureReferred,
    version: row.version + 1,
    updated_at: new Date(),
  };
  if (outcome.closedOn !== undefined) set.closed_on = outcome.closedOn;
  if (outcome.closureReason !== undefined) {
    const key = await new RecordKeys(services.keyring).loadOne(db, caseId);
    if (key)
      set.sealed = key.sealFields("cases.sealed", {
        ...openCaseSealed(key, row),
        closureReason: outcome.closureReason,
      });
  }
  await db.updateTable("cases").set(set).where("id", "=", caseId).execute();
  const action = t.action === "request_closure" ? "case.closure_requested" : `case.${t.action}`;
  await recordHistory(db, [
    {
      caseId,
      action,
      changes: {
        stage: { from: current, to: outcome.stage },
        ...(t.reason && { reason: t.action === "request_closure" ? true : t.reason }),
      },
    },
  ]);
  db.audit({ action, recordType: "case", recordId: caseId, detail: { from: current, to: outcome.stage } });
  return { stage: outcome.stage, version: row.version + 1 };
}

/** Hands a case to another caseworker of the organisation (and their team). */
export async function assignCase(db: ScopedDb, caseId: string, input: Assignment) {
  const row = await findCaseForUpdate(db, caseId);
  if (row.version !== input.version) throw new AppError("conflict");
  const { ownerUserId, teamId } = await resolveOwner(db, input.ownerUserId, input.teamId);
  await db
    .updateTable("cases")
    .set({ owner_user_id: ownerUserId, team_id: teamId, version: row.version + 1, updated_at: new Date() })
    .where("id", "=", caseId)
    .execute();
  await recordHistory(db, [
    {
      caseId,
      action: "case.assigned",
      changes: {
        ownerUserId: { from: row.owner_user_id, to: ownerUserId },
        teamId: { from: row.team_id, to: teamId },
      },
    },
  ]);
  db.audit({ action: "case.assign", recordType: "case", recordId: caseId });
  return { version: row.version + 1 };
}
