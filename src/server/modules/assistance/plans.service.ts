import type { Selectable } from "kysely";
import type { z } from "zod";
import type { PlanInput, PlanPatch, supportPlan } from "../../../shared/api/assistance.js";
import { invalidField } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import type { RecordKey } from "../../crypto/record-keys.js";
import type { CasesTable, SupportPlansTable } from "../../db/schema-cases.js";
import type { Services } from "../../services.js";
import { findCase, findCaseForUpdate } from "../cases/case-access.js";
import { reachThroughCase } from "../cases/case-subrecord.js";
import {
  caseKeyOf,
  checkNotInFuture,
  clearValuesOf,
  insertSubrecord,
  openSealed,
  type SubrecordKind,
  sealedFieldOf,
  updateSubrecord,
} from "./case-subrecords.js";

type PlanRow = Selectable<SupportPlansTable>;
type SupportPlan = z.infer<typeof supportPlan>;

const CLEAR = { planType: "plan_type", plannedEndOn: "planned_end_on", actualEndOn: "actual_end_on" } as const;

const PLAN: SubrecordKind<"support_plans"> = {
  table: "support_plans",
  idName: "planId",
  actions: { added: "plan.added", add: "plan.add", updated: "plan.updated", update: "plan.update" },
  clear: CLEAR,
  /** What the person is to achieve, and how, is about them: sealed under the case key. */
  sealed: ["objectives", "actionPlan"],
  authorColumn: "created_by",
  tracksUpdates: true,
};

interface SealedPlan {
  objectives: string | null;
  actionPlan: string | null;
}

function toApiPlan(row: PlanRow, key: RecordKey | undefined): SupportPlan {
  const sealed = openSealed<SealedPlan>(key, sealedFieldOf(PLAN, row.id), row.sealed);
  return {
    id: row.id,
    caseId: row.case_id,
    planType: row.plan_type,
    objectives: sealed.objectives ?? null,
    actionPlan: sealed.actionPlan ?? null,
    plannedEndOn: row.planned_end_on,
    actualEndOn: row.actual_end_on,
    createdBy: row.created_by,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** A plan ends after the case was opened; it can only have actually ended by now. */
function checkPlanDates(caseRow: Selectable<CasesTable>, input: PlanPatch): void {
  checkNotInFuture(input.actualEndOn, "body.actualEndOn");
  if (input.actualEndOn && input.actualEndOn < caseRow.opened_on)
    throw invalidField("body.actualEndOn", "before_opened");
  if (input.plannedEndOn && input.plannedEndOn < caseRow.opened_on)
    throw invalidField("body.plannedEndOn", "before_opened");
}

export async function listPlans(db: ScopedDb, services: Services, caseId: string) {
  await findCase(db, caseId);
  const rows = await db
    .selectFrom("support_plans")
    .selectAll()
    .where("case_id", "=", caseId)
    .orderBy("created_at")
    .orderBy("id")
    .limit(500)
    .execute();
  const key = await caseKeyOf(db, services, caseId);
  db.audit({ action: "plan.list", recordType: "case", recordId: caseId, recordIds: rows.map((r) => r.id) });
  return { items: rows.map((row) => toApiPlan(row, key)) };
}

export async function addPlan(db: ScopedDb, services: Services, caseId: string, input: PlanInput) {
  const caseRow = await findCaseForUpdate(db, caseId);
  checkPlanDates(caseRow, input);
  const { row, key } = await insertSubrecord(db, services, PLAN, caseId, input);
  return toApiPlan(row, key);
}

export async function updatePlan(db: ScopedDb, services: Services, planId: string, patch: PlanPatch) {
  const { row, caseRow } = await reachThroughCase(db, "support_plans", planId);
  checkPlanDates(caseRow, patch);
  const { row: updated, key } = await updateSubrecord(db, services, PLAN, row, patch, clearValuesOf(CLEAR, row));
  return toApiPlan(updated, key);
}
