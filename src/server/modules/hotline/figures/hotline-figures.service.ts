import { type RawBuilder, sql } from "kysely";
import type {
  HotlineFigures,
  HotlineFiguresQuery,
  HotlineReportFigures,
} from "../../../../shared/api/hotline-figures.js";
import { SMALL_CELL_THRESHOLD, suppressTotal } from "../../../../shared/figures/suppression.js";
import { BUILT_IN_TOPICS } from "../../../../shared/hotline/vocab.js";
import type { ScopedDb } from "../../../access/scoped-db.js";
import { hotlineSettings } from "../contact-values.js";
import { assistedAndOutcomes, fixedScale, handlingTime, partition } from "./figures-suppression.js";

type Counts = { key: string; count: number }[];
interface Period {
  from: string | null;
  to: string | null;
}

const HOURS = Array.from({ length: 24 }, (_, hour) => String(hour));
const WEEKDAYS = ["1", "2", "3", "4", "5", "6", "7"];

/** The period's bounds on a date column; absent bounds add nothing, so a partial index still applies. */
function within(column: string, { from, to }: Period): RawBuilder<unknown> {
  const lower = from ? sql` AND ${sql.ref(column)} >= ${from}::date` : sql``;
  const upper = to ? sql` AND ${sql.ref(column)} <= ${to}::date` : sql``;
  return sql`${lower}${upper}`;
}

/**
 * The daily counts of the period summed per dimension and key, in one statement; the contacts are summed
 * per month instead, which gives the months breakdown and, added up, the contacts. The cost follows the
 * number of days, not of contacts (contact-counts.ts keeps the counts as contacts are completed).
 */
async function summedCounts(db: ScopedDb, period: Period) {
  const result = await sql<{ dimension: string; key: string; count: string | number }>`
    SELECT CASE WHEN dimension = 'contacts' THEN 'month' ELSE dimension END AS dimension,
      CASE WHEN dimension = 'contacts' THEN to_char(day, 'YYYY-MM') ELSE key END AS key,
      sum(count) AS count
    FROM hotline_counts
    WHERE organisation_id = ${db.organisationId}${within("day", period)}
    GROUP BY 1, 2
  `.execute(db.tx);
  const byDimension = new Map<string, Counts>();
  for (const row of result.rows) {
    const count = Number(row.count);
    if (count <= 0) continue;
    const cells = byDimension.get(row.dimension) ?? [];
    cells.push({ key: row.key, count });
    byDimension.set(row.dimension, cells);
  }
  const of = (dimension: string): Counts => byDimension.get(dimension) ?? [];
  const total = (dimension: string) => of(dimension).reduce((sum, cell) => sum + cell.count, 0);
  return { of, total };
}

/**
 * Distinct persons assisted: callers of assisted contacts counted once however often they called. Reads
 * only the index (organisation_id, counted_on, caller_ref); the bound on counted_on is what lets the
 * planner use that partial index. Anonymous contacts ("c:<contact id>") are distinct by construction, so
 * only callers with a person or a number are de-duplicated, and the anonymous ones are the assisted
 * contacts (from the daily counts) less the contacts of those callers: one pass over the index.
 */
async function personsAssisted(db: ScopedDb, period: Period, assistedContacts: number): Promise<number> {
  // For this transaction only. A year of a large hotline has a few hundred thousand callers to de-duplicate:
  // in memory rather than spilled to disk in batches; without compiling the plan (JIT costs more than it
  // saves here); and from the index even when the period covers most of the table, where the default
  // random_page_cost has the planner read the whole table instead, twice as slow (measured at 1M contacts).
  await sql`
    SELECT set_config('work_mem', '64MB', true), set_config('jit', 'off', true),
      set_config('random_page_cost', '1.1', true)
  `.execute(db.tx);
  const result = await sql<{ callers: string | number; contacts: string | number | null }>`
    SELECT count(*) AS callers, sum(contacts) AS contacts
    FROM (
      SELECT caller_ref, count(*) AS contacts
      FROM hotline_contacts
      WHERE organisation_id = ${db.organisationId} AND counted_on IS NOT NULL${within("counted_on", period)}
        AND caller_ref IS NOT NULL AND caller_ref NOT LIKE 'c:%'
      GROUP BY caller_ref
    ) AS callers
  `.execute(db.tx);
  const row = result.rows[0];
  const known = Number(row?.callers ?? 0);
  const anonymous = assistedContacts - Number(row?.contacts ?? 0);
  return known + anonymous;
}

