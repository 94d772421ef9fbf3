import { suppressTotal } from "../../../shared/figures/suppression.js";
import type { DashboardPeriod } from "./dashboard-period.js";
import type { Series } from "./dashboard-sources.js";

export interface PublishedSeries {
  /** One value per trend month, null where withheld. */
  points: (number | null)[];
  since: number | null;
}

/**
 * A series of counts from records as the dashboard may show it: each month and the total since the chosen
 * day withheld when from 1 to 4. When the since day falls inside the trend, the total is the sum of months
 * shown beside it, so a single withheld month could be worked out by subtraction: the total is withheld too.
 */
export function publishRecordSeries(series: Series, period: DashboardPeriod): PublishedSeries {
  const points = period.trendMonths.map((month) => suppressTotal(series.byMonth.get(month) ?? 0));
  let since = suppressTotal(series.since);
  const sinceMonth = period.since.slice(0, 7);
  const firstTrendMonth = period.trendMonths[0] ?? period.month;
  if (since !== null && sinceMonth >= firstTrendMonth) {
    const withheld = period.trendMonths.filter((month, index) => month >= sinceMonth && points[index] === null);
    if (withheld.length === 1) since = null;
  }
  return { points, since };
}

/** A series typed in by staff (activities): shown as it is. */
export function publishSeries(series: Series, period: DashboardPeriod): PublishedSeries {
  return { points: period.trendMonths.map((month) => series.byMonth.get(month) ?? 0), since: series.since };
}
