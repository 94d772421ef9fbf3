import { type Kysely, type RawBuilder, sql } from "kysely";
import { NOT_ASSISTED } from "../../../../shared/hotline/vocab.js";
import type { ScopedDb } from "../../../access/scoped-db.js";
import type { Schema } from "../../../db/schema.js";

/**
 * The daily counts of an organisation's helpline recomputed from its completed contacts in SQL: the same
 * cells as cellsOf() in contact-counts.ts adds one contact at a time, on the local days of the given time
 * zone. Used when the organisation's time zone changes (every contact moves to its new local day and hour),
 * by the benchmark's synthetic dataset, and by the tests as the recount the kept counts must equal.
 */

export interface RecountedCell {
  day: string;
  dimension: string;
  key: string;
  count: number;
}

/** Every (day, dimension, key, count) of the organisation's completed contacts and their consultations. */
function recountQuery(organisationId: string, timeZone: string): RawBuilder<RecountedCell> {
  const local = sql`(c.started_at AT TIME ZONE ${timeZone})`;
  const assisted = sql`(c.outcome IS NOT NULL AND NOT c.outcome = ANY(${[...NOT_ASSISTED]}::text[]))`;
  return sql<RecountedCell>`
    SELECT cells.day, cells.dimension, cells.key, sum(cells.amount)::bigint AS count
    FROM (
      SELECT ${local}::date AS day, d.dimension, d.key, d.amount
      FROM hotline_contacts c
      CROSS JOIN LATERAL (VALUES
        ('contacts', '', 1),
        ('channel', c.channel, 1),
        ('direction', c.direction, 1),
        ('language', coalesce(c.language, 'unknown'), 1),
        ('caller_type', coalesce(c.caller_type, 'unknown'), 1),
        ('country', coalesce(c.caller_country, 'unknown'), 1),
        ('outcome', coalesce(c.outcome, 'unknown'), 1),
        ('hour', extract(hour FROM ${local})::int::text, 1),
        ('weekday', extract(isodow FROM ${local})::int::text, 1),
        ('assisted', '', CASE WHEN ${assisted} THEN 1 END),
        ('escalation', c.escalation, CASE WHEN c.escalation IS NOT NULL THEN 1 END),
        ('handled', '', CASE WHEN c.duration_seconds IS NOT NULL THEN 1 END),
        ('handling_seconds', '', c.duration_seconds)
      ) AS d(dimension, key, amount)
      WHERE c.organisation_id = ${organisationId} AND c.status = 'completed' AND d.amount IS NOT NULL
      UNION ALL
      -- A consultation counts once in the consultations, once under its topic and once under its service.
      SELECT ${local}::date, d.dimension, d.key, 1
      FROM hotline_consultations q
      JOIN hotline_contacts c ON c.organisation_id = q.organisation_id AND c.id = q.contact_id
      CROSS JOIN LATERAL (VALUES ('consultations', ''), ('topic', q.topic), ('service', q.service))
        AS d(dimension, key)
      WHERE q.organisation_id = ${organisationId} AND c.status = 'completed'
    ) AS cells
    GROUP BY cells.day, cells.dimension, cells.key
  `;
}

/** The recount as rows (non-zero cells), for comparison with the kept counts. */
export async function recountedCells(
  executor: Kysely<Schema>,
  organisationId: string,
  timeZone: string,
): Promise<RecountedCell[]> {
  const { rows } = await sql<RecountedCell>`
    SELECT to_char(r.day, 'YYYY-MM-DD') AS day, r.dimension, r.key, r.count
    FROM (${recountQuery(organisationId, timeZone)}) AS r
    WHERE r.count <> 0
  `.execute(executor);
  return rows.map((row) => ({ ...row, count: Number(row.count) }));
}

/**
 * Replaces the organisation's counts by the recount and moves each completed contact's counted_on to its
 * local day. Counts are set to zero rather than deleted: the application role may not delete them, and a
 * zero adds nothing to any figure.
 */
export async function rebuildHotlineCounts(
  executor: Kysely<Schema>,
  organisationId: string,
  timeZone: string,
): Promise<void> {
  await sql`
    UPDATE hotline_contacts SET counted_on = (started_at AT TIME ZONE ${timeZone})::date
    WHERE organisation_id = ${organisationId} AND status = 'completed'
      AND counted_on IS DISTINCT FROM (started_at AT TIME ZONE ${timeZone})::date
  `.execute(executor);
  await sql`UPDATE hotline_counts SET count = 0 WHERE organisation_id = ${organisationId} AND count <> 0`.execute(
    executor,
  );
  await sql`
    INSERT INTO hotline_counts (organisation_id, day, dimension, key, count)
    SELECT ${organisationId}::uuid, r.day, r.dimension, r.key, r.count
    FROM (${recountQuery(organisationId, timeZone)}) AS r
    ORDER BY r.day, r.dimension, r.key
    ON CONFLICT (organisation_id, day, dimension, key) DO UPDATE SET count = excluded.count
  `.execute(executor);
}

/** The actor's organisation recounted in its current time zone, in the request's transaction. */
export async function recountHotline(db: ScopedDb, timeZone: string): Promise<void> {
  await rebuildHotlineCounts(db.tx, db.organisationId, timeZone);
}

/**
 * Whether the database knows the zone by this name (its list and Intl's differ a little). Tried in a
 * savepoint, because an unknown zone is an error that would end the transaction; pg_timezone_names would
 * answer too, but reads every zone file (seconds on a fresh PGlite).
 */
export async function databaseKnowsTimeZone(db: ScopedDb, timeZone: string): Promise<boolean> {
  await sql`SAVEPOINT time_zone_check`.execute(db.tx);
  try {
    await sql`SELECT now() AT TIME ZONE ${timeZone}`.execute(db.tx);
    await sql`RELEASE SAVEPOINT time_zone_check`.execute(db.tx);
    return true;
  } catch {
    await sql`ROLLBACK TO SAVEPOINT time_zone_check`.execute(db.tx);
    return false;
  }
}
