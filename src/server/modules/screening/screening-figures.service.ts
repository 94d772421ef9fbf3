import { sql } from "kysely";
import type { z } from "zod";
import type { figuresQuery, ScreeningFigures } from "../../../shared/api/screening.js";
import {
  SMALL_CELL_THRESHOLD,
  suppressOverlapping,
  suppressPartition,
  suppressTotal,
} from "../../../shared/figures/suppression.js";
import type { ScopedDb } from "../../access/scoped-db.js";

type FiguresQuery = z.infer<typeof figuresQuery>;

interface GroupedRow {
  dimension: string;
  key: string | null;
  count: string | number;
}

/**
 * Screening figures for the organisation: counts by computed-or-overridden risk level, need, flag, site
 * type, country, month, sex and age band, with small cells withheld. Counts only, never a record: the
 * M&E role reads them without seeing anyone. One scan for the single-valued breakdowns (grouping sets),
 * one each for needs and flags.
 */
export async function screeningFigures(db: ScopedDb, query: FiguresQuery): Promise<ScreeningFigures> {
  const from = query.from ?? null;
  const to = query.to ?? null;
  const where = sql`organisation_id = ${db.organisationId}
    AND (${from}::date IS NULL OR screened_at >= ${from}::date)
    AND (${to}::date IS NULL OR screened_at < ${to}::date + 1)
    AND (${query.formId ?? null}::uuid IS NULL OR form_id = ${query.formId ?? null}::uuid)`;
  const single = await sql<
    GroupedRow & {
      level: string | null;
      site: string | null;
      country: string | null;
      month: string | null;
      sex: string | null;
      age: string | null;
    }
  >`
    SELECT
      CASE
        WHEN GROUPING(level) = 0 THEN 'level' WHEN GROUPING(site) = 0 THEN 'site'
        WHEN GROUPING(country) = 0 THEN 'country' WHEN GROUPING(month) = 0 THEN 'month'
        WHEN GROUPING(sex) = 0 THEN 'sex' WHEN GROUPING(age) = 0 THEN 'age' ELSE 'total'
      END AS dimension,
      coalesce(level, site, country, month, sex, age) AS key,
      count(*) AS count
    FROM (
      SELECT coalesce(override_level, risk_level, 'not_scored') AS level,
        coalesce(site_type, 'unknown') AS site, coalesce(country, 'unknown') AS country,
        to_char(screened_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month,
        coalesce(sex, 'unknown') AS sex, coalesce(age_band, 'unknown') AS age
      FROM screenings WHERE ${where}
    ) s
    GROUP BY GROUPING SETS ((level), (site), (country), (month), (sex), (age), ())
  `.execute(db.tx);
  const multi = await sql<GroupedRow>`
    SELECT 'need' AS dimension, need AS key, count(*) AS count
      FROM screenings, unnest(needs) AS need WHERE ${where} GROUP BY need
    UNION ALL
    SELECT 'flag', flag, count(*) FROM screenings, unnest(flags) AS flag WHERE ${where} GROUP BY flag
  `.execute(db.tx);
  const rows = [...single.rows, ...multi.rows].map((row) => ({ ...row, count: Number(row.count) }));
  const of = (dimension: string) =>
    rows
      .filter((row) => row.dimension === dimension)
      .map((row) => ({ key: row.key ?? "unknown", count: row.count }))
      .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  const byMonth = of("month").sort((a, b) => a.key.localeCompare(b.key));
  db.audit({
    action: "screening.figures",
    recordType: "screening",
    detail: { from, to, formId: query.formId ?? null },
  });
  return {
    from,
    to,
    threshold: SMALL_CELL_THRESHOLD,
    total: suppressTotal(rows.find((row) => row.dimension === "total")?.count ?? 0),
    byLevel: suppressPartition(of("level")),
    byNeed: suppressOverlapping(of("need")),
    byFlag: suppressOverlapping(of("flag")),
    bySiteType: suppressPartition(of("site")),
    byCountry: suppressPartition(of("country")),
    byMonth: suppressPartition(byMonth),
    bySex: suppressPartition(of("sex")),
    byAgeBand: suppressPartition(of("age")),
  };
}
