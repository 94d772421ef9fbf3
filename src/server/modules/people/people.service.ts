import { type RawBuilder, type Selectable, type SqlBool, sql } from "kysely";
import type { z } from "zod";
import type { person, personInput, personPatch } from "../../../shared/api/people.js";
import { addDays, todayIso } from "../../../shared/dates.js";
import { ageBand } from "../../../shared/htcds/index.js";
import { AppError, invalidField, notFound } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { type RecordKey, RecordKeys } from "../../crypto/record-keys.js";
import { newRecordId } from "../../db/record-ids.js";
import type { PeopleTable } from "../../db/schema-cases.js";
import type { Services } from "../../services.js";
import { caseScope } from "../cases/case-access.js";
import { indexKeys } from "./matching/search-keys.js";
import {
  birthYearOf,
  displayName,
  identifyingFields,
  openIdentity,
  type PersonIdentity,
  sealIdentity,
} from "./person-identity.js";
import { writeSearchKeys } from "./search-index.js";

export type PersonInput = z.infer<typeof personInput>;
type PersonPatch = z.infer<typeof personPatch>;
export type ApiPerson = z.infer<typeof person>;
export type PersonRow = Selectable<PeopleTable>;

/** Rejects what cannot be true of a person, naming the field (prefix: where the person sits in the body). */
export function checkPerson(input: Partial<PersonInput>, prefix: string): void {
  const birthDate = input.identity?.birthDate;
  if (birthDate && birthDate > addDays(todayIso(), 1)) throw invalidField(`${prefix}.identity.birthDate`, "in_future");
  if (birthDate && input.birthYear != null && Number(birthDate.slice(0, 4)) !== input.birthYear)
    throw invalidField(`${prefix}.birthYear`, "birth_year_mismatch");
  if (input.birthYear != null && input.birthYear > Number(todayIso().slice(0, 4)))
    throw invalidField(`${prefix}.birthYear`, "in_future");
}

/** The clear facts an input gives, as columns; what it leaves out is not set (a new row takes the defaults). */
export function personFactColumns(input: Partial<PersonInput>) {
  return {
    ...(input.gender !== undefined && { gender: input.gender }),
    ...(input.sex !== undefined && { sex: input.sex }),
    ...(input.birthYearEstimated !== undefined && { birth_year_estimated: input.birthYearEstimated }),
    ...(input.citizenships !== undefined && { citizenships: input.citizenships }),
    ...(input.primaryLanguage !== undefined && { primary_language: input.primaryLanguage }),
    ...(input.languages !== undefined && { languages: input.languages }),
    ...(input.education !== undefined && { education: input.education }),
    ...(input.maritalStatus !== undefined && { marital_status: input.maritalStatus }),
    ...(input.numberOfChildren !== undefined && { number_of_children: input.numberOfChildren }),
    ...(input.migrationStatuses !== undefined && { migration_statuses: input.migrationStatuses }),
    ...(input.vulnerabilityFlags !== undefined && { vulnerability_flags: input.vulnerabilityFlags }),
    ...(input.disability !== undefined && { disability: JSON.stringify(input.disability) }),
    ...(input.deceased !== undefined && { deceased: input.deceased }),
  };
}

/** Creates a person with a key of their own, the sealed identity and the blind index entries. */
export async function createPerson(
  db: ScopedDb,
  services: Services,
  input: PersonInput,
  prefix = "body.person",
): Promise<{ id: string; key: RecordKey }> {
  checkPerson(input, prefix);
  const id = newRecordId();
  const key = (await new RecordKeys(services.keyring).create(db, [id])).get(id) as RecordKey;
  await db
    .insertInto("people", [
      {
        organisation_id: db.organisationId,
        id,
        identity: sealIdentity(key, input.identity),
        birth_year: birthYearOf(input.identity, input.birthYear),
        created_by: db.actor.userId,
        ...personFactColumns(input),
      },
    ])
    .execute();
  await writeSearchKeys(db, services.keyring, id, indexKeys(identifyingFields(input.identity, input.birthYear)), {
    newPerson: true,
  });
  return { id, key };
}

