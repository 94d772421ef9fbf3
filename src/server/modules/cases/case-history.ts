import type { ScopedDb } from "../../access/scoped-db.js";
import { newRecordId } from "../../db/record-ids.js";

export interface HistoryEntry {
  caseId: string;
  action: string;
  /** Field → { from, to } for fields kept in clear; identifying fields are named with `true` only. */
  changes?: Record<string, unknown>;
}

/** Adds entries to the case's own history (shown on the case), in the request's transaction. */
export async function recordHistory(db: ScopedDb, entries: HistoryEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db
    .insertInto(
      "case_history",
      entries.map((entry) => ({
        organisation_id: db.organisationId,
        id: newRecordId(),
        case_id: entry.caseId,
        actor_user_id: db.actor.userId,
        action: entry.action,
        changes: JSON.stringify(entry.changes ?? {}),
      })),
    )
    .execute();
}

/** The clear-field differences between two versions, for the history. */
export function diff(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const [field, to] of Object.entries(after)) {
    if (to === undefined) continue;
    const from = before[field] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[field] = { from, to };
  }
  return changes;
}
