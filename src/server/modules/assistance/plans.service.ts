import type { Selectable } from "kysely";
import type { z } from "zod";
import type { PlanInput, PlanPatch, supportPlan } from "../../../shared/api/assistance.js";
import { invalidField } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { type RecordKey, RecordKeys } from "../../crypto/record-keys.js";
import type { CasesTable, SupportPlansTable } from "../../db/schema-cases.js";
import type { Services } from "../../services.js";
import { findCase, findCaseForUpdate } from "../cases/case-access.js";
import { diff, recordHistory } from "../cases/case-history.js";
import {
  checkNotInFuture,
  clearInputOf,
  clearValuesOf,
  columnsOf,
  namedOnly,
  openSealed,
  reachThroughCase,
  sealChange,
  touchCase,
} from "./case-subrecords.js";

type PlanRow = Selectable<SupportPlansTable>;
type SupportPlan = z.infer<typeof supportPlan>;

const CLEAR = { planType: "plan_type", plannedEndOn: "planned_end_on", actualEndOn: "actual_end_on" } as const;

/** What the person is to achieve, and how, is about them: sealed under the case key. */
const SEALED = ["objectives", "actionPlan"] as const;

interface SealedPlan {
  objectives: string | null;
  actionPlan: string | null;
}

const sealedField = (id: string) => `support_plans.sealed:${id}`;

function toApiPlan(row: PlanRow, key: RecordKey | undefined): SupportPlan {
  const sealed = openSealed<SealedPlan>(key, sealedField(row.id), row.sealed);
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

async function caseKeyOf(db: ScopedDb, services: Services, caseId: string) {
  return new RecordKeys(services.keyring).loadOne(db, caseId);
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
  const key = await caseKeyOf(db, services, caseId);
  const id = crypto.randomUUID();
  const clear = clearInputOf(CLEAR, input);
  const sealed = sealChange(key, sealedField(id), SEALED, {}, input);
  const [row] = await db
    .insertInto("support_plans", [
      {
        organisation_id: db.organisationId,
        id,
        case_id: caseId,
        ...columnsOf(CLEAR, clear),
        sealed: sealed.stored ?? null,
        created_by: db.actor.userId,
      },
    ])
    .returningAll()
    .execute();
  await touchCase(db, caseId);
  const changes = { planId: id, ...diff({}, clear), ...namedOnly(sealed.changed) };
  await recordHistory(db, [{ caseId, action: "plan.added", changes }]);
  db.audit({ action: "plan.add", recordType: "case", recordId: caseId, recordIds: [id] });
  return toApiPlan(row as PlanRow, key);
}

export async function updatePlan(db: ScopedDb, services: Services, planId: string, patch: PlanPatch) {
  const { row, caseRow } = await reachThroughCase(db, (lock) => {
    const query = db.selectFrom("support_plans").selectAll().where("id", "=", planId);
    return (lock ? query.forUpdate() : query).executeTakeFirst();
  });
  const caseId = row.case_id;
  checkPlanDates(caseRow, patch);
  const key = await caseKeyOf(db, services, caseId);
  const previous = openSealed<SealedPlan>(key, sealedField(planId), row.sealed);
  const sealed = sealChange(key, sealedField(planId), SEALED, previous, patch);
  const clear = clearInputOf(CLEAR, patch);
  const changes = {
    ...diff(clearValuesOf(CLEAR, row), clear),
    ...namedOnly(sealed.changed),
  };
  let updated = row;
  if (Object.keys(changes).length > 0) {
    const set: Record<string, unknown> = { ...columnsOf(CLEAR, clear), updated_at: new Date() };
    if (sealed.stored !== undefined) set.sealed = sealed.stored;
    [updated = row] = await db.updateTable("support_plans").set(set).where("id", "=", planId).returningAll().execute();
    await touchCase(db, caseId);
    await recordHistory(db, [{ caseId, action: "plan.updated", changes: { planId, ...changes } }]);
  }
  db.audit({
    action: "plan.update",
    recordType: "case",
    recordId: caseId,
    recordIds: [planId],
    detail: { fields: Object.keys(changes) },
  });
  return toApiPlan(updated, key);
}