export function toApiPerson(row: PersonRow, key: RecordKey | undefined): ApiPerson {
  const identity = row.erased_at ? null : openIdentity(key, row.identity);
  return {
    id: row.id,
    displayName: displayName(identity),
    gender: row.gender,
    sex: row.sex,
    birthYear: row.birth_year,
    birthYearEstimated: row.birth_year_estimated,
    ageBand: row.birth_year ? ageBand(Number(todayIso().slice(0, 4)) - row.birth_year) : null,
    citizenships: row.citizenships,
    primaryLanguage: row.primary_language,
    languages: row.languages,
    education: row.education,
    maritalStatus: row.marital_status,
    numberOfChildren: row.number_of_children,
    migrationStatuses: row.migration_statuses,
    vulnerabilityFlags: row.vulnerability_flags,
    disability: (row.disability as Record<string, string> | null) ?? null,
    deceased: row.deceased,
    identity,
    erased: row.erased_at !== null,
    mergedInto: row.merged_into,
    version: row.version,
    createdAt: row.created_at.toISOString(),
  };
}

/**
 * "= ANY($1::uuid[])": one parameter for a list of ids. A search passes up to a few hundred, and planning
 * an IN list of that many parameters cost more than running the query.
 */
export const anyUuid = (ids: readonly string[]) => sql<string>`ANY(${[...ids]}::uuid[])`;

/**
 * Whether the actor may see the person `personId` names: one linked to a case within the actor's record
 * scope (people exist for their cases), or one the actor created and has not linked yet. The one rule of
 * who sees a person, for lists of ids and inside the search's queries. Written as two scalar lookups
 * rather than EXISTS … OR EXISTS: the planner may answer that by hashing every case of the organisation,
 * where a lookup per person is what a list of candidates needs. A query that has read the person's row
 * already passes its `created_by` as `createdBy`, which spares the first lookup: in a name search that
 * lookup was a third of the pages read for the candidates.
 */
export function personVisible(
  db: ScopedDb,
  personId: RawBuilder<string>,
  createdBy?: RawBuilder<string | null>,
): RawBuilder<SqlBool> {
  const organisation = db.organisationId;
  const userId = db.actor.userId;
  // true or NULL, never false: coalesce then goes on to the cases.
  const created = !userId
    ? sql`NULL::boolean`
    : createdBy
      ? sql`(${createdBy} = ${userId} OR NULL)`
      : sql`(SELECT true FROM people mine WHERE mine.organisation_id = ${organisation} AND mine.id = ${personId}
        AND mine.created_by = ${userId})`;
  return sql<SqlBool>`coalesce(${created}, (SELECT true FROM case_people
    JOIN cases ON cases.organisation_id = case_people.organisation_id AND cases.id = case_people.case_id
    WHERE case_people.organisation_id = ${organisation} AND case_people.person_id = ${personId}
      AND ${caseScope(db)} LIMIT 1), false)`;
}

/** Which of the given people the actor may see (see personVisible). */
export async function visiblePersonIds(db: ScopedDb, personIds: readonly string[]): Promise<Set<string>> {
  if (personIds.length === 0) return new Set();
  const rows = await sql<{ id: string }>`
    SELECT asked.id FROM unnest(${[...personIds]}::uuid[]) AS asked(id)
    WHERE ${personVisible(db, sql.ref("asked.id"))}
  `.execute(db.tx);
  return new Set(rows.rows.map((row) => row.id));
}

/** A person as a list or a search result shows them. */
export interface ShownPerson {
  /** Empty when the person was erased or recorded without a name. */
  name: string;
  birthYear: number | null;
  erased: boolean;
  /** The numbers of the cases of the person the caller may see, when asked for. */
  caseNumbers: string[];
}

/** A person row read together with its record key (a left join on record_keys). */
export interface ShownPersonRow {
  id: string;
  identity: string | null;
  birth_year: number | null;
  erased_at: Date | null;
  wrapped_key: string | null;
  case_numbers?: string[] | null;
}

