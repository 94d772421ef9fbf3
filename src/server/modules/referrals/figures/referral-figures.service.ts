import { type RawBuilder, sql } from "kysely";
import type {
  ReferralFigureDirection,
  ReferralFigures,
  ReferralFiguresQuery,
} from "../../../../shared/api/referral-figures.js";
import { SMALL_CELL_THRESHOLD } from "../../../../shared/figures/suppression.js";
import { AWAITING_ANSWER, REFERRAL_STATUSES } from "../../../../shared/referrals/status.js";
import { REFERRAL_URGENCIES } from "../../../../shared/referrals/vocab.js";
import type { ScopedDb } from "../../../access/scoped-db.js";
import { fixedScale, partition } from "../../hotline/figures/figures-suppression.js";
import {
  type DurationSums,
  FUNNEL_STAGES,
  partitionOf,
  publishedCompletion,
  publishedFunnel,
  publishedOverdue,
  publishedTimes,
} from "./funnel-suppression.js";

type Counts = { key: string; count: number }[];
interface Period {
  from: string | null;
  to: string | null;
}
type Numeric = string | number | null;

/** Every status a sent referral can have, in the order of its life (drafts are never counted). */
const SENT_STATUSES = REFERRAL_STATUSES.filter((status) => status !== "draft");

/**
 * The referrals of the period as the figures read them: one organisation's side (the sender's, or the
 * receiver's), sent on a local day of the period. The organisation is filtered here explicitly. An imported
 * referral has no sender in this deployment, so it never counts as sent by the organisation holding it.
 */
function periodReferrals(db: ScopedDb, direction: ReferralFigureDirection, period: Period, timeZone: string) {
  const party =
    direction === "outgoing"
      ? sql`organisation_id = ${db.organisationId} AND imported_at IS NULL`
      : sql`to_organisation_id = ${db.organisationId}`;
  const partner = direction === "outgoing" ? sql.ref("to_organisation_name") : sql.ref("from_organisation_name");
  // Local midnights as instants, so that the bounds compare with sent_at as it is stored (an index applies).
  const from = period.from ? sql` AND sent_at >= (${period.from}::date)::timestamp AT TIME ZONE ${timeZone}` : sql``;
  const to = period.to ? sql` AND sent_at < (${period.to}::date + 1)::timestamp AT TIME ZONE ${timeZone}` : sql``;
  return sql`
    SELECT service_type, ${partner} AS partner, status, urgency,
      to_char(sent_at AT TIME ZONE ${timeZone}, 'YYYY-MM') AS month,
      CASE WHEN status = 'declined' THEN coalesce(decline_reason, 'other') END AS decline_reason,
      CASE WHEN status = 'not_completed' THEN coalesce(not_completed_reason, 'other') END AS not_completed_reason,
      (status = ANY(${[...AWAITING_ANSWER]}::text[]) AND due_at < now()) AS overdue,
      -- Over the acknowledged stage, so that the time is over the referrals the funnel counts there; accepting or
      -- declining at once answers a referral as much as acknowledging it does.
      CASE WHEN status = ANY(${[...FUNNEL_STAGES.acknowledged]}::text[])
        THEN date_part('epoch', least(acknowledged_at, decided_at) - sent_at) / 3600 END AS acknowledge_hours,
      CASE WHEN status = 'completed' THEN date_part('epoch', finished_at - sent_at) / 3600 END AS complete_hours
    FROM referrals
    WHERE ${party} AND status <> 'draft' AND sent_at IS NOT NULL${from}${to}
  `;
}

interface FigureRow {
  dimension: string;
  key: string | null;
  count: Numeric;
  acknowledged: Numeric;
  acknowledge_median: Numeric;
  acknowledge_mean: Numeric;
  completed: Numeric;
  complete_median: Numeric;
  complete_mean: Numeric;
}

/**
 * Every breakdown and every time in one statement and one pass over the period's referrals (the table's rows
 * are wide with the sealed payload, so reading them is most of the cost): the breakdowns as grouping sets,
 * the times overall and by urgency.
 */
