import { type Expression, type RawBuilder, type SqlBool, sql } from "kysely";
import type { ScopedDb } from "../../access/scoped-db.js";
import { caseScope } from "../cases/case-access.js";
import { contactScope } from "../hotline/contact-access.js";
import { outgoingScope } from "../referrals/referral-access.js";
import { screeningScope } from "../screening/screening-access.js";
import type { DashboardPeriod } from "./dashboard-period.js";

/** One figure's counts: per month of the period (months with nothing are absent) and since the chosen day. */
export interface Series {
  byMonth: Map<string, number>;
  since: number;
}

/** Whether a figure counts the organisation's records (aggregates.read) or only those the caller reaches. */
export type Reach = "organisation" | "own_records";

/** A figure's value per row of a source: summed, or counted once per distinct value (people). */
interface Measure {
  key: string;
  distinct?: boolean;
}

/**
 * Runs a source's rows — each with its local month, whether it falls on or after the since day, and a column
 * per measure — through one grouped statement: a row per month, and one grand total over the since rows. One
 * statement per source, whatever the number of months.
 */
async function seriesOf(db: ScopedDb, rows: RawBuilder<unknown>, measures: Measure[]): Promise<Map<string, Series>> {
  const columns = measures.flatMap(({ key, distinct }) => {
    const value = sql.ref(`r.${key}`);
    const all = distinct ? sql`count(DISTINCT ${value})` : sql`coalesce(sum(${value}), 0)`;
    const since = distinct
      ? sql`count(DISTINCT ${value}) FILTER (WHERE r.in_since)`
      : sql`coalesce(sum(${value}) FILTER (WHERE r.in_since), 0)`;
    return [sql`${all} AS ${sql.ref(key)}`, sql`${since} AS ${sql.ref(`${key}__since`)}`];
  });
  const result = await sql<Record<string, string | number | null>>`
    SELECT r.month, GROUPING(r.month) AS grand_total, ${sql.join(columns)}
    FROM (${rows}) AS r
    GROUP BY GROUPING SETS ((r.month), ())
  `.execute(db.tx);
  const series = new Map<string, Series>(measures.map(({ key }) => [key, { byMonth: new Map(), since: 0 }]));
  for (const row of result.rows) {
    for (const { key } of measures) {
      const entry = series.get(key) as Series;
      if (Number(row.grand_total) === 1) entry.since = Number(row[`${key}__since`] ?? 0);
      else if (row.month) entry.byMonth.set(String(row.month), Number(row[key] ?? 0));
    }
  }
  return series;
}

/** A local calendar day of a timestamp column in the organisation's time zone. */
const localDay = (column: string, period: DashboardPeriod) =>
  sql`(${sql.ref(column)} AT TIME ZONE ${period.timeZone})::date`;

/** Bounds on a timestamp column as instants, so that an index on the column applies. */
const instantWithin = (column: string, period: DashboardPeriod) =>
  sql`${sql.ref(column)} >= (${period.firstDay}::date)::timestamp AT TIME ZONE ${period.timeZone}
    AND ${sql.ref(column)} < (${period.endDay}::date)::timestamp AT TIME ZONE ${period.timeZone}`;

const dayWithin = (column: string, period: DashboardPeriod) =>
  sql`${sql.ref(column)} >= ${period.firstDay}::date AND ${sql.ref(column)} < ${period.endDay}::date`;

const monthOf = (day: RawBuilder<unknown>) => sql`to_char(${day}, 'YYYY-MM')`;

const scoped = (reach: Reach, scope: () => Expression<SqlBool>): Expression<SqlBool> =>
  reach === "organisation" ? sql<SqlBool>`true` : scope();

/** A number of an activity's details, 0 when absent. */
const detailNumber = (path: RawBuilder<unknown>) =>
  sql`(CASE WHEN jsonb_typeof(${path}) = 'number' THEN (${path})::text::numeric ELSE 0 END)`;

/**
 * Approved activities by reporting month: trainings and their participants, awareness campaigns' people
 * reached in person and materials distributed, coordination meetings. The since total counts activities that
 * ended on or after the since day. Details are read as stored (the kind's fields under the kind's name).
 */
