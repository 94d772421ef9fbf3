import { sql } from "kysely";
import type { PeriodSummary } from "../../../shared/api/offices.js";
import { AppError } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { findOffice } from "../offices/office-rows.js";
import { holdMonthExclusive } from "./period-lock.js";
import { assertMonthBegun, firstDayOf } from "./period-month.js";
import { summariesOf } from "./period-summaries.js";

/*
 * Reporting months of an office. A supervisor locks a month once every activity of the office in it is
 * approved, so that its figures stay as reported; unlocking takes a reason. Each lock and unlock is kept
 * in period_events and in the audit trail.
 */

const monthConflict = (problem: string, params?: Record<string, number>) =>
  new AppError("conflict", [{ field: "body.month", problem, ...(params ? { params } : {}) }]);

/** Every active office's month (YYYY-MM), in report order. */
export async function periodSummaries(db: ScopedDb, month: string): Promise<{ items: PeriodSummary[] }> {
  await assertMonthBegun(db, month, "query.month");
  const offices = await db
    .selectFrom("offices")
    .select(["id", "name"])
    .where("retired_at", "is", null)
    .orderBy("sort_order")
    .orderBy(sql`lower(name)`)
    .orderBy("id")
    .execute();
  return { items: await summariesOf(db, offices, month) };
}

/** The office (404 when not the organisation's) and its month's row, with no lock or change of it under way. */
async function holdPeriod(db: ScopedDb, officeId: string, month: string) {
  const office = await findOffice(db, officeId);
  await assertMonthBegun(db, month, "body.month");
  const first = firstDayOf(month);
  await holdMonthExclusive(db, officeId, first);
  const period = await db
    .selectFrom("reporting_periods")
    .select(["locked_at", "locked_by"])
    .where("office_id", "=", officeId)
    .where("month", "=", first)
    .forUpdate()
    .executeTakeFirst();
  return { office, first, period };
}

async function summaryOf(db: ScopedDb, office: { id: string; name: string }, month: string): Promise<PeriodSummary> {
  const [summary] = await summariesOf(db, [office], month);
  if (!summary) throw new Error("the summary of a period just changed is missing");
  return summary;
}

/** Locks an office's month: 409 while any of its activities is a draft or waits for approval, or when locked. */
export async function lockPeriod(db: ScopedDb, input: { officeId: string; month: string }): Promise<PeriodSummary> {
  const { office, first, period } = await holdPeriod(db, input.officeId, input.month);
  if (period?.locked_at) throw monthConflict("already_locked");
  const open = await db
    .selectFrom("activities")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("office_id", "=", input.officeId)
    .where("period_month", "=", first)
    .where("status", "in", ["draft", "submitted"])
    .executeTakeFirstOrThrow();
  if (Number(open.n) > 0) throw monthConflict("activities_not_approved", { count: Number(open.n) });
  const now = new Date();
  const lockedBy = db.actor.userId;
  if (period) {
    await db
      .updateTable("reporting_periods")
      .set({ locked_at: now, locked_by: lockedBy })
      .where("office_id", "=", input.officeId)
      .where("month", "=", first)
      .execute();
  } else {
    await db
      .insertInto("reporting_periods", [
        {
          organisation_id: db.organisationId,
          office_id: input.officeId,
          month: first,
          locked_at: now,
          locked_by: lockedBy,
        },
      ])
      .execute();
  }
  await db
    .insertInto("period_events", [
      {
        organisation_id: db.organisationId,
        office_id: input.officeId,
        month: first,
        action: "locked",
        actor_id: lockedBy,
      },
    ])
    .execute();
  db.audit({
    action: "reporting_period.lock",
    recordType: "office",
    recordId: input.officeId,
    detail: { month: input.month },
  });
  return summaryOf(db, office, input.month);
}

/** Unlocks a locked month, with the reason kept in its events and the audit trail: 409 when it is not locked. */
export async function unlockPeriod(
  db: ScopedDb,
  input: { officeId: string; month: string; reason: string },
): Promise<PeriodSummary> {
  const { office, first, period } = await holdPeriod(db, input.officeId, input.month);
  if (!period?.locked_at) throw monthConflict("not_locked");
  await db
    .updateTable("reporting_periods")
    .set({ locked_at: null, locked_by: null })
    .where("office_id", "=", input.officeId)
    .where("month", "=", first)
    .execute();
  await db
    .insertInto("period_events", [
      {
        organisation_id: db.organisationId,
        office_id: input.officeId,
        month: first,
        action: "unlocked",
        reason: input.reason,
        actor_id: db.actor.userId,
      },
    ])
    .execute();
  db.audit({
    action: "reporting_period.unlock",
    recordType: "office",
    recordId: input.officeId,
    reason: input.reason,
    detail: { month: input.month, reason: input.reason },
  });
  return summaryOf(db, office, input.month);
}
