import type { Selectable } from "kysely";
import type { z } from "zod";
import type { auditQuery } from "../../../shared/api/admin.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import type { AuditLogTable } from "../../db/schema.js";

type AuditQuery = z.infer<typeof auditQuery>;

type AuditRow = Selectable<AuditLogTable> & { actor_name: string | null };

export function toApiAuditEntry(row: AuditRow) {
  return {
    seq: String(row.seq),
    at: row.at.toISOString(),
    actorUserId: row.actor_user_id,
    actorLabel: row.actor_label,
    actorName: row.actor_name,
    organisationId: row.organisation_id,
    action: row.action,
    recordType: row.record_type,
    recordId: row.record_id,
    recordIds: row.record_ids,
    outcome: row.outcome,
    requestId: row.request_id,
    clientIp: row.client_ip,
    reason: row.reason,
    detail: row.detail ?? null,
  };
}

/** Newest first, keyset on seq. Filters map to indexed columns. */
export function auditSelect(
  db: ScopedDb,
  query: Omit<AuditQuery, "limit" | "cursor"> & { cursor?: string | undefined },
) {
  // The actor's name for people reading the trail; row-level security leaves it empty for accounts of
  // other organisations.
  let q = db
    .selectFrom("audit_log")
    .leftJoin("users as actor", "actor.id", "audit_log.actor_user_id")
    .selectAll("audit_log")
    .select("actor.display_name as actor_name")
    .orderBy("audit_log.seq", "desc");
  if (query.cursor) q = q.where("audit_log.seq", "<", query.cursor as never);
  if (query.from) q = q.where("audit_log.at", ">=", new Date(query.from));
  if (query.to) q = q.where("audit_log.at", "<", new Date(query.to));
  if (query.actorUserId) q = q.where("audit_log.actor_user_id", "=", query.actorUserId);
  if (query.action) q = q.where("audit_log.action", "=", query.action);
  if (query.recordType) q = q.where("audit_log.record_type", "=", query.recordType);
  if (query.recordId) q = q.where("audit_log.record_id", "=", query.recordId);
  if (query.outcome) q = q.where("audit_log.outcome", "=", query.outcome);
  if (query.organisationId) q = q.where("audit_log.organisation_id", "=", query.organisationId);
  return q;
}

export async function listAudit(db: ScopedDb, query: AuditQuery) {
  const rows = (await auditSelect(db, query)
    .limit(query.limit + 1)
    .execute()) as AuditRow[];
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  db.audit({ action: "audit.list", detail: { count: items.length } });
  return { items: items.map(toApiAuditEntry), nextCursor: rows.length > query.limit && last ? String(last.seq) : null };
}
