import { sql } from "kysely";
import type { ScopedDb } from "../../access/scoped-db.js";

/** The breakdowns the figures show; "total" counts each screening once. */
export type CountDimension = "total" | "level" | "site" | "country" | "sex" | "age" | "need" | "flag";

/** What one screening adds to the daily counts. */
export interface CountedScreening {
  screenedAt: Date;
  formId: string;
  level: string | null;
  siteType: string | null;
  country: string | null;
  sex: string | null;
  ageBand: string | null;
  needs: readonly string[];
  flags: readonly string[];
}

/** The (dimension, key) cells a screening counts in, in a fixed order (see `addToCounts`). */
export function cellsOf(screening: CountedScreening): [CountDimension, string][] {
  const cells: [CountDimension, string][] = [
    ["total", ""],
    ["level", screening.level ?? "not_scored"],
    ["site", screening.siteType ?? "unknown"],
    ["country", screening.country ?? "unknown"],
    ["sex", screening.sex ?? "unknown"],
    ["age", screening.ageBand ?? "unknown"],
    ...[...new Set(screening.needs)].map((need): [CountDimension, string] => ["need", need]),
    ...[...new Set(screening.flags)].map((flag): [CountDimension, string] => ["flag", flag]),
  ];
  return cells.sort((a, b) => (a[0] === b[0] ? a[1].localeCompare(b[1]) : a[0].localeCompare(b[0])));
}

/**
 * Adds (or, with -1, takes away) cells to a day's counts in one statement. The cells are written in one
 * sorted order by every transaction, so two screenings of the same day cannot deadlock on their rows.
 */
export async function addToCounts(
  db: ScopedDb,
  day: string,
  formId: string,
  cells: readonly [CountDimension, string][],
  delta: 1 | -1,
): Promise<void> {
  if (cells.length === 0) return;
  await sql`
    INSERT INTO screening_counts (organisation_id, day, form_id, dimension, key, count)
    SELECT ${db.organisationId}::uuid, ${day}::date, ${formId}::uuid, c.dimension, c.key, ${delta}::int
    FROM unnest(${cells.map((c) => c[0])}::text[], ${cells.map((c) => c[1])}::text[]) WITH ORDINALITY AS c(dimension, key, n)
    ORDER BY c.n
    ON CONFLICT (organisation_id, day, form_id, dimension, key)
    DO UPDATE SET count = screening_counts.count + excluded.count
  `.execute(db.tx);
}

/** The UTC calendar day a screening counts on. */
export const countDay = (screenedAt: Date) => screenedAt.toISOString().slice(0, 10);

/** Counts a new screening. */
export async function countScreening(db: ScopedDb, screening: CountedScreening): Promise<void> {
  await addToCounts(db, countDay(screening.screenedAt), screening.formId, cellsOf(screening), 1);
}
