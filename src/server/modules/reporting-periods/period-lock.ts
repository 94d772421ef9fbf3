import { sql } from "kysely";
import { AppError } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";

/*
 * A locked month of an office: its activities stay as approved. Locking counts the month's unapproved
 * activities and then marks it; a change of an activity checks the mark and then writes. Without more, a
 * change committed between the count and the mark would land in a locked month. So both take a
 * transaction-scoped advisory lock on the office's month: changes share it, locking and unlocking hold it
 * alone, and each waits for the other to commit.
 */

/** Waits until no lock or unlock of the office's month (YYYY-MM-01) is in progress, and keeps them out until commit. */
async function holdMonthShared(db: ScopedDb, officeId: string, month: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock_shared(hashtextextended(${monthKey(db, officeId, month)}, 0))`.execute(db.tx);
}

/** Waits until no change of the office's month's activities is in progress, and keeps new ones out until commit. */
export async function holdMonthExclusive(db: ScopedDb, officeId: string, month: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${monthKey(db, officeId, month)}, 0))`.execute(db.tx);
}

function monthKey(db: ScopedDb, officeId: string, month: string): string {
  return `reporting_period:${db.organisationId}:${officeId}:${month}`;
}

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
 * (an approved month's figures stay as reported until a supervisor unlocks it, with a reason). Call it
 * before writing, in the transaction that writes: the month cannot be locked until that transaction ends.
 */
export async function assertMonthOpen(db: ScopedDb, officeId: string, month: string, field: string): Promise<void> {
  await holdMonthShared(db, officeId, month);
  if (await isMonthLocked(db, officeId, month))
    throw new AppError("conflict", [{ field, problem: "period_locked", params: { month: month.slice(0, 7) } }]);
}
