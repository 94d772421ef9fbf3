import type { Selectable } from "kysely";
import type { z } from "zod";
import {
  type AssistanceInput,
  type AssistancePatch,
  type assistanceRecord,
  isCurrencyCode,
} from "../../../shared/api/assistance.js";
import { invalidField } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { type RecordKey, RecordKeys } from "../../crypto/record-keys.js";
import type { AssistanceTable } from "../../db/schema-cases.js";
import type { Services } from "../../services.js";
import { findCase, findCaseForUpdate } from "../cases/case-access.js";
import { diff, recordHistory } from "../cases/case-history.js";
import { checkAssistanceType } from "./assistance-types.service.js";
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

type AssistanceRow = Selectable<AssistanceTable>;
type AssistanceRecord = z.infer<typeof assistanceRecord>;

const CLEAR = {
  assistanceType: "assistance_type",
  status: "status",
  providedOn: "provided_on",
  planId: "plan_id",
  providerOrganisationId: "provider_organisation_id",
  providerName: "provider_name",
  quantity: "quantity",
  unit: "unit",
  cost: "cost",
  currency: "currency",
} as const;

const SEALED = ["note"] as const;

const sealedField = (id: string) => `assistance.sealed:${id}`;

const numberOrNull = (value: string | null) => (value === null ? null : Number(value));

