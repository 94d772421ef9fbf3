import { sql } from "kysely";
import type { ScopedDb, TenantTable } from "../../access/scoped-db.js";
import { type RecordKey, RecordKeys } from "../../crypto/record-keys.js";
import type { Services } from "../../services.js";
import { type HistoryEntry, recordHistory } from "../cases/case-history.js";
import { nextCaseNumbers } from "../cases/case-numbers.js";
import { resolveOwner } from "../cases/case-owner.js";
import { contextColumns } from "../cases/victim-context.js";
import { indexKeys } from "../people/matching/search-keys.js";
import type { PersonInput } from "../people/people.service.js";
import { birthYearOf, identifyingFields, sealIdentity } from "../people/person-identity.js";
import { blindKeys } from "../people/search-index.js";
import type { ImportCase } from "./import-cases.js";

/** Ids per record-key and history statement. */
const BATCH = 1000;
/** Parameters per INSERT: well below PostgreSQL's limit of 65,535. */
const PARAMETERS = 30000;

async function insertAll(db: ScopedDb, table: TenantTable, rows: Record<string, unknown>[]): Promise<void> {
  const columns = Math.max(1, ...rows.slice(0, 50).map((row) => Object.keys(row).length));
  const batch = Math.max(1, Math.floor(PARAMETERS / columns));
  for (let start = 0; start < rows.length; start += batch) {
    await db.insertInto(table, rows.slice(start, start + batch)).execute();
  }
}

/**
 * Blind index entries are many small rows (dozens per person): sent as three arrays per statement rather
 * than three parameters per row. The organisation is given explicitly, as raw statements must.
 */
async function insertSearchKeys(db: ScopedDb, rows: { kind: string; key: string; personId: string }[]) {
  const size = 20000;
  for (let start = 0; start < rows.length; start += size) {
    const part = rows.slice(start, start + size);
    await sql`
      INSERT INTO person_search_keys (organisation_id, kind, key, person_id)
      SELECT ${db.organisationId}::uuid, k.kind, k.key, k.person_id
      FROM unnest(${part.map((r) => r.kind)}::text[], ${part.map((r) => r.key)}::text[],
        ${part.map((r) => r.personId)}::uuid[]) AS k(kind, key, person_id)
    `.execute(db.tx);
  }
}

/** The clear person columns, as createPerson writes them. */
function factColumns(input: PersonInput) {
  return {
    gender: input.gender ?? null,
    sex: input.sex ?? null,
    birth_year_estimated: input.birthYearEstimated ?? false,
    citizenships: input.citizenships ?? [],
    primary_language: input.primaryLanguage ?? null,
    languages: input.languages ?? [],
    education: input.education ?? null,
    marital_status: input.maritalStatus ?? null,
    number_of_children: input.numberOfChildren ?? null,
    migration_statuses: input.migrationStatuses ?? [],
    vulnerability_flags: input.vulnerabilityFlags ?? [],
    disability: input.disability === undefined ? null : JSON.stringify(input.disability),
    deceased: input.deceased ?? false,
  };
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

async function createKeys(db: ScopedDb, services: Services, ids: string[]): Promise<Map<string, RecordKey>> {
  const keys = new Map<string, RecordKey>();
  const recordKeys = new RecordKeys(services.keyring);
  for (let start = 0; start < ids.length; start += BATCH) {
    for (const [id, key] of await recordKeys.create(db, ids.slice(start, start + BATCH))) keys.set(id, key);
  }
  return keys;
}

/**
 * Writes the cases with the building blocks of intake (record keys, sealed identity, blind indexes, case
 * numbers, victim context, consents, history), batched: a few statements per table for the whole file.
 */
export async function writeCases(db: ScopedDb, services: Services, cases: ImportCase[]): Promise<string[]> {
  if (cases.length === 0) return [];
  const { ownerUserId, teamId } = await resolveOwner(db, undefined, undefined);
  const caseIds = cases.map(() => crypto.randomUUID());
  const personIds = cases.map((c) => c.rows.map(() => crypto.randomUUID()));
  const numbers = await caseNumbers(db, cases);
  const keys = await createKeys(db, services, [...caseIds, ...personIds.flat()]);
  const key = (id: string) => keys.get(id) as RecordKey;
  const organisation_id = db.organisationId;

  const people: Record<string, unknown>[] = [];
  const searchKeys: { kind: string; key: string; personId: string }[] = [];
  const casesRows: Record<string, unknown>[] = [];
  const links: Record<string, unknown>[] = [];
  const consents: Record<string, unknown>[] = [];
  const history: HistoryEntry[] = [];
  for (const [index, c] of cases.entries()) {
    const caseId = caseIds[index] as string;
    const ids = personIds[index] as string[];
    for (const [n, row] of c.rows.entries()) {
      const personId = ids[n] as string;
      const identity = row.person.identity;
      people.push({
        organisation_id,
        id: personId,
        identity: sealIdentity(key(personId), identity),
        birth_year: birthYearOf(identity, row.person.birthYear),
        created_by: db.actor.userId,
        ...factColumns(row.person),
      });
      const blind = await blindKeys(
        db,
        services.keyring,
        indexKeys(identifyingFields(identity, birthYearOf(identity, row.person.birthYear))),
      );
      for (const { kind, key: value } of blind) searchKeys.push({ kind, key: value, personId });
      links.push({
        organisation_id,
        case_id: caseId,
        person_id: personId,
        role: row.role,
        relationship: row.relationship,
        ...contextColumns(key(caseId), personId, row.victim, row.perpetrator),
      });
      for (const consent of row.consents) {
        const id = crypto.randomUUID();
        consents.push({
          organisation_id,
          id,
          person_id: personId,
          case_id: caseId,
          purpose: consent.purpose,
          decision: consent.decision,
          decided_on: consent.decidedOn,
          method: consent.method,
          language: consent.language ?? null,
          guardian_relationship: consent.guardian?.relationship ?? null,
          sealed: key(personId).sealJson(`consents.sealed:${id}`, {
            guardianName: consent.guardian?.name,
            note: consent.note ?? null,
          }),
          recorded_by: db.actor.userId,
        });
      }
    }
    const primary = c.rows[0];
    const victim = primary?.victim ?? {};
    casesRows.push({
      organisation_id,
      id: caseId,
      case_number: numbers[index],
      stage: c.stage,
      status: c.status,
      owner_user_id: ownerUserId,
      team_id: teamId,
      primary_person_id: ids[0],
      opened_on: c.openedOn,
      identified_on: c.identifiedOn,
      closed_on: c.closedOn,
      closure_referred: c.closedReferred,
      referring_organisation_name: c.referral.organisationName,
      incoming_referral_date: c.referral.date,
      incoming_referral_reason: c.referral.reason,
      sealed: key(caseId).sealJson("cases.sealed", {
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
    history.push({ caseId, action: "case.opened", changes: { stage: { from: null, to: c.stage }, imported: true } });
  }
  await insertAll(db, "people", people);
  await insertSearchKeys(db, searchKeys);
  await insertAll(db, "cases", casesRows);
  await insertAll(db, "case_people", links);
  await insertAll(db, "consents", consents);
  for (let start = 0; start < history.length; start += BATCH) {
    await recordHistory(db, history.slice(start, start + BATCH));
  }
  return caseIds;
}
