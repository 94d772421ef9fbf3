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
type Counts = { key: string; count: number }[];

/**
 * Screening figures for the organisation: counts by risk level (after the screener's judgement), need,
 * flag, site type, country, month, sex and age band, with small cells withheld. They are sums of the daily
 * counts kept beside the screenings (screening-counts.ts), so the cost follows the number of days, not of
 * screenings. Counts only, never a record: the M&E role reads them without seeing anyone.
 */
export async function screeningFigures(db: ScopedDb, query: FiguresQuery): Promise<ScreeningFigures> {
  const from = query.from ?? null;
  const to = query.to ?? null;
  const formId = query.formId ?? null;
  const rows = await sql<{ dimension: string; key: string; count: string | number }>`
    SELECT CASE WHEN dimension = 'total' THEN 'month' ELSE dimension END AS dimension,
      CASE WHEN dimension = 'total' THEN to_char(day, 'YYYY-MM') ELSE key END AS key,
      sum(count) AS count
    FROM screening_counts
    WHERE organisation_id = ${db.organisationId}
      AND (${from}::date IS NULL OR day >= ${from}::date)
      AND (${to}::date IS NULL OR day <= ${to}::date)
      AND (${formId}::uuid IS NULL OR form_id = ${formId}::uuid)
    GROUP BY 1, 2
  `.execute(db.tx);
  const of = (dimension: string): Counts =>
    rows.rows
      .filter((row) => row.dimension === dimension && Number(row.count) > 0)
      .map((row) => ({ key: row.key, count: Number(row.count) }))
      .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  const byMonth = of("month").sort((a, b) => a.key.localeCompare(b.key));
  const total = byMonth.reduce((sum, cell) => sum + cell.count, 0);
  db.audit({ action: "screening.figures", recordType: "screening", detail: { from, to, formId } });
  return {
    from,
    to,
    threshold: SMALL_CELL_THRESHOLD,
    total: suppressTotal(total),
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
