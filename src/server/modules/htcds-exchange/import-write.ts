import { sql } from "kysely";
import type { ScopedDb } from "../../access/scoped-db.js";
import { type RecordKey, RecordKeys } from "../../crypto/record-keys.js";
import { newRecordId } from "../../db/record-ids.js";
import type { Services } from "../../services.js";
import { type HistoryEntry, recordHistory } from "../cases/case-history.js";
import { nextCaseNumbers } from "../cases/case-numbers.js";
import { resolveOwner } from "../cases/case-owner.js";
import { contextColumns } from "../cases/victim-context.js";
import { consentRow } from "../people/consents.service.js";
import { indexKeys } from "../people/matching/search-keys.js";
import { personFactColumns } from "../people/people.service.js";
import { birthYearOf, identifyingFields, sealIdentity } from "../people/person-identity.js";
import { blindKeysOfEach } from "../people/search-index.js";
import type { ImportCase } from "./import-cases.js";
import { insertRecordset, insertSearchKeys, insertValues, type SearchKeyRows } from "./import-insert.js";

/** Cases per step: a step's rows are built while the statements of the step before run. */
const STEP = 250;
/** Pages of `cases` its statistics may be behind by before they are refreshed: about 200 cases. */
const OUTGROWN_PAGES = 8;
/** Cases built between two turns of the event loop (a few milliseconds), so that the next statement is sent without delay. */
const CASES_PER_TURN = 10;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

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

interface Context {
  db: ScopedDb;
  services: Services;
  owner: { ownerUserId: string | null; teamId: string | null };
  /** How the cases came in, for their history: a file import or a batch of intakes. */
  via: "import" | "batch";
}

interface Step {
  recordKeys: object[];
  people: Record<string, unknown>[];
  searchKeys: SearchKeyRows;
  cases: Record<string, unknown>[];
  links: Record<string, unknown>[];
  consents: object[];
  history: HistoryEntry[];
}

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

/**
 * The rows of some cases, as intake would write them, with the record keys they are sealed under. No
 * statement runs (the organisation's keys are cached after the first use), so the database can write the
 * step before meanwhile. The work is done a few cases at a time, with a turn of the event loop between:
 * a longer stretch would leave the answer of the statement running unread, and the database idle.
 */
async function buildStep(
  ctx: Context,
  cases: ImportCase[],
  caseIds: string[],
  numbers: string[],
  personIds: string[][],
) {
  const step: Step = {
    recordKeys: [],
    people: [],
    searchKeys: { kinds: [], keys: [], personIds: [] },
    cases: [],
    links: [],
    consents: [],
    history: [],
  };
  const linkedAt = Date.now();
  for (let start = 0; start < cases.length; start += CASES_PER_TURN) {
    if (start > 0) await nextTurn();
    const end = start + CASES_PER_TURN;
    await buildCases(ctx, step, linkedAt, {
      cases: cases.slice(start, end),
      caseIds: caseIds.slice(start, end),
      numbers: numbers.slice(start, end),
      personIds: personIds.slice(start, end),
    });
  }
  return step;
}

