import type { Selectable } from "kysely";
import { notFound } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import type { Schema } from "../../db/schema.js";
import { findCaseForUpdate } from "./case-access.js";
import { type HistoryEntry, recordHistory } from "./case-history.js";

/**
 * Records kept under a case (events, plans, assistance, notes, tasks, attachments) are parts of it: they
 * are reached through the case's scope, and a change of one is a change of the case.
 */
export type CaseSubrecordTable =
  | "trafficking_events"
  | "support_plans"
  | "assistance"
  | "tasks"
  | "case_notes"
  | "attachments";

type SubrecordRow<T extends CaseSubrecordTable> = Selectable<Schema[T]> & { id: string; case_id: string };

/**
 * A record looked up by its own id, reached through its case: a record whose case is out of reach is
 * missing, as the case is. Locks the case, then the record, in the order every case change locks them,
 * and reads the record again under the lock (another change of it may have committed meanwhile).
 */
export async function reachThroughCase<T extends CaseSubrecordTable>(db: ScopedDb, table: T, id: string) {
  const load = (lock: boolean) => {
    // The cast names one of the tables only for Kysely's column checks: all of them have id and case_id.
    const query = db
      .selectFrom(table as "tasks")
      .selectAll()
      .where("id", "=", id);
    return (lock ? query.forUpdate() : query).executeTakeFirst() as Promise<SubrecordRow<T> | undefined>;
  };
  const first = await load(false);
  if (!first) throw notFound();
  const caseRow = await findCaseForUpdate(db, first.case_id);
  const row = await load(true);
  if (!row || row.case_id !== first.case_id) throw notFound();
  return { row, caseRow };
}

/**
 * Every change of a record kept under a case is a change of its case: it goes to the case history and
 * moves the case up in "recently updated". The version stays, so an open case form is not made stale.
 */
export async function caseChanged(db: ScopedDb, entry: HistoryEntry): Promise<void> {
  await db.updateTable("cases").set({ updated_at: new Date() }).where("id", "=", entry.caseId).execute();
  await recordHistory(db, [entry]);
}
