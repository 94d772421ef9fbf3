import { invalidField } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { localTime } from "../hotline/local-time.js";

/** The month (YYYY-MM) it is now where the organisation works, by its time zone. */
export async function currentMonthOf(db: ScopedDb): Promise<string> {
  const organisation = await db
    .selectFrom("organisations")
    .select("time_zone")
    .where("id", "=", db.organisationId)
    .executeTakeFirst();
  return localTime(new Date(), organisation?.time_zone ?? "UTC").day.slice(0, 7);
}

/** A month that has not begun has nothing to report, lock or unlock: 400 naming the field. */
export async function assertMonthBegun(db: ScopedDb, month: string, field: string): Promise<void> {
  if (month > (await currentMonthOf(db))) throw invalidField(field, "future_month");
}

/** The first day of a YYYY-MM month, as reporting_periods and activities store months. */
export const firstDayOf = (month: string): string => `${month}-01`;
