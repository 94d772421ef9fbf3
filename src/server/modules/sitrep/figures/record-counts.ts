import { sql } from "kysely";
import { ASSISTANCE_TYPES } from "../../../../shared/htcds/extensions/assistance.js";
import type { ScopedDb } from "../../../access/scoped-db.js";
import { officeOfRecordSql } from "../../offices/office-of-records.js";
import { type ReportPeriod, withinDates, withinInstants } from "./report-period.js";

/**
 * The counts behind a report's figures from the records (cases, screenings, helpline, referrals), by office
 * and for all the report's offices together, before any suppression. Each count is one statement over the
 * period's rows, filtered by organisation and bounded by the period so that an index on the date applies.
 *
 * Measures: "victim:<sex>" and "other:<sex>" (distinct people given assistance, by whether a case names
 * them an actual victim of trafficking, and by sex), "type:<assistance type>" (distinct people given that
 * type), cases_opened, people_screened, hotline_contacts, hotline_consultations, hotline_persons_assisted,
 * referrals_sent, referrals_completed.
 */
export interface RecordCounts {
  byOffice: Map<string, Map<string, number>>;
  /** All the report's offices together: people are counted once however many offices assisted them. */
  total: Map<string, number>;
}

interface CountRow {
  office_id: string | null;
  measure: string;
  count: string | number;
}

/** Rows grouped by GROUPING SETS ((office_id, …), (…)): office_id null marks the total over the offices. */
function addRows(counts: RecordCounts, rows: CountRow[]): void {
  for (const row of rows) {
    const count = Number(row.count);
    if (count === 0) continue;
    let cells = counts.total;
    if (row.office_id !== null) {
      cells = counts.byOffice.get(row.office_id) ?? new Map();
      counts.byOffice.set(row.office_id, cells);
    }
    cells.set(row.measure, (cells.get(row.measure) ?? 0) + count);
  }
}

/**
 * Distinct people given assistance in the period: the case's person, by office, by whether any of their
 * cases there names them an actual victim, and by sex; and by assistance type. Listing every type the
 * organisation knows lets the (organisation, type, provided_on) index serve the period's range per type.
 */
async function assistanceCounts(db: ScopedDb, period: ReportPeriod, officeIds: string[]): Promise<CountRow[]> {
  const own = await db.selectFrom("assistance_types").select("code").execute();
  const types = [...new Set<string>([...ASSISTANCE_TYPES, ...own.map((row) => row.code)])];
  const organisationId = db.organisationId;
  const result = await sql<CountRow>`
    WITH provided AS MATERIALIZED (
      SELECT DISTINCT c.id AS case_id, c.primary_person_id AS person_id, a.assistance_type,
        ${officeOfRecordSql(db, "c.team_id")} AS office_id
      FROM assistance a
      JOIN cases c ON c.organisation_id = a.organisation_id AND c.id = a.case_id
      WHERE a.organisation_id = ${organisationId} AND a.assistance_type = ANY(${types}::text[])
        AND ${withinDates("a.provided_on", period)} AND a.status = 'provided' AND c.primary_person_id IS NOT NULL
    ),
    chosen AS MATERIALIZED (
      SELECT * FROM provided WHERE office_id = ANY(${officeIds}::uuid[])
    ),
    assisted AS (
      SELECT ch.office_id, ch.person_id, coalesce(bool_or(cp.trafficking_status = 'ActualVictimOfTrafficking'), false)
        AS victim
      FROM chosen ch
      LEFT JOIN case_people cp ON cp.organisation_id = ${organisationId} AND cp.case_id = ch.case_id
        AND cp.person_id = ch.person_id
      GROUP BY ch.office_id, ch.person_id
    ),
    sexed AS (
      SELECT a.office_id, a.person_id, a.victim,
        CASE p.sex WHEN 'Female' THEN 'female' WHEN 'Male' THEN 'male' ELSE 'other' END AS sex
      FROM assisted a
      LEFT JOIN people p ON p.organisation_id = ${organisationId} AND p.id = a.person_id
    ),
    overall AS (
      SELECT person_id, bool_or(victim) AS victim, min(sex) AS sex FROM sexed GROUP BY person_id
    )
    SELECT office_id::text AS office_id, (CASE WHEN victim THEN 'victim:' ELSE 'other:' END) || sex AS measure,
      count(*) AS count
    FROM sexed GROUP BY 1, 2
    UNION ALL
    SELECT NULL, (CASE WHEN victim THEN 'victim:' ELSE 'other:' END) || sex, count(*) FROM overall GROUP BY 2
    UNION ALL
    SELECT office_id::text, 'type:' || assistance_type, count(DISTINCT person_id)
    FROM chosen GROUP BY GROUPING SETS ((office_id, assistance_type), (assistance_type))
  `.execute(db.tx);
  return result.rows;
}

