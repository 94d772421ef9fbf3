import { sql } from "kysely";
import type { ScopedDb } from "../../access/scoped-db.js";
import { newRecordId } from "../../db/record-ids.js";
import type { Services } from "../../services.js";
import { nextCaseNumbers } from "../cases/case-numbers.js";
import { resolveOwner } from "../cases/case-owner.js";
import { type BuildCase, type BuildContext, type CaseShape, forBuilding, type Step, shapeOf } from "./import-build.js";
import type { ImportCase } from "./import-cases.js";
import { insertRecordset, insertSearchKeys } from "./import-insert.js";
import { CASE_HISTORY, CASE_PEOPLE, CASES, CONSENTS, PEOPLE, RECORD_KEYS } from "./import-tables.js";
import { importThread } from "./import-thread.js";

/** Cases per step: a step's rows are built in the worker thread while the statements of the step before run. */
export const STEP = 250;
/** Cases in the first step, which nothing runs beside: the writing starts as soon as it is built. */
export const FIRST_STEP = 25;
/** Pages of `cases` its statistics may be behind by before they are refreshed: about 200 cases. */
const OUTGROWN_PAGES = 8;

/** Case numbers per opening year, counted once per year for a step's cases. */
async function caseNumbers(db: ScopedDb, cases: readonly CaseShape[]): Promise<string[]> {
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

/** A step's cases: their shapes (for ids and numbers), and the cases or the key the thread kept them under. */
export interface StepCases {
  shapes: CaseShape[];
  cases: BuildCase[] | { kept: string };
}

/** Where the cases to write come from, a step's worth at a time; undefined when there are no more. */
export type CaseSource = () => Promise<StepCases | undefined>;

/** Given cases as a source: a small first step, so that writing starts soon, then steps of STEP. */
function inSteps(cases: ImportCase[]): CaseSource {
  let start = 0;
  return async () => {
    if (start >= cases.length) return undefined;
    const end = Math.min(start + (start === 0 ? FIRST_STEP : STEP), cases.length);
    const step = cases.slice(start, end);
    start = end;
    return { shapes: step.map(shapeOf), cases: step.map(forBuilding) };
  };
}

/**
 * Writes the cases with the building blocks of intake (record keys, sealed identity, blind indexes, case
 * numbers, victim context, consents, history), batched: a few statements per table and step. While the
 * database writes one step, the import thread seals and hashes the next (import-thread.ts); the
 * transaction runs one statement at a time.
 */
export function writeCases(
  db: ScopedDb,
  services: Services,
  cases: ImportCase[],
  via: BuildContext["via"] = "import",
): Promise<string[]> {
  return writeCaseSteps(db, services, inSteps(cases), via);
}

/**
 * writeCases for cases that come a step at a time (an import checks a file's rows while it writes):
 * the next step is asked for, numbered and handed to the thread to build before this one is written.
 */
export async function writeCaseSteps(
  db: ScopedDb,
  services: Services,
  source: CaseSource,
  via: BuildContext["via"] = "import",
): Promise<string[]> {
  // A step whose cases were all left out (bad rows skipped) is passed over.
  const nextCases = async () => {
    for (;;) {
      const cases = await source();
      if (cases === undefined || cases.shapes.length > 0) return cases;
    }
  };
  let cases = await nextCases();
  if (!cases) return [];
  const owner = await resolveOwner(db, undefined, undefined);
  const kit = await services.keyring.sealingKit(db);
  const ctx: BuildContext = { organisationId: db.organisationId, userId: db.actor.userId, owner, via };
  const caseIds: string[] = [];
  // Numbered here (a statement), built in the thread: the step comes back as a promise to await later.
  const build = async ({ shapes, cases }: StepCases) => {
    // Every id is made here, on one thread, so that ids made in one millisecond still count up.
    const ids = shapes.map(() => newRecordId());
    caseIds.push(...ids);
    const built = importThread.build(kit, ctx, {
      cases,
      caseIds: ids,
      numbers: await caseNumbers(db, shapes),
      personIds: shapes.map((c) => c.consents.map(() => newRecordId())),
      consentIds: shapes.map((c) => c.consents.map((count) => Array.from({ length: count }, () => newRecordId()))),
      historyIds: shapes.map(() => newRecordId()),
      linkedAt: Date.now(),
    });
    // Awaited when its turn comes; a failure of the write before must not leave it unhandled.
    built.catch(() => undefined);
    return { built };
  };
  let next: Awaited<ReturnType<typeof build>> | undefined = await build(cases);
  while (next) {
    const step = next.built;
    cases = await nextCases();
    next = cases ? await build(cases) : undefined;
    await refreshStatisticsIfOutgrown(db);
    await writeStep(db, await step);
  }
  return caseIds;
}
