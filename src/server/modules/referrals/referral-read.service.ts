import type { Expression, SqlBool } from "kysely";
import type {
  IncomingDetail,
  IncomingSummary,
  ReferralDetail,
  ReferralListQuery,
  ReferralSummary,
} from "../../../shared/api/referrals.js";
import type { ShareableField } from "../../../shared/referrals/fields.js";
import { AWAITING_ANSWER, availableActions } from "../../../shared/referrals/status.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { pageOf } from "../../http/keyset.js";
import type { Services } from "../../services.js";
import { caseKeyOf } from "../assistance/case-subrecords.js";
import { createdAtKey, olderThanCursor } from "../case-records/newest-first.js";
import { commentsOf } from "./comments.service.js";
import { findIncoming, findOutgoing, incomingScope, outgoingScope, type ReferralRow } from "./referral-access.js";
import { openPayload } from "./referral-keys.js";

type Side = "sender" | "receiver";
const OPENS_CASE: readonly string[] = ["accepted", "in_progress"];
const iso = (value: Date | null) => (value ? value.toISOString() : null);

export function isOverdue(row: Pick<ReferralRow, "status" | "due_at">, now = new Date()): boolean {
  return AWAITING_ANSWER.includes(row.status) && row.due_at !== null && row.due_at < now;
}

function common(row: ReferralRow, side: Side, serviceName: string | null) {
  const outside = row.to_organisation_id === null;
  return {
    id: row.id,
    number: row.number,
    kind: row.kind,
    status: row.status,
    urgency: row.urgency,
    reason: row.reason as ReferralSummary["reason"],
    serviceType: row.service_type,
    serviceId: row.service_id,
    serviceName,
    providerName: row.to_organisation_name,
    fromOrganisationName: row.from_organisation_name,
    toOrganisationName: row.to_organisation_name,
    receiverOutside: outside,
    sentAt: iso(row.sent_at),
    dueAt: iso(row.due_at),
    overdue: isOverdue(row),
    acknowledgedAt: iso(row.acknowledged_at),
    decidedAt: iso(row.decided_at),
    finishedAt: iso(row.finished_at),
    declineReason: row.decline_reason as ReferralSummary["declineReason"],
    notCompletedReason: row.not_completed_reason as ReferralSummary["notCompletedReason"],
    provided: row.provided,
    version: row.version,
    actions: [
      ...availableActions(row.status, side, outside),
      // The receiver's own case, once: opened from an accepted referral (a transfer opens it on acceptance).
      ...(side === "receiver" && row.kind === "service" && !row.receiver_case_id && OPENS_CASE.includes(row.status)
        ? ["open_case"]
        : []),
    ],
  };
}

async function serviceNames(db: ScopedDb, rows: ReferralRow[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.flatMap((row) => (row.service_id ? [row.service_id] : [])))];
  if (ids.length === 0) return new Map();
  const found = await db.selectFrom("services").select(["id", "name"]).where("id", "in", ids).execute();
  return new Map(found.map((service) => [service.id, service.name]));
}

async function caseNumbers(db: ScopedDb, rows: ReferralRow[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.flatMap((row) => (row.case_id ? [row.case_id] : [])))];
  if (ids.length === 0) return new Map();
  const found = await db.selectFrom("cases").select(["id", "case_number"]).where("id", "in", ids).execute();
  return new Map(found.map((c) => [c.id, c.case_number]));
}

async function storyOf(db: ScopedDb, row: ReferralRow) {
  const events = await db
    .selectFrom("referral_events")
    .selectAll()
    .where("referral_id", "=", row.id)
    .orderBy("at")
    .orderBy("id")
    .execute();
  const otherName = db.organisationId === row.organisation_id ? row.to_organisation_name : row.from_organisation_name;
  return events.map((event) => ({
    at: event.at.toISOString(),
    action: event.action,
    fromStatus: event.from_status,
    toStatus: event.to_status,
    // A person of the reader's own organisation by name; the other party as an organisation.
    by: event.by_organisation_id === db.organisationId ? event.by_label : otherName,
    detail: event.detail,
  }));
}

