import type { Selectable } from "kysely";
import type { z } from "zod";
import type { auditQuery } from "../../../shared/api/admin.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import type { AuditLogTable } from "../../db/schema.js";

type AuditQuery = z.infer<typeof auditQuery>;

export function toApiAuditEntry(row: Selectable<AuditLogTable>) {
  return {
    seq: String(row.seq),
    at: row.at.toISOString(),
    actorUserId: row.actor_user_id,
    actorLabel: row.actor_label,
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
  let q = db.selectFrom("audit_log").selectAll().orderBy("seq", "desc");
  if (query.cursor) q = q.where("seq", "<", query.cursor as never);
  if (query.from) q = q.where("at", ">=", new Date(query.from));
  if (query.to) q = q.where("at", "<", new Date(query.to));
  if (query.actorUserId) q = q.where("actor_user_id", "=", query.actorUserId);
  if (query.action) q = q.where("action", "=", query.action);
  if (query.recordType) q = q.where("record_type", "=", query.recordType);
  if (query.recordId) q = q.where("record_id", "=", query.recordId);
  if (query.outcome) q = q.where("outcome", "=", query.outcome);
  if (query.organisationId) q = q.where("organisation_id", "=", query.organisationId);
  return q;
}

export async function listAudit(db: ScopedDb, query: AuditQuery) {
  const rows = (await auditSelect(db, query)
    .limit(query.limit + 1)
    .execute()) as Selectable<AuditLogTable>[];
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  db.audit({ action: "audit.list", detail: { count: items.length } });
  return { items: items.map(toApiAuditEntry), nextCursor: rows.length > query.limit && last ? String(last.seq) : null };
}
