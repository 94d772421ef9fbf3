import { type RawBuilder, sql } from "kysely";
import type { ScopedDb } from "../../../access/scoped-db.js";

/**
 * A report's months as the figures bound them: calendar dates for date columns (assistance given, cases
 * opened, helpline local days, activity months), and the organisation's local midnights for instants
 * (screened, sent), so that a screening at 00:30 in Warsaw on 1 May counts for May.
 */
export interface ReportPeriod {
  fromMonth: string;
  toMonth: string;
  /** First day of the first month, YYYY-MM-DD. */
  from: string;
  /** First day after the last month, YYYY-MM-DD (exclusive bound). */
  until: string;
  /** First days of the first and last months, for activities' period_month. */
  firstMonthStart: string;
  lastMonthStart: string;
  timeZone: string;
}

/** The first day of the month after a YYYY-MM month. */
function monthAfter(month: string): string {
  const [year, number] = month.split("-").map(Number) as [number, number];
  return number === 12 ? `${year + 1}-01-01` : `${year}-${String(number + 1).padStart(2, "0")}-01`;
}

export async function reportPeriod(db: ScopedDb, fromMonth: string, toMonth: string): Promise<ReportPeriod> {
  const organisation = await db
    .selectFrom("organisations")
    .select("time_zone")
    .where("id", "=", db.organisationId)
    .executeTakeFirst();
  return {
    fromMonth,
    toMonth,
    from: `${fromMonth}-01`,
    until: monthAfter(toMonth),
    firstMonthStart: `${fromMonth}-01`,
    lastMonthStart: `${toMonth}-01`,
    timeZone: organisation?.time_zone ?? "UTC",
  };
}

/** The period's bounds on a date column: from the first day, before the day after the last month. */
export function withinDates(column: string, period: ReportPeriod): RawBuilder<unknown> {
  return sql`${sql.ref(column)} >= ${period.from}::date AND ${sql.ref(column)} < ${period.until}::date`;
}

/** The period's bounds on an instant column, as local midnights of the organisation (an index applies). */
export function withinInstants(column: string, period: ReportPeriod): RawBuilder<unknown> {
  return sql`${sql.ref(column)} >= (${period.from}::date)::timestamp AT TIME ZONE ${period.timeZone}
    AND ${sql.ref(column)} < (${period.until}::date)::timestamp AT TIME ZONE ${period.timeZone}`;
}