/** Cases opened in the period, by the office of the case's team. */
async function caseCounts(db: ScopedDb, period: ReportPeriod, officeIds: string[]): Promise<CountRow[]> {
  const result = await sql<CountRow>`
    SELECT office_id::text AS office_id, 'cases_opened' AS measure, count(*) AS count
    FROM (
      SELECT ${officeOfRecordSql(db, "c.team_id")} AS office_id FROM cases c
      WHERE c.organisation_id = ${db.organisationId} AND ${withinDates("c.opened_on", period)}
    ) AS opened
    WHERE office_id = ANY(${officeIds}::uuid[])
    GROUP BY GROUPING SETS ((office_id), ())
  `.execute(db.tx);
  return result.rows;
}

/** Screenings made in the period (each a person screened), by the office of the screening's team. */
async function screeningCounts(db: ScopedDb, period: ReportPeriod, officeIds: string[]): Promise<CountRow[]> {
  const result = await sql<CountRow>`
    SELECT office_id::text AS office_id, 'people_screened' AS measure, count(*) AS count
    FROM (
      SELECT ${officeOfRecordSql(db, "s.team_id")} AS office_id FROM screenings s
      WHERE s.organisation_id = ${db.organisationId} AND ${withinInstants("s.screened_at", period)}
    ) AS screened
    WHERE office_id = ANY(${officeIds}::uuid[])
    GROUP BY GROUPING SETS ((office_id), ())
  `.execute(db.tx);
  return result.rows;
}

/**
 * Helpline contacts completed on a local day of the period, their consultations, and the distinct persons
 * assisted (callers of assisted contacts, as the helpline figures count them), by the office of the team.
 */
async function hotlineCounts(db: ScopedDb, period: ReportPeriod, officeIds: string[]): Promise<CountRow[]> {
  const organisationId = db.organisationId;
  const result = await sql<{
    office_id: string | null;
    contacts: string | number;
    consultations: string | number | null;
    persons: string | number;
  }>`
    WITH counted AS MATERIALIZED (
      SELECT h.id, h.caller_ref, ${officeOfRecordSql(db, "h.team_id")} AS office_id
      FROM hotline_contacts h
      WHERE h.organisation_id = ${organisationId} AND h.counted_on IS NOT NULL
        AND ${withinDates("h.counted_on", period)}
    )
    SELECT k.office_id::text AS office_id, count(*) AS contacts, sum(
        (SELECT count(*) FROM hotline_consultations hc WHERE hc.organisation_id = ${organisationId}
          AND hc.contact_id = k.id)
      ) AS consultations,
      count(DISTINCT k.caller_ref) AS persons
    FROM counted k
    WHERE k.office_id = ANY(${officeIds}::uuid[])
    GROUP BY GROUPING SETS ((k.office_id), ())
  `.execute(db.tx);
  return result.rows.flatMap((row) => [
    { office_id: row.office_id, measure: "hotline_contacts", count: row.contacts },
    { office_id: row.office_id, measure: "hotline_consultations", count: row.consultations ?? 0 },
    { office_id: row.office_id, measure: "hotline_persons_assisted", count: row.persons },
  ]);
}

/**
 * Referrals the organisation sent in the period, and those of them completed since, by the office of the
 * sending team. Imported referrals have no sender here and are not counted, as in the referral figures.
 */
async function referralCounts(db: ScopedDb, period: ReportPeriod, officeIds: string[]): Promise<CountRow[]> {
  const result = await sql<{ office_id: string | null; sent: string | number; completed: string | number }>`
    SELECT office_id::text AS office_id, count(*) AS sent, count(*) FILTER (WHERE status = 'completed') AS completed
    FROM (
      SELECT r.status, ${officeOfRecordSql(db, "r.team_id")} AS office_id FROM referrals r
      WHERE r.organisation_id = ${db.organisationId} AND r.imported_at IS NULL AND r.status <> 'draft'
        AND r.sent_at IS NOT NULL AND ${withinInstants("r.sent_at", period)}
    ) AS sent
    WHERE office_id = ANY(${officeIds}::uuid[])
    GROUP BY GROUPING SETS ((office_id), ())
  `.execute(db.tx);
  return result.rows.flatMap((row) => [
    { office_id: row.office_id, measure: "referrals_sent", count: row.sent },
    { office_id: row.office_id, measure: "referrals_completed", count: row.completed },
  ]);
}

/** Every count of the period for the offices. */
export async function recordCounts(db: ScopedDb, period: ReportPeriod, officeIds: string[]): Promise<RecordCounts> {
  const counts: RecordCounts = { byOffice: new Map(), total: new Map() };
  if (officeIds.length === 0) return counts;
  // For this transaction only: a month of a large organisation is grouped in memory rather than on disk,
  // without compiling the plan (JIT costs more than it saves here), as the helpline figures do.
  await sql`SELECT set_config('work_mem', '64MB', true), set_config('jit', 'off', true)`.execute(db.tx);
  addRows(counts, await assistanceCounts(db, period, officeIds));
  addRows(counts, await caseCounts(db, period, officeIds));
  addRows(counts, await screeningCounts(db, period, officeIds));
  addRows(counts, await hotlineCounts(db, period, officeIds));
  addRows(counts, await referralCounts(db, period, officeIds));
  return counts;
}
