import { sql } from "kysely";
import type { z } from "zod";
import type { duplicateQuery, personMatches, personSearch } from "../../../shared/api/people.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { RecordKeys } from "../../crypto/record-keys.js";
import type { Services } from "../../services.js";
import { caseScope } from "../cases/case-access.js";
import { type CandidateMatches, rankCandidates } from "./matching/ranking.js";
import { indexKeys, type KeyKind, queryKeys, type SearchKey } from "./matching/search-keys.js";
import { anyUuid, visiblePersonIds } from "./people.service.js";
import { displayName, identifyingFields, openIdentity } from "./person-identity.js";
import { blindKeys } from "./search-index.js";

type PersonMatches = z.infer<typeof personMatches>;

/** Kinds selective enough to find candidates; trigrams and birth dates only score those found. */
const FINDING_KINDS: readonly KeyKind[] = ["name", "name_phonetic", "phone", "identity", "email"];
/** Candidates scored in full per query: enough for any real list of look-alikes. */
const CANDIDATE_LIMIT = 100;
const CASE_NUMBER = /^[A-Z]{2}-\d{4}-\d{1,7}$/i;

/**
 * People sharing blind-index keys with the query, ranked. Merged records count for their survivor, and
 * only people the actor may see are considered. Every person shown is recorded in the audit entry.
 */
async function match(
  db: ScopedDb,
  services: Services,
  keys: SearchKey[],
  limit: number,
  action: string,
): Promise<PersonMatches> {
  const blind = await blindKeys(db, services.keyring, keys);
  const finding = blind.filter((key) => FINDING_KINDS.includes(key.kind as KeyKind)).map((key) => key.key);
  if (finding.length === 0) {
    db.audit({ action, recordType: "person", recordIds: [] });
    return { items: [] };
  }
  // The people sharing the most keys first, so a common name does not cut the list at random. Counted on
  // the narrow index alone (erased people have no keys left); merged records then count for their survivor.
  const top = await sql<{ person_id: string }>`
    SELECT k.person_id
    FROM person_search_keys k
    WHERE k.organisation_id = ${db.organisationId}
      AND k.kind = ANY(${FINDING_KINDS as string[]}::text[]) AND k.key = ANY(${finding}::text[])
    GROUP BY 1
    ORDER BY count(*) DESC, 1
    LIMIT ${CANDIDATE_LIMIT * 2}
  `.execute(db.tx);
  const candidates = await survivors(
    db,
    top.rows.map((row) => row.person_id),
  );
  const visible = await visiblePeople(db, candidates);
  if (visible.length === 0) {
    db.audit({ action, recordType: "person", recordIds: [] });
    return { items: [] };
  }
  const byPerson = await sharedKeyCounts(
    db,
    visible,
    blind.map((key) => key.key),
  );
  const ranked = rankCandidates(keys, [...byPerson.values()]).slice(0, limit);
  const items = await describe(db, services, ranked);
  db.audit({ action, recordType: "person", recordIds: items.map((item) => item.personId) });
  return { items };
}

/**
 * Per candidate and kind of key: how many keys it shares with the query, and its number of trigram keys.
 * A record merged into a candidate counts for the candidate (its spellings still find the person).
 */
async function sharedKeyCounts(db: ScopedDb, candidates: string[], queryKeys: string[]) {
  const merged = await db
    .selectFrom("people")
    .select(["id", "merged_into"])
    .where("merged_into", "=", anyUuid(candidates))
    .execute();
  const survivorOf = new Map<string, string>(candidates.map((id) => [id, id]));
  for (const row of merged) if (row.merged_into) survivorOf.set(row.id, row.merged_into);
  const counts = await sql<{ person_id: string; kind: string; shared: number; trigrams: number }>`
    SELECT k.person_id, k.kind,
      count(*) FILTER (WHERE k.key = ANY(${queryKeys}::text[]))::int AS shared,
      count(*) FILTER (WHERE k.kind = 'name_trigram')::int AS trigrams
    FROM person_search_keys k
    WHERE k.organisation_id = ${db.organisationId} AND k.person_id = ANY(${[...survivorOf.keys()]}::uuid[])
    GROUP BY 1, 2
  `.execute(db.tx);
  const byPerson = new Map<string, CandidateMatches>();
  for (const row of counts.rows) {
    const personId = survivorOf.get(row.person_id) ?? row.person_id;
    const candidate = byPerson.get(personId) ?? { personId, matches: {}, trigramCount: 0 };
    const kind = row.kind as KeyKind;
    candidate.matches[kind] = Math.max(candidate.matches[kind] ?? 0, row.shared);
    candidate.trigramCount = Math.max(candidate.trigramCount, row.trigrams);
    byPerson.set(personId, candidate);
  }
  return byPerson;
}

