import type { Selectable } from "kysely";
import { AppError, notFound } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import type { ActivitiesTable } from "../../db/schema-activities.js";
import { assertMonthOpen } from "../reporting-periods/period-lock.js";
import { stateConflict } from "./activity-rules.js";

export type ActivityRow = Selectable<ActivitiesTable>;

/** An activity of the caller's organisation; another organisation's answers 404. */
export async function findActivity(db: ScopedDb, id: string): Promise<ActivityRow> {
  const row = await db.selectFrom("activities").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/** The same, locked for a change: changes of one activity do not interleave. */
export async function findActivityForUpdate(db: ScopedDb, id: string): Promise<ActivityRow> {
  const row = await db.selectFrom("activities").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/** A locked month's figures stay as reported: nothing of an activity in it changes (409 naming the activity). */
export function assertActivityMonthOpen(db: ScopedDb, row: ActivityRow): Promise<void> {
  return assertMonthOpen(db, row.office_id, row.period_month, "params.id");
}

/**
 * An activity that may be changed now: at the version the caller read (when given), in an open month, and
 * still a draft. `lock` takes the row for the change; without it the check only answers early (before an upload).
 */
export async function editableActivity(
  db: ScopedDb,
  id: string,
  options: { lock: boolean; version?: number },
): Promise<ActivityRow> {
  const row = options.lock ? await findActivityForUpdate(db, id) : await findActivity(db, id);
  if (options.version !== undefined && row.version !== options.version) throw new AppError("conflict");
  await assertActivityMonthOpen(db, row);
  if (row.status !== "draft") throw stateConflict("not_draft");
  return row;
}

/** Photos and files change the activity as a whole: lists of recent changes show it. */
export async function touchActivity(db: ScopedDb, id: string): Promise<void> {
  await db.updateTable("activities").set({ updated_at: new Date() }).where("id", "=", id).execute();
}