/** Labels of the organisation's own topics among the given codes. */
async function customTopicLabels(db: ScopedDb, codes: readonly string[]) {
  const builtIn = new Set<string>(BUILT_IN_TOPICS);
  const custom = codes.filter((code) => !builtIn.has(code));
  if (custom.length === 0) return [];
  const rows = await db
    .selectFrom("hotline_topics")
    .select(["code", "labels"])
    .where("code", "in", custom)
    .orderBy("code")
    .execute();
  return rows.map((row) => ({ code: row.code, labels: row.labels }));
}

/** The figures of a period, suppressed; no audit (the callers audit their own read). */
async function computeFigures(db: ScopedDb, period: Period): Promise<HotlineFigures> {
  const { timeZone } = await hotlineSettings(db);
  const { of, total } = await summedCounts(db, period);
  const contacts = total("month");
  const consultations = total("consultations");
  const { contactsAssisted, byOutcome } = assistedAndOutcomes(contacts, total("assisted"), of("outcome"));
  const byTopic = partition(of("topic"));
  return {
    from: period.from,
    to: period.to,
    timeZone,
    threshold: SMALL_CELL_THRESHOLD,
    totals: {
      contacts: suppressTotal(contacts),
      consultations: suppressTotal(consultations),
      personsAssisted: suppressTotal(await personsAssisted(db, period, total("assisted"))),
      contactsAssisted,
      escalations: suppressTotal(total("escalation")),
    },
    handling: handlingTime(total("handled"), total("handling_seconds")),
    // Each breakdown of contacts adds up to the contacts; topics and services add up to the consultations.
    byMonth: fixedScale(
      of("month"),
      of("month")
        .map((cell) => cell.key)
        .sort(),
    ),
    byChannel: partition(of("channel")),
    byDirection: partition(of("direction")),
    byLanguage: partition(of("language")),
    byTopic,
    byService: partition(of("service")),
    byCallerType: partition(of("caller_type")),
    byOutcome,
    byCountry: partition(of("country")),
    byEscalation: partition(of("escalation")),
    byHour: fixedScale(of("hour"), HOURS),
    byWeekday: fixedScale(of("weekday"), WEEKDAYS),
    customTopics: await customTopicLabels(
      db,
      byTopic.map((cell) => cell.key),
    ),
  };
}

/** GET /api/hotline/figures: the helpline's figures for a period of local days. Counts only, never a record. */
export async function hotlineFigures(db: ScopedDb, query: HotlineFiguresQuery): Promise<HotlineFigures> {
  const period = { from: query.from ?? null, to: query.to ?? null };
  const figures = await computeFigures(db, period);
  db.audit({ action: "hotline.figures", recordType: "contact", detail: period });
  return figures;
}

/**
 * The headline numbers of the helpline for the situation report ("16,511 consultations in response to
 * 4,444 contacts; 54 persons assisted; in Ukrainian, Czech, English and Russian"), suppressed as the
 * figures are. The report audits its own generation, so this adds no audit entry.
 */
export async function hotlineReportFigures(
  db: ScopedDb,
  period: { from: string; to: string },
): Promise<HotlineReportFigures> {
  const figures = await computeFigures(db, period);
  const topTopics = figures.byTopic
    .filter((cell): cell is { key: string; count: number } => cell.count !== null && cell.count > 0)
    .slice(0, 5);
  return {
    from: period.from,
    to: period.to,
    timeZone: figures.timeZone,
    threshold: figures.threshold,
    contacts: figures.totals.contacts,
    consultations: figures.totals.consultations,
    personsAssisted: figures.totals.personsAssisted,
    byChannel: figures.byChannel,
    byLanguage: figures.byLanguage,
    topTopics,
    customTopics: figures.customTopics.filter((topic) => topTopics.some((cell) => cell.key === topic.code)),
  };
}
