import { AppError } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";

/** Whether an office's reporting month (YYYY-MM-01) is locked. */
export async function isMonthLocked(db: ScopedDb, officeId: string, month: string): Promise<boolean> {
  const row = await db
    .selectFrom("reporting_periods")
    .select("locked_at")
    .where("office_id", "=", officeId)
    .where("month", "=", month)
    .executeTakeFirst();
  return Boolean(row?.locked_at);
}

/**
 * Refuses a change that would touch a locked month: 409 naming the field that places the activity in it
 * (an approved month's figures stay as reported until a supervisor unlocks it, with a reason).
 */
export async function assertMonthOpen(db: ScopedDb, officeId: string, month: string, field: string): Promise<void> {
  if (await isMonthLocked(db, officeId, month))
    throw new AppError("conflict", [{ field, problem: "period_locked", params: { month: month.slice(0, 7) } }]);
}