/** Opens the names of people rows read with their record keys. */
export async function openShownPeople(
  db: ScopedDb,
  services: Services,
  rows: readonly ShownPersonRow[],
): Promise<Map<string, ShownPerson>> {
  const keys = await new RecordKeys(services.keyring).unwrap(
    db,
    rows.map((row) => ({ subject_id: row.id, wrapped_key: row.wrapped_key })),
  );
  return new Map(
    rows.map((row) => [
      row.id,
      {
        name: row.erased_at ? "" : displayName(openIdentity(keys.get(row.id), row.identity)),
        birthYear: row.birth_year,
        erased: row.erased_at !== null,
        caseNumbers: row.case_numbers ?? [],
      },
    ]),
  );
}

/**
 * The names of the given people, each read with their record key (and, when asked, the numbers of
 * their cases in the caller's reach) in one statement: lists and searches show many at a time, and are
 * read often. Visibility is the caller's to check.
 */
export async function shownPeople(
  db: ScopedDb,
  services: Services,
  personIds: readonly string[],
  options: { caseNumbers?: boolean } = {},
): Promise<Map<string, ShownPerson>> {
  if (personIds.length === 0) return new Map();
  const rows = await db
    .selectFrom("people")
    .leftJoin("record_keys", (join) =>
      join
        .onRef("record_keys.organisation_id", "=", "people.organisation_id")
        .onRef("record_keys.subject_id", "=", "people.id"),
    )
    .select(["people.id", "people.identity", "people.birth_year", "people.erased_at", "record_keys.wrapped_key"])
    .$if(options.caseNumbers === true, (query) =>
      query.select((eb) =>
        eb
          .selectFrom("case_people")
          .innerJoin("cases", (join) =>
            join
              .onRef("cases.organisation_id", "=", "case_people.organisation_id")
              .onRef("cases.id", "=", "case_people.case_id"),
          )
          .select(sql<string[]>`array_agg(cases.case_number ORDER BY cases.case_number)`.as("numbers"))
          .whereRef("case_people.person_id", "=", "people.id")
          .where(caseScope(db))
          .as("case_numbers"),
      ),
    )
    .where("people.id", "in", [...personIds])
    .execute();
  return openShownPeople(db, services, rows);
}

/** A person the actor may see (see visiblePersonIds), or 404. */
export async function findVisiblePerson(db: ScopedDb, personId: string): Promise<PersonRow> {
  if (!(await visiblePersonIds(db, [personId])).has(personId)) throw notFound();
  const row = await db.selectFrom("people").selectAll().where("id", "=", personId).executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

export async function updatePerson(
  db: ScopedDb,
  services: Services,
  row: PersonRow,
  patch: PersonPatch,
): Promise<void> {
  if (row.version !== patch.version) throw new AppError("conflict");
  if (row.erased_at && patch.identity) throw invalidField("body.identity", "erased");
  const keys = new RecordKeys(services.keyring);
  const key = await keys.loadOne(db, row.id);
  const current = openIdentity(key, row.identity);
  const identity: PersonIdentity | null = patch.identity ? { ...current, ...patch.identity } : current;
  checkPerson({ ...patch, identity: identity ?? undefined }, "body");
  const set: Record<string, unknown> = {
    ...personFactColumns(patch),
    version: row.version + 1,
    updated_at: new Date(),
  };
  if (patch.identity && identity && key) {
    set.identity = sealIdentity(key, identity);
    set.birth_year = birthYearOf(identity, patch.birthYear ?? row.birth_year);
  } else if (patch.birthYear !== undefined) {
    set.birth_year = patch.birthYear;
  }
  await db.updateTable("people").set(set).where("id", "=", row.id).where("version", "=", row.version).execute();
  if (patch.identity && identity)
    await writeSearchKeys(
      db,
      services.keyring,
      row.id,
      indexKeys(identifyingFields(identity, (set.birth_year as number | null | undefined) ?? row.birth_year)),
    );
}