async function figureRows(db: ScopedDb, rows: RawBuilder<unknown>): Promise<FigureRow[]> {
  // For this transaction only: a year of a large office's referrals is grouped in memory rather than sorted
  // on disk, and without compiling the plan (JIT costs more than it saves here), as the helpline figures do.
  await sql`SELECT set_config('work_mem', '64MB', true), set_config('jit', 'off', true)`.execute(db.tx);
  const result = await sql<FigureRow>`
    WITH r AS MATERIALIZED (${rows}),
    counts AS (
      SELECT CASE
          WHEN GROUPING(service_type) = 0 THEN 'serviceType'
          WHEN GROUPING(partner) = 0 THEN 'partner'
          WHEN GROUPING(status) = 0 THEN 'status'
          WHEN GROUPING(urgency) = 0 THEN 'urgency'
          WHEN GROUPING(month) = 0 THEN 'month'
          WHEN GROUPING(decline_reason) = 0 THEN 'declineReason'
          WHEN GROUPING(not_completed_reason) = 0 THEN 'notCompletedReason'
          ELSE 'overdue' END AS dimension,
        coalesce(service_type, partner, status, urgency, month, decline_reason, not_completed_reason, overdue::text)
          AS key,
        count(*) AS count
      FROM r
      GROUP BY GROUPING SETS ((service_type), (partner), (status), (urgency), (month), (decline_reason),
        (not_completed_reason), (overdue))
    ),
    times AS (
      SELECT 'times' AS dimension, CASE WHEN GROUPING(urgency) = 0 THEN urgency ELSE 'all' END AS key,
        count(acknowledge_hours) AS acknowledged,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY acknowledge_hours) AS acknowledge_median,
        avg(acknowledge_hours) AS acknowledge_mean,
        count(complete_hours) AS completed,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY complete_hours) AS complete_median,
        avg(complete_hours) AS complete_mean
      FROM r
      GROUP BY GROUPING SETS ((), (urgency))
    )
    SELECT dimension, key, count, NULL::bigint AS acknowledged, NULL::float8 AS acknowledge_median,
      NULL::float8 AS acknowledge_mean, NULL::bigint AS completed, NULL::float8 AS complete_median,
      NULL::float8 AS complete_mean
    FROM counts
    UNION ALL
    SELECT dimension, key, NULL, acknowledged, acknowledge_median, acknowledge_mean, completed, complete_median,
      complete_mean
    FROM times
  `.execute(db.tx);
  return result.rows;
}

/** The rows as counts by dimension and times by group ("all" or an urgency). */
function readRows(rows: FigureRow[]) {
  const number = (value: Numeric) => (value === null ? null : Number(value));
  const byDimension = new Map<string, Counts>();
  const times = new Map<string, { acknowledge: DurationSums; complete: DurationSums }>();
  for (const row of rows) {
    if (row.key === null) continue;
    if (row.dimension === "times") {
      times.set(row.key, {
        acknowledge: {
          referrals: Number(row.acknowledged),
          medianHours: number(row.acknowledge_median),
          meanHours: number(row.acknowledge_mean),
        },
        complete: {
          referrals: Number(row.completed),
          medianHours: number(row.complete_median),
          meanHours: number(row.complete_mean),
        },
      });
    } else {
      const cells = byDimension.get(row.dimension) ?? [];
      cells.push({ key: row.key, count: Number(row.count) });
      byDimension.set(row.dimension, cells);
    }
  }
  const none = { referrals: 0, medianHours: null, meanHours: null };
  return {
    of: (dimension: string): Counts => byDimension.get(dimension) ?? [],
    durations: (group: string) => times.get(group) ?? { acknowledge: none, complete: none },
  };
}

/** The figures of a period, suppressed; counts only, never a referral. */
async function computeFigures(
  db: ScopedDb,
  direction: ReferralFigureDirection,
  period: Period,
): Promise<ReferralFigures> {
  const { time_zone: timeZone } = await db
    .selectFrom("organisations")
    .select("time_zone")
    .where("id", "=", db.organisationId)
    .executeTakeFirstOrThrow();
  const { of, durations } = readRows(await figureRows(db, periodReferrals(db, direction, period, timeZone)));

  const statusCounts = of("status");
  const byStatus = fixedScale(statusCounts, SENT_STATUSES);
  const statusCell = (status: string) => byStatus.find((cell) => cell.key === status)?.count ?? null;
  const sent = statusCounts.reduce((sum, cell) => sum + cell.count, 0);
  const overdue = of("overdue").find((cell) => cell.key === "true")?.count ?? 0;
  const funnel = publishedFunnel(sent, byStatus, statusCounts);
  return {
    from: period.from,
    to: period.to,
    direction,
    timeZone,
    threshold: SMALL_CELL_THRESHOLD,
    funnel,
    overdue: publishedOverdue(overdue, byStatus, statusCounts),
    completion: publishedCompletion(byStatus, statusCounts),
    byStatus,
    byServiceType: partition(of("serviceType")),
    byPartner: partition(of("partner")),
    byUrgency: fixedScale(of("urgency"), REFERRAL_URGENCIES),
    byMonth: fixedScale(
      of("month"),
      of("month")
        .map((cell) => cell.key)
        .sort(),
    ),
    byDeclineReason: partitionOf(statusCell("declined"), of("declineReason")),
    byNotCompletedReason: partitionOf(statusCell("not_completed"), of("notCompletedReason")),
    times: {
      acknowledge: { referrals: funnel.acknowledged, ...publishedTimes(durations("all").acknowledge) },
      complete: { referrals: funnel.completed, ...publishedTimes(durations("all").complete) },
      byUrgency: REFERRAL_URGENCIES.map((urgency) => ({
        urgency,
        acknowledge: publishedTimes(durations(urgency).acknowledge),
        complete: publishedTimes(durations(urgency).complete),
      })),
    },
  };
}

/** GET /api/referrals/figures: the referral funnel of a period of local days, sent or received. */
export async function referralFigures(db: ScopedDb, query: ReferralFiguresQuery): Promise<ReferralFigures> {
  const period = { from: query.from ?? null, to: query.to ?? null };
  const direction = query.direction ?? "outgoing";
  const figures = await computeFigures(db, direction, period);
  db.audit({ action: "referral.figures", recordType: "referral", detail: { ...period, direction } });
  return figures;
}
