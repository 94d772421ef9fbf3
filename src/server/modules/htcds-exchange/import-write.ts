import { sql } from "kysely";
import type { ScopedDb } from "../../access/scoped-db.js";
import { newRecordId } from "../../db/record-ids.js";
import type { Services } from "../../services.js";
import { nextCaseNumbers } from "../cases/case-numbers.js";
import { resolveOwner } from "../cases/case-owner.js";
import { type BuildContext, forBuilding, type Step } from "./import-build.js";
import type { ImportCase } from "./import-cases.js";
import { insertRecordset, insertSearchKeys } from "./import-insert.js";
import { CASE_HISTORY, CASE_PEOPLE, CASES, CONSENTS, PEOPLE, RECORD_KEYS } from "./import-tables.js";
import { importThread } from "./import-thread.js";

/** Cases per step: a step's rows are built in the worker thread while the statements of the step before run. */
const STEP = 250;
/** Cases in the first step, which nothing runs beside: the writing starts as soon as it is built. */
const FIRST_STEP = 25;
/** Pages of `cases` its statistics may be behind by before they are refreshed: about 200 cases. */
const OUTGROWN_PAGES = 8;

/** Case numbers per opening year, counted once per year for the whole import. */
async function caseNumbers(db: ScopedDb, cases: ImportCase[]): Promise<string[]> {
  const byYear = new Map<number, number[]>();
  cases.forEach((c, index) => {
    const year = Number(c.openedOn.slice(0, 4));
    byYear.set(year, [...(byYear.get(year) ?? []), index]);
  });
  const numbers: string[] = new Array(cases.length);
  for (const [year, indexes] of [...byYear].sort((a, b) => a[0] - b[0])) {
    const issued = await nextCaseNumbers(db, year, indexes.length);
    indexes.forEach((index, n) => {
      numbers[index] = issued[n] as string;
    });
  }
  return numbers;
}

/** A step's statements, in the order their references need. */
async function writeStep(db: ScopedDb, step: Step): Promise<void> {
  await insertRecordset(db, RECORD_KEYS, step.recordKeys);
  await insertRecordset(db, PEOPLE, step.people);
  await insertSearchKeys(db, step.searchKeys);
  await insertRecordset(db, CASES, step.cases);
  await insertRecordset(db, CASE_PEOPLE, step.links);
  await insertRecordset(db, CONSENTS, step.consents);
  await insertRecordset(db, CASE_HISTORY, step.history);
}

/**
 * Refreshes the planner's statistics of the tables a bulk write fills once `cases` has grown to twice
 * the pages they describe (migration 0014 says why). Cheap to ask: two numbers of one catalog row.
 */
async function refreshStatisticsIfOutgrown(db: ScopedDb): Promise<void> {
  const size = await sql<{ described: number; now: number }>`
    SELECT greatest(relpages, 0) AS described,
      (pg_relation_size(oid) / current_setting('block_size')::int)::int AS now
    FROM pg_class WHERE oid = 'cases'::regclass
  `.execute(db.tx);
  const row = size.rows[0];
  if (row && row.now >= Math.max(2 * row.described, row.described + OUTGROWN_PAGES)) {
    await sql`SELECT refresh_case_statistics()`.execute(db.tx);
  }
}

/**
 * Writes the cases with the building blocks of intake (record keys, sealed identity, blind indexes, case
 * numbers, victim context, consents, history), batched: a few statements per table and step. While the
 * database writes one step, the import thread seals and hashes the next (import-thread.ts); the
 * transaction runs one statement at a time.
 */
export async function writeCases(
  db: ScopedDb,
  services: Services,
  cases: ImportCase[],
  via: BuildContext["via"] = "import",
): Promise<string[]> {
  if (cases.length === 0) return [];
  const owner = await resolveOwner(db, undefined, undefined);
  // Every id is made here, on one thread, so that ids made in one millisecond still count up.
  const caseIds = cases.map(() => newRecordId());
  const personIds = cases.map((c) => c.rows.map(() => newRecordId()));
  const consentIds = cases.map((c) => c.rows.map((row) => row.consents.map(() => newRecordId())));
  const historyIds = cases.map(() => newRecordId());
  const numbers = await caseNumbers(db, cases);
  const kit = await services.keyring.sealingKit(db);
  const ctx: BuildContext = { organisationId: db.organisationId, userId: db.actor.userId, owner, via };
  const build = (start: number, end: number) => {
    const built = importThread.build(kit, ctx, {
      cases: cases.slice(start, end).map(forBuilding),
      caseIds: caseIds.slice(start, end),
      numbers: numbers.slice(start, end),
      personIds: personIds.slice(start, end),
      consentIds: consentIds.slice(start, end),
      historyIds: historyIds.slice(start, end),
      linkedAt: Date.now(),
    });
    // Awaited when its turn comes; a failure of the write before must not leave it unhandled.
    built.catch(() => undefined);
    return built;
  };
  const ends: number[] = [];
  for (let end = Math.min(FIRST_STEP, cases.length); ; end = Math.min(end + STEP, cases.length)) {
    ends.push(end);
    if (end === cases.length) break;
  }
  let next = build(0, ends[0] as number);
  for (const [index, end] of ends.entries()) {
    const step = await next;
    const after = ends[index + 1];
    if (after !== undefined) next = build(end, after);
    await refreshStatisticsIfOutgrown(db);
    await writeStep(db, step);
  }
  return caseIds;
}