/** The survivors of the given people in their order, without duplicates, erased people left out. */
async function survivors(db: ScopedDb, personIds: string[]): Promise<string[]> {
  if (personIds.length === 0) return [];
  const rows = await db
    .selectFrom("people")
    .select(["id", "merged_into"])
    .where("id", "=", anyUuid(personIds))
    .where("erased_at", "is", null)
    .execute();
  const survivorOf = new Map(rows.map((row) => [row.id, row.merged_into ?? row.id]));
  const ordered = personIds.flatMap((id) => {
    const survivor = survivorOf.get(id);
    return survivor ? [survivor] : [];
  });
  return [...new Set(ordered)].slice(0, CANDIDATE_LIMIT);
}

/** The subset of people the actor may see, in the candidates' order. */
async function visiblePeople(db: ScopedDb, personIds: string[]): Promise<string[]> {
  const visible = await visiblePersonIds(db, personIds);
  return personIds.filter((id) => visible.has(id));
}

async function describe(
  db: ScopedDb,
  services: Services,
  ranked: { personId: string; score: number; reasons: PersonMatches["items"][number]["reasons"] }[],
): Promise<PersonMatches["items"]> {
  if (ranked.length === 0) return [];
  const ids = ranked.map((r) => r.personId);
  const people = await db
    .selectFrom("people")
    .select(["id", "identity", "birth_year"])
    .where("id", "in", ids)
    .execute();
  const keys = await new RecordKeys(services.keyring).load(db, ids);
  const cases = await db
    .selectFrom("case_people")
    .innerJoin("cases", (join) =>
      join
        .onRef("cases.organisation_id", "=", "case_people.organisation_id")
        .onRef("cases.id", "=", "case_people.case_id"),
    )
    .select(["case_people.person_id", "cases.case_number"])
    .where("case_people.person_id", "in", ids)
    .where(caseScope(db))
    .execute();
  const byId = new Map(people.map((p) => [p.id, p]));
  return ranked.flatMap((r) => {
    const person = byId.get(r.personId);
    if (!person) return [];
    return [
      {
        personId: r.personId,
        displayName: displayName(openIdentity(keys.get(r.personId), person.identity)),
        birthYear: person.birth_year,
        score: r.score,
        reasons: r.reasons,
        caseNumbers: cases
          .filter((c) => c.person_id === r.personId)
          .map((c) => c.case_number)
          .sort(),
      },
    ];
  });
}

/** The search box: a name in any spelling, a birth date, phone, document number, or a case number. */
export async function searchPeople(db: ScopedDb, services: Services, input: z.infer<typeof personSearch>) {
  const text = input.query.trim();
  if (CASE_NUMBER.test(text)) {
    const row = await db
      .selectFrom("cases")
      .select(["primary_person_id"])
      .where("case_number", "=", text.toUpperCase())
      .where(caseScope(db))
      .executeTakeFirst();
    const ids = row?.primary_person_id ? [row.primary_person_id] : [];
    const items = await describe(
      db,
      services,
      ids.map((personId) => ({ personId, score: 1, reasons: [] })),
    );
    db.audit({ action: "person.search", recordType: "person", recordIds: ids });
    return { items };
  }
  return match(db, services, queryKeys(text), input.limit, "person.search");
}

/** Ranked candidates for a new intake: the same keys the person would be stored with. */
export async function findDuplicates(db: ScopedDb, services: Services, input: z.infer<typeof duplicateQuery>) {
  return match(
    db,
    services,
    indexKeys(identifyingFields(input.identity, input.birthYear)),
    input.limit,
    "person.duplicates",
  );
}
