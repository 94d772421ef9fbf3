import { monthsBetween } from "../../../shared/activities/vocab.js";
import type { DashboardQuery } from "../../../shared/api/dashboard.js";
import { localTime } from "../hotline/local-time.js";

/** How many months the trends show, the current one included. */
export const TREND_MONTHS = 12;

/** The months and days a dashboard counts over; every bound is a local calendar day, YYYY-MM-DD. */
export interface DashboardPeriod {
  /** YYYY-MM */
  month: string;
  previousMonth: string;
  /** The trend's months, oldest first, ending with the current month. */
  trendMonths: string[];
  /** Totals count from this day to the end of the current month. */
  since: string;
  /** The first day counted at all: the trend's first month or the since day, whichever is earlier. */
  firstDay: string;
  /** The day after the current month. */
  endDay: string;
  timeZone: string;
}

/** A YYYY-MM moved by a number of months. */
export function shiftMonth(month: string, by: number): string {
  const [year, number] = month.split("-").map(Number) as [number, number];
  const index = year * 12 + (number - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/**
 * The period of a dashboard: the month asked for, else the current month where the organisation is (its time
 * zone), so that a figure turns over at local midnight; totals since the day asked for, else 1 January three
 * years before the current month's year.
 */
export function dashboardPeriod(query: DashboardQuery, timeZone: string, now = new Date()): DashboardPeriod {
  const month = query.month ?? localTime(now, timeZone).day.slice(0, 7);
  const since = query.since ?? `${Number(month.slice(0, 4)) - 3}-01-01`;
  const trendStart = shiftMonth(month, -(TREND_MONTHS - 1));
  const trendFirstDay = `${trendStart}-01`;
  return {
    month,
    previousMonth: shiftMonth(month, -1),
    trendMonths: monthsBetween(trendStart, month),
    since,
    firstDay: since < trendFirstDay ? since : trendFirstDay,
    endDay: `${shiftMonth(month, 1)}-01`,
    timeZone,
  };
}