/** Adds a few cases' rows to the step. */
async function buildCases(
  ctx: Context,
  step: Step,
  linkedAt: number,
  part: { cases: ImportCase[]; caseIds: string[]; numbers: string[]; personIds: string[][] },
): Promise<void> {
  const { db } = ctx;
  const made = await new RecordKeys(ctx.services.keyring).make(db, [...part.caseIds, ...part.personIds.flat()]);
  step.recordKeys.push(...made.rows);
  const key = (id: string) => made.keys.get(id) as RecordKey;
  const organisation_id = db.organisationId;
  const { searchKeys } = step;
  const blind = await blindKeysOfEach(
    db,
    ctx.services.keyring,
    part.cases.flatMap((c) =>
      c.rows.map((row) => {
        const identity = row.person.identity;
        return indexKeys(identifyingFields(identity, birthYearOf(identity, row.person.birthYear)));
      }),
    ),
  );
  let next = 0;
  for (const [index, c] of part.cases.entries()) {
    const caseId = part.caseIds[index] as string;
    const ids = part.personIds[index] as string[];
    for (const [n, row] of c.rows.entries()) {
      const personId = ids[n] as string;
      const identity = row.person.identity;
      step.people.push({
        organisation_id,
        id: personId,
        identity: sealIdentity(key(personId), identity),
        birth_year: birthYearOf(identity, row.person.birthYear),
        created_by: db.actor.userId,
        ...personFactColumns(row.person),
      });
      for (const { kind, key: value } of blind[next++] ?? []) {
        searchKeys.kinds.push(kind);
        searchKeys.keys.push(value);
        searchKeys.personIds.push(personId);
      }
      step.links.push({
        organisation_id,
        case_id: caseId,
        person_id: personId,
        // A millisecond apart, in the file's order: the case lists its people as the file did.
        created_at: new Date(linkedAt + step.links.length),
        role: row.role,
        relationship: row.relationship,
        ...contextColumns(key(caseId), personId, row.victim, row.perpetrator),
      });
      for (const consent of row.consents) {
        step.consents.push(consentRow(db, newRecordId(), { id: personId, key: key(personId) }, { ...consent, caseId }));
      }
    }
    const primary = c.rows[0];
    const victim = primary?.victim ?? {};
    step.cases.push({
      id: caseId,
      case_number: part.numbers[index],
      stage: c.stage,
      status: c.status,
      owner_user_id: ctx.owner.ownerUserId,
      team_id: ctx.owner.teamId,
      primary_person_id: ids[0],
      opened_on: c.openedOn,
      identified_on: c.identifiedOn,
      closed_on: c.closedOn,
      closure_referred: c.closedReferred,
      referring_organisation_name: c.referral.organisationName,
      incoming_referral_date: c.referral.date,
      incoming_referral_reason: c.referral.reason,
      sealed: key(caseId).sealFields("cases.sealed", {
        incomingReferralDetails: c.referral.details,
        ...(c.closureReason && { closureReason: c.closureReason }),
      }),
      exploitation_types: victim.exploitationTypes ?? [],
      vulnerability_flags: [
        ...new Set([...(primary?.person.vulnerabilityFlags ?? []), ...(victim.victimVulnerabilities ?? [])]),
      ],
      citizenships: primary?.person.citizenships ?? [],
      created_by: db.actor.userId,
    });
    step.history.push({
      caseId,
      action: "case.opened",
      changes: { stage: { from: null, to: c.stage }, ...(ctx.via === "import" ? { imported: true } : { batch: true }) },
    });
  }
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
 * database writes one step, the next one is sealed and hashed; the transaction runs one statement at a
 * time.
 */
export async function writeCases(
  db: ScopedDb,
  services: Services,
  cases: ImportCase[],
  via: Context["via"] = "import",
): Promise<string[]> {
  if (cases.length === 0) return [];
  const owner = await resolveOwner(db, undefined, undefined);
  const caseIds = cases.map(() => newRecordId());
  const personIds = cases.map((c) => c.rows.map(() => newRecordId()));
  const numbers = await caseNumbers(db, cases);
  const ctx: Context = { db, services, owner, via };
  await refreshStatisticsIfOutgrown(db);
  let writing: Promise<void> = Promise.resolve();
  try {
    for (let start = 0; start < cases.length; start += STEP) {
      const end = start + STEP;
      const step = await buildStep(
        ctx,
        cases.slice(start, end),
        caseIds.slice(start, end),
        numbers.slice(start, end),
        personIds.slice(start, end),
      );
      await writing;
      await refreshStatisticsIfOutgrown(db);
      writing = writeStep(db, step);
      // Awaited on a later turn; until then a failure must not count as unhandled.
      writing.catch(() => undefined);
    }
    await writing;
  } finally {
    // A step still being written must finish before the transaction ends, failed or not.
    await writing.catch(() => undefined);
  }
  return caseIds;
}
