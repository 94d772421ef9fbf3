import type { Dashboard, DashboardQuery } from "../../../shared/api/dashboard.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { FIGURES, figureLink, mayCount, type SourceName } from "./dashboard-figures.js";
import { dashboardPeriod } from "./dashboard-period.js";
import {
  activitySeries,
  assistanceSeries,
  caseSeries,
  hotlineSeries,
  type Reach,
  referralSeries,
  type Series,
  screeningSeries,
} from "./dashboard-sources.js";
import { publishRecordSeries, publishSeries } from "./dashboard-suppression.js";

const READERS: Readonly<
  Record<
    SourceName,
    (db: ScopedDb, period: ReturnType<typeof dashboardPeriod>, reach: Reach) => Promise<Map<string, Series>>
  >
> = {
  activities: (db, period) => activitySeries(db, period),
  cases: caseSeries,
  assistance: assistanceSeries,
  screenings: screeningSeries,
  hotline: hotlineSeries,
  referrals: referralSeries,
};

/** Where the organisation is: its months turn over at its own midnight. */
async function timeZoneOf(db: ScopedDb): Promise<string> {
  if (!db.actor.organisationId) return "UTC";
  const row = await db
    .selectFrom("organisations")
    .select("time_zone")
    .where("id", "=", db.actor.organisationId)
    .executeTakeFirst();
  return row?.time_zone ?? "UTC";
}

/**
 * GET /api/dashboard: the figures the caller's permissions reach, the current month against the previous,
 * twelve months of trend and the total since a day. Holders of aggregates.read count the organisation's
 * records; others only the records they reach (a screener, their own screenings). Counts only, never a record.
 */
export async function dashboard(db: ScopedDb, query: DashboardQuery): Promise<Dashboard> {
  const period = dashboardPeriod(query, await timeZoneOf(db));
  const { permissions } = db.actor;
  const reach: Reach = permissions.has("aggregates.read") ? "organisation" : "own_records";
  const shown = db.actor.organisationId ? FIGURES.filter((figure) => mayCount(figure.source, permissions)) : [];
  const sources = new Map<SourceName, Map<string, Series>>();
  // One after the other: the statements share the request's one connection.
  for (const source of new Set(shown.map((figure) => figure.source)))
    sources.set(source, await READERS[source](db, period, reach));
  const current = period.trendMonths.length - 1;
  const published = shown.map((figure) => {
    const series = sources.get(figure.source)?.get(figure.key) ?? { byMonth: new Map(), since: 0 };
    return { figure, ...(figure.fromRecords ? publishRecordSeries(series, period) : publishSeries(series, period)) };
  });
  db.audit({
    action: "dashboard.read",
    detail: { month: period.month, since: period.since, figures: shown.map((figure) => figure.key), reach },
  });
  return {
    month: period.month,
    previousMonth: period.previousMonth,
    since: period.since,
    figures: published.map(({ figure, points, since }) => ({
      key: figure.key,
      current: points[current] ?? null,
      previous: points[current - 1] ?? null,
      sinceTotal: since,
      link: figureLink(figure.key, period, permissions),
    })),
    trends: published.map(({ figure, points }) => ({
      key: figure.key,
      points: period.trendMonths.map((month, index) => ({ month, value: points[index] ?? null })),
    })),
  };
}