export function activitySeries(db: ScopedDb, period: DashboardPeriod) {
  const training = sql`coalesce(a.details->'training', a.details)`;
  const awareness = sql`coalesce(a.details->'awareness', a.details)`;
  const materials = sql`(CASE WHEN jsonb_typeof(${awareness}->'materials') = 'array' THEN ${awareness}->'materials' ELSE '[]'::jsonb END)`;
  const rows = sql`
    SELECT ${monthOf(sql`a.period_month`)} AS month, a.ends_on >= ${period.since}::date AS in_since,
      (a.kind = 'training')::int AS trainings,
      CASE WHEN a.kind = 'training' THEN ${detailNumber(sql`${training}->'participants'->'total'`)} ELSE 0 END AS participants_trained,
      CASE WHEN a.kind = 'awareness' THEN ${detailNumber(sql`${awareness}->'reach'->'peopleMet'`)} ELSE 0 END AS campaign_reach,
      CASE WHEN a.kind = 'awareness' THEN
        (SELECT coalesce(sum(${detailNumber(sql`m->'distributed'`)}), 0) FROM jsonb_array_elements(${materials}) AS m)
        ELSE 0 END AS materials_distributed,
      (a.kind = 'coordination')::int AS meetings
    FROM activities a
    WHERE a.organisation_id = ${db.organisationId} AND a.status = 'approved'
      AND a.period_month >= date_trunc('month', ${period.firstDay}::date)::date AND a.period_month < ${period.endDay}::date
  `;
  return seriesOf(db, rows, [
    { key: "trainings" },
    { key: "participants_trained" },
    { key: "campaign_reach" },
    { key: "materials_distributed" },
    { key: "meetings" },
  ]);
}

/** Cases opened, by the day they were opened. */
export function caseSeries(db: ScopedDb, period: DashboardPeriod, reach: Reach) {
  const rows = sql`
    SELECT ${monthOf(sql`c.opened_on`)} AS month, c.opened_on >= ${period.since}::date AS in_since, 1 AS cases_opened
    FROM cases c
    WHERE c.organisation_id = ${db.organisationId} AND ${dayWithin("c.opened_on", period)}
      AND ${scoped(reach, () => caseScope(db, "c"))}
  `;
  return seriesOf(db, rows, [{ key: "cases_opened" }]);
}

/** Distinct people assisted: the victims of cases with assistance provided in the month (or since the day). */
export function assistanceSeries(db: ScopedDb, period: DashboardPeriod, reach: Reach) {
  const rows = sql`
    SELECT ${monthOf(sql`a.provided_on`)} AS month, a.provided_on >= ${period.since}::date AS in_since,
      cp.person_id AS people_assisted
    FROM assistance a
    JOIN cases c ON c.organisation_id = a.organisation_id AND c.id = a.case_id
    JOIN case_people cp ON cp.organisation_id = a.organisation_id AND cp.case_id = a.case_id AND cp.role = 'victim'
    WHERE a.organisation_id = ${db.organisationId} AND a.status = 'provided' AND ${dayWithin("a.provided_on", period)}
      AND ${scoped(reach, () => caseScope(db, "c"))}
  `;
  return seriesOf(db, rows, [{ key: "people_assisted", distinct: true }]);
}

/** Screenings, one person screened each, on the local day they were made. */
export function screeningSeries(db: ScopedDb, period: DashboardPeriod, reach: Reach) {
  const day = localDay("s.screened_at", period);
  const rows = sql`
    SELECT ${monthOf(day)} AS month, ${day} >= ${period.since}::date AS in_since, 1 AS people_screened
    FROM screenings s
    WHERE s.organisation_id = ${db.organisationId} AND ${instantWithin("s.screened_at", period)}
      AND ${scoped(reach, () => screeningScope(db, "s"))}
  `;
  return seriesOf(db, rows, [{ key: "people_screened" }]);
}

/** Completed helpline contacts and their consultations, on the local day they count on. */
export function hotlineSeries(db: ScopedDb, period: DashboardPeriod, reach: Reach) {
  const rows = sql`
    SELECT ${monthOf(sql`h.counted_on`)} AS month, h.counted_on >= ${period.since}::date AS in_since, 1 AS calls,
      (SELECT count(*) FROM hotline_consultations hc
        WHERE hc.organisation_id = h.organisation_id AND hc.contact_id = h.id) AS consultations
    FROM hotline_contacts h
    WHERE h.organisation_id = ${db.organisationId} AND h.counted_on IS NOT NULL AND ${dayWithin("h.counted_on", period)}
      AND ${scoped(reach, () => contactScope(db, "h"))}
  `;
  return seriesOf(db, rows, [{ key: "calls" }, { key: "consultations" }]);
}

/** Referrals the organisation sent (never drafts, never imported ones), on the local day they were sent. */
export function referralSeries(db: ScopedDb, period: DashboardPeriod, reach: Reach) {
  const day = localDay("r.sent_at", period);
  const rows = sql`
    SELECT ${monthOf(day)} AS month, ${day} >= ${period.since}::date AS in_since, 1 AS referrals_sent
    FROM referrals r
    WHERE r.organisation_id = ${db.organisationId} AND r.imported_at IS NULL AND r.status <> 'draft'
      AND r.sent_at IS NOT NULL AND ${instantWithin("r.sent_at", period)}
      AND ${scoped(reach, () => outgoingScope(db, "r"))}
  `;
  return seriesOf(db, rows, [{ key: "referrals_sent" }]);
}