function toApiRecord(
  row: AssistanceRow,
  key: RecordKey | undefined,
  organisations: Map<string, string>,
): AssistanceRecord {
  const sealed = openSealed<{ note: string | null }>(key, sealedField(row.id), row.sealed);
  return {
    id: row.id,
    caseId: row.case_id,
    planId: row.plan_id,
    assistanceType: row.assistance_type,
    status: row.status as AssistanceRecord["status"],
    providedOn: row.provided_on,
    providerOrganisationId: row.provider_organisation_id,
    providerOrganisationName: organisations.get(row.provider_organisation_id ?? "") ?? null,
    providerName: row.provider_name,
    quantity: numberOrNull(row.quantity),
    unit: row.unit,
    cost: numberOrNull(row.cost),
    currency: row.currency,
    note: sealed.note ?? null,
    recordedBy: row.recorded_by,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

async function organisationNames(db: ScopedDb, rows: AssistanceRow[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.flatMap((row) => (row.provider_organisation_id ? [row.provider_organisation_id] : [])))];
  if (ids.length === 0) return new Map();
  const found = await db.selectFrom("organisations").select(["id", "name"]).where("id", "in", ids).execute();
  return new Map(found.map((org) => [org.id, org.name]));
}

/** The rules that hold for the record as it will be: the input laid over what is stored. */
async function checkRecord(db: ScopedDb, caseId: string, input: AssistancePatch, stored: Record<string, unknown>) {
  const next = { ...stored, ...clearInputOf(CLEAR, input) } as Record<keyof typeof CLEAR, unknown>;
  if (input.assistanceType !== undefined && input.assistanceType !== stored.assistanceType)
    await checkAssistanceType(db, input.assistanceType, "body.assistanceType");
  checkNotInFuture(input.providedOn, "body.providedOn");
  if (next.status === "provided" && !next.providedOn) throw invalidField("body.providedOn", "required");
  if (next.quantity !== null && next.quantity !== undefined && !next.unit) throw invalidField("body.unit", "required");
  if (typeof input.currency === "string" && !isCurrencyCode(input.currency))
    throw invalidField("body.currency", "currency");
  if (next.cost !== null && next.cost !== undefined && !next.currency) throw invalidField("body.currency", "required");
  if (next.providerOrganisationId && next.providerName) throw invalidField("body.providerName", "provider_either");
  // Other organisations of the deployment are out of sight; only the caller's own is chosen from a list.
  if (input.providerOrganisationId && input.providerOrganisationId !== db.organisationId)
    throw invalidField("body.providerOrganisationId", "provider_not_own");
  if (input.planId) {
    const plan = await db
      .selectFrom("support_plans")
      .select("id")
      .where("id", "=", input.planId)
      .where("case_id", "=", caseId)
      .executeTakeFirst();
    if (!plan) throw invalidField("body.planId", "plan_not_in_case");
  }
}

/** Stored numbers come back as text ("3.00"); compare them as the numbers the API speaks. */
function storedValues(row: AssistanceRow): Record<string, unknown> {
  return { ...clearValuesOf(CLEAR, row), quantity: numberOrNull(row.quantity), cost: numberOrNull(row.cost) };
}

async function caseKeyOf(db: ScopedDb, services: Services, caseId: string) {
  return new RecordKeys(services.keyring).loadOne(db, caseId);
}

/** The case's assistance: planned items (no date yet) first, then the most recently provided. */
export async function listAssistance(db: ScopedDb, services: Services, caseId: string) {
  await findCase(db, caseId);
  const rows = await db
    .selectFrom("assistance")
    .selectAll()
    .where("case_id", "=", caseId)
    .orderBy("provided_on", (ob) => ob.desc().nullsFirst())
    .orderBy("created_at", "desc")
    .orderBy("id")
    .limit(500)
    .execute();
  const key = await caseKeyOf(db, services, caseId);
  const organisations = await organisationNames(db, rows);
  db.audit({ action: "assistance.list", recordType: "case", recordId: caseId, recordIds: rows.map((r) => r.id) });
  return { items: rows.map((row) => toApiRecord(row, key, organisations)) };
}

export async function recordAssistance(db: ScopedDb, services: Services, caseId: string, input: AssistanceInput) {
  await findCaseForUpdate(db, caseId);
  await checkRecord(db, caseId, input, {});
  const key = await caseKeyOf(db, services, caseId);
  const id = crypto.randomUUID();
  const clear = clearInputOf(CLEAR, input);
  const sealed = sealChange(key, sealedField(id), SEALED, {}, input);
  const [row] = await db
    .insertInto("assistance", [
      {
        organisation_id: db.organisationId,
        id,
        case_id: caseId,
        ...columnsOf(CLEAR, clear),
        sealed: sealed.stored ?? null,
        recorded_by: db.actor.userId,
      },
    ])
    .returningAll()
    .execute();
  await touchCase(db, caseId);
  const changes = { assistanceId: id, ...diff({}, clear), ...namedOnly(sealed.changed) };
  await recordHistory(db, [{ caseId, action: "assistance.recorded", changes }]);
  db.audit({ action: "assistance.record", recordType: "case", recordId: caseId, recordIds: [id] });
  const created = row as AssistanceRow;
  return toApiRecord(created, key, await organisationNames(db, [created]));
}

export async function updateAssistance(db: ScopedDb, services: Services, assistanceId: string, patch: AssistancePatch) {
  const { row } = await reachThroughCase(db, (lock) => {
    const query = db.selectFrom("assistance").selectAll().where("id", "=", assistanceId);
    return (lock ? query.forUpdate() : query).executeTakeFirst();
  });
  const caseId = row.case_id;
  const stored = storedValues(row);
  await checkRecord(db, caseId, patch, stored);
  const key = await caseKeyOf(db, services, caseId);
  const previous = openSealed<{ note: string | null }>(key, sealedField(assistanceId), row.sealed);
  const sealed = sealChange(key, sealedField(assistanceId), SEALED, previous, patch);
  const clear = clearInputOf(CLEAR, patch);
  const changes = { ...diff(stored, clear), ...namedOnly(sealed.changed) };
  let updated = row;
  if (Object.keys(changes).length > 0) {
    const set: Record<string, unknown> = { ...columnsOf(CLEAR, clear), updated_at: new Date() };
    if (sealed.stored !== undefined) set.sealed = sealed.stored;
    [updated = row] = await db
      .updateTable("assistance")
      .set(set)
      .where("id", "=", assistanceId)
      .returningAll()
      .execute();
    await touchCase(db, caseId);
    await recordHistory(db, [{ caseId, action: "assistance.updated", changes: { assistanceId, ...changes } }]);
  }
  db.audit({
    action: "assistance.update",
    recordType: "case",
    recordId: caseId,
    recordIds: [assistanceId],
    detail: { fields: Object.keys(changes) },
  });
  return toApiRecord(updated, key, await organisationNames(db, [updated]));
}