export async function readOutgoing(db: ScopedDb, services: Services, id: string): Promise<ReferralDetail> {
  const row = await findOutgoing(db, id);
  const [names, numbers] = await Promise.all([serviceNames(db, [row]), caseNumbers(db, [row])]);
  const payload = openPayload(services, row);
  const caseKey = row.override_reason && row.case_id ? await caseKeyOf(db, services, row.case_id) : undefined;
  const overrideBy = row.override_by
    ? await db.selectFrom("users").select("display_name").where("id", "=", row.override_by).executeTakeFirst()
    : undefined;
  db.audit({ action: "referral.read", recordType: "referral", recordId: row.id, detail: { caseId: row.case_id } });
  return {
    ...common(row, "sender", names.get(row.service_id ?? "") ?? null),
    caseId: row.case_id,
    caseNumber: numbers.get(row.case_id ?? "") ?? null,
    sharedFields: row.shared_fields as ShareableField[],
    shared: payload.shared,
    message: payload.message,
    emergencyOverride: row.override_by
      ? {
          reason:
            caseKey && row.override_reason ? caseKey.open(`referrals.override:${row.id}`, row.override_reason) : null,
          by: overrideBy?.display_name ?? "",
        }
      : null,
    events: await storyOf(db, row),
    comments: await commentsOf(db, services, row),
  };
}

/** The receiver's view: the referral, exactly the shared fields, the story and the conversation. */
export async function readIncoming(db: ScopedDb, services: Services, id: string): Promise<IncomingDetail> {
  const row = await findIncoming(db, id);
  const names = await serviceNames(db, [row]);
  const payload = openPayload(services, row);
  db.audit({
    action: "referral.incoming.read",
    recordType: "referral",
    recordId: row.id,
    detail: { fields: row.shared_fields },
  });
  return {
    ...common(row, "receiver", names.get(row.service_id ?? "") ?? null),
    receiverCaseId: row.receiver_case_id,
    sharedFields: row.shared_fields as ShareableField[],
    shared: payload.shared,
    message: payload.message,
    events: await storyOf(db, row),
    comments: await commentsOf(db, services, row),
  };
}

function filtered(db: ScopedDb, scope: Expression<SqlBool>, query: ReferralListQuery) {
  let q = db.selectFrom("referrals").selectAll().where(scope);
  if (query.status?.length) q = q.where("status", "in", query.status);
  if (query.urgency?.length) q = q.where("urgency", "in", query.urgency);
  if (query.caseId) q = q.where("case_id", "=", query.caseId);
  if (query.overdue === "true") q = q.where("status", "in", [...AWAITING_ANSWER]).where("due_at", "<", new Date());
  const after = olderThanCursor("referrals", query.cursor);
  if (after) q = q.where(after);
  return q
    .select(createdAtKey("referrals").as("cursor_at"))
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(query.limit + 1);
}

export async function listOutgoing(db: ScopedDb, query: ReferralListQuery) {
  const rows = await filtered(db, outgoingScope(db), query).execute();
  const page = pageOf(rows, query.limit, (row) => [row.cursor_at, row.id]);
  const [names, numbers] = await Promise.all([serviceNames(db, page.items), caseNumbers(db, page.items)]);
  if (page.items.length > 0)
    db.audit({ action: "referral.list", recordType: "referral", recordIds: page.items.map((row) => row.id) });
  const items: ReferralSummary[] = page.items.map((row) => ({
    ...common(row, "sender", names.get(row.service_id ?? "") ?? null),
    caseId: row.case_id,
    caseNumber: numbers.get(row.case_id ?? "") ?? null,
  }));
  return { items, nextCursor: page.nextCursor };
}

export async function listIncoming(db: ScopedDb, query: ReferralListQuery) {
  const rows = await filtered(db, incomingScope(db), { ...query, caseId: undefined }).execute();
  const page = pageOf(rows, query.limit, (row) => [row.cursor_at, row.id]);
  const names = await serviceNames(db, page.items);
  if (page.items.length > 0)
    db.audit({ action: "referral.incoming.list", recordType: "referral", recordIds: page.items.map((row) => row.id) });
  const items: IncomingSummary[] = page.items.map((row) => ({
    ...common(row, "receiver", names.get(row.service_id ?? "") ?? null),
    receiverCaseId: row.receiver_case_id,
  }));
  return { items, nextCursor: page.nextCursor };
}
