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
import type { RecordKey } from "../../crypto/record-keys.js";
import type { AssistanceTable } from "../../db/schema-cases.js";
import type { Services } from "../../services.js";
import { findCase, findCaseForUpdate } from "../cases/case-access.js";
import { reachThroughCase } from "../cases/case-subrecord.js";
import { checkAssistanceType } from "./assistance-types.service.js";
import {
  caseKeyOf,
  checkNotInFuture,
  clearInputOf,
  clearValuesOf,
  insertSubrecord,
  openSealed,
  type SubrecordKind,
  sealedFieldOf,
  updateSubrecord,
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

export const ASSISTANCE: SubrecordKind<"assistance"> = {
  table: "assistance",
  idName: "assistanceId",
  actions: {
    added: "assistance.recorded",
    add: "assistance.record",
    updated: "assistance.updated",
    update: "assistance.update",
  },
  clear: CLEAR,
  sealed: ["note"],
  authorColumn: "recorded_by",
  tracksUpdates: true,
};

const numberOrNull = (value: string | null) => (value === null ? null : Number(value));

function toApiRecord(
  row: AssistanceRow,
  key: RecordKey | undefined,
  organisations: Map<string, string>,
): AssistanceRecord {
  const sealed = openSealed<{ note: string | null }>(key, sealedFieldOf(ASSISTANCE, row.id), row.sealed);
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
  const { row, key } = await insertSubrecord(db, services, ASSISTANCE, caseId, input);
  return toApiRecord(row, key, await organisationNames(db, [row]));
}

export async function updateAssistance(db: ScopedDb, services: Services, assistanceId: string, patch: AssistancePatch) {
  const { row } = await reachThroughCase(db, "assistance", assistanceId);
  const stored = storedValues(row);
  await checkRecord(db, row.case_id, patch, stored);
  const { row: updated, key } = await updateSubrecord(db, services, ASSISTANCE, row, patch, stored);
  return toApiRecord(updated, key, await organisationNames(db, [updated]));
}
