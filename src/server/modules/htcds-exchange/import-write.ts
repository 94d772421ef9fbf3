import { sql } from "kysely";
import type { ScopedDb } from "../../access/scoped-db.js";
import { newRecordId } from "../../db/record-ids.js";
import type { Services } from "../../services.js";
import { recordHistory } from "../cases/case-history.js";
import { nextCaseNumbers } from "../cases/case-numbers.js";
import { resolveOwner } from "../cases/case-owner.js";
import { type BuildContext, forBuilding, type Step } from "./import-build.js";
import type { ImportCase } from "./import-cases.js";
import { insertRecordset, insertSearchKeys, insertValues } from "./import-insert.js";
import { importThread } from "./import-thread.js";

/** Cases per step: a step's rows are built in the worker thread while the statements of the step before run. */
const STEP = 250;
/** Pages of `cases` its statistics may be behind by before they are refreshed: about 200 cases. */
const OUTGROWN_PAGES = 8;

/** The columns of a case an import writes, with their types (see insertRecordset). */
const CASE_COLUMNS = {
  id: "uuid",
  case_number: "text",
  stage: "text",
  status: "text",
  owner_user_id: "uuid",
  team_id: "uuid",
  primary_person_id: "uuid",
  opened_on: "date",
  identified_on: "date",
  closed_on: "date",
  closure_referred: "boolean",
  referring_organisation_name: "text",
  incoming_referral_date: "date",
  incoming_referral_reason: "text",
  sealed: "text",
  exploitation_types: "text[]",
  vulnerability_flags: "text[]",
  citizenships: "text[]",
  created_by: "uuid",
} as const;

/** The columns of a record key row (RecordKeys.make), with their types. */
const RECORD_KEY_COLUMNS = { subject_id: "uuid", wrapped_key: "text" } as const;

/** The columns of consentRow, with their types. */
const CONSENT_COLUMNS = {
  id: "uuid",
  person_id: "uuid",
  case_id: "uuid",
  purpose: "text",
  decision: "text",
  decided_on: "date",
  method: "text",
  language: "text",
  guardian_relationship: "text",
  signature_attachment_id: "uuid",
  sealed: "text",
  recorded_by: "uuid",
} as const;

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
  await insertRecordset(db, "record_keys", RECORD_KEY_COLUMNS, step.recordKeys);
  await insertValues(db, "people", step.people);
  await insertSearchKeys(db, step.searchKeys);
  await insertRecordset(db, "cases", CASE_COLUMNS, step.cases);
  await insertValues(db, "case_people", step.links);
  await insertRecordset(db, "consents", CONSENT_COLUMNS, step.consents);
  await recordHistory(db, step.history);
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
  const numbers = await caseNumbers(db, cases);
  const kit = await services.keyring.sealingKit(db);
  const ctx: BuildContext = { organisationId: db.organisationId, userId: db.actor.userId, owner, via };
  const build = (start: number) => {
    const end = start + STEP;
    const built = importThread.build(kit, ctx, {
      cases: cases.slice(start, end).map(forBuilding),
      caseIds: caseIds.slice(start, end),
      numbers: numbers.slice(start, end),
      personIds: personIds.slice(start, end),
      consentIds: consentIds.slice(start, end),
      linkedAt: Date.now(),
    });
    // Awaited when its turn comes; a failure of the write before must not leave it unhandled.
    built.catch(() => undefined);
    return built;
  };
  let next = build(0);
  for (let start = 0; start < cases.length; start += STEP) {
    const step = await next;
    if (start + STEP < cases.length) next = build(start + STEP);
    await refreshStatisticsIfOutgrown(db);
    await writeStep(db, step);
  }
  return caseIds;
}
