import { type Kysely, sql } from "kysely";
import type { Actor } from "../access/actor.js";
import type { AuditOutcome, Schema } from "../db/schema.js";

export interface AuditEntry {
  action: string;
  recordType?: string;
  recordId?: string;
  /** Records shown by a list or search, so that "who saw this person" can be answered. */
  recordIds?: string[];
  outcome?: AuditOutcome;
  reason?: string;
  /** Never personal data: codes, counts, field names. */
  detail?: Record<string, unknown>;
  /** Defaults to the actor's organisation. */
  organisationId?: string | null;
}

export interface AuditRequestInfo {
  requestId: string;
  clientIp: string | null;
}

/** Appends through the database function, which chains the hash and is the trail's only writer. */
export async function appendAudit(
  db: Kysely<Schema>,
  actor: Actor,
  info: AuditRequestInfo,
  entry: AuditEntry,
): Promise<void> {
  const organisationId = entry.organisationId === undefined ? actor.organisationId : entry.organisationId;
  await sql`SELECT audit_append(
    ${actor.userId}::uuid, ${actor.label}, ${organisationId}::uuid, ${entry.action},
    ${entry.recordType ?? null}, ${entry.recordId ?? null}, ${entry.recordIds ?? null}::text[],
    ${entry.outcome ?? "allowed"}, ${info.requestId}, ${info.clientIp}, ${entry.reason ?? null},
    ${entry.detail ? JSON.stringify(entry.detail) : null}::jsonb)`.execute(db);
}
