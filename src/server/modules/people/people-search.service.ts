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
import { type BlindKey, blindKeys } from "./search-index.js";

type PersonMatches = z.infer<typeof personMatches>;

/**
 * The keys that find candidates, strongest first; trigrams and birth dates only score the people found.
 * A name of two or more words finds people by its words together first: one common word ("Olena") is
 * shared by thousands of people, and counting them all made each search slower as the caseload grew.
 * Single words come last, for people recorded under one name only.
 */
const FINDING_TIERS: Record<"words" | "word", readonly (readonly KeyKind[])[]> = {
  words: [["identity", "phone", "email", "name_pair"], ["name_block"], ["name"]],
  word: [["identity", "phone", "email", "name"], ["name_phonetic"]],
};
/** Candidates scored in full per query: enough for any real list of look-alikes. */
const CANDIDATE_LIMIT = 100;
/**
 * Index entries read per tier at most. Past this a key is too common to rank by (a family name alone in
 * a large caseload); the entries read are then an arbitrary sample, which is all such a search can mean.
 */
const ENTRIES_PER_TIER = 2000;
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
  const fullBirthDates = await blindKeys(
    db,
    services.keyring,
    keys.filter((key) => key.kind === "birth_date" && key.value.length > 4),
  );
  const top = await findingCandidates(
    db,
    keys,
    blind,
    fullBirthDates.map((key) => key.key),
  );
  if (top.length === 0) {
    db.audit({ action, recordType: "person", recordIds: [] });
    return { items: [] };
  }
  const candidates = await survivors(db, top);
  const visible = await visiblePeople(db, candidates);
  if (visible.length === 0) {
    db.audit({ action, recordType: "person", recordIds: [] });
    return { items: [] };
  }
  const byPerson = await sharedKeyCounts(db, visible, blind);
  const ranked = rankCandidates(keys, [...byPerson.values()]).slice(0, limit);
  const items = await describe(db, services, ranked);
  db.audit({ action, recordType: "person", recordIds: items.map((item) => item.personId) });
  return { items };
}

/**
 * People sharing finding keys with the query, tier by tier until there are enough: within a tier the
 * people sharing the most keys first. Each tier reads at most ENTRIES_PER_TIER index entries, so a common
 * name costs no more than a rare one.
 */
async function findingCandidates(
  db: ScopedDb,
  query: SearchKey[],
  blind: BlindKey[],
  fullBirthDates: string[],
): Promise<string[]> {
  const words = query.filter((key) => key.kind === "name").length;
  // Among people tied on the finding keys (a common full name), those born on the date asked come first.
  // The full date only: few people share one, where a birth year is shared by thousands.
  const dates = fullBirthDates.length === 0 ? [""] : fullBirthDates;
  const found = new Set<string>();
  for (const kinds of FINDING_TIERS[words >= 2 ? "words" : "word"]) {
    const keys = blind.filter((key) => kinds.includes(key.kind as KeyKind)).map((key) => key.key);
    if (keys.length === 0) continue;
    const tier = await sql<{ person_id: string }>`
      SELECT entries.person_id FROM (
        SELECT k.person_id FROM person_search_keys k
        WHERE k.organisation_id = ${db.organisationId}
          AND k.kind = ANY(${kinds as string[]}::text[]) AND k.key = ANY(${keys}::text[])
        LIMIT ${ENTRIES_PER_TIER}
      ) AS entries
      LEFT JOIN (
        SELECT DISTINCT b.person_id FROM person_search_keys b
        WHERE b.organisation_id = ${db.organisationId} AND b.kind = 'birth_date' AND b.key = ANY(${dates}::text[])
      ) AS born USING (person_id)
      GROUP BY entries.person_id
      ORDER BY count(*) DESC, bool_or(born.person_id IS NOT NULL) DESC, entries.person_id
      LIMIT ${CANDIDATE_LIMIT * 2}
    `.execute(db.tx);
    for (const row of tier.rows) if (found.size < CANDIDATE_LIMIT * 2) found.add(row.person_id);
    if (found.size >= CANDIDATE_LIMIT * 2) break;
  }
  return [...found];
}

/**
 * Per candidate and kind of key: how many keys it shares with the query, and its number of trigram keys.
 * A record merged into a candidate counts for the candidate (its spellings still find the person).
 */
async function sharedKeyCounts(db: ScopedDb, candidates: string[], query: BlindKey[]) {
  const merged = await db
    .selectFrom("people")
    .select(["id", "merged_into"])
    .where("merged_into", "=", anyUuid(candidates))
    .execute();
  const survivorOf = new Map<string, string>(candidates.map((id) => [id, id]));
  for (const row of merged) if (row.merged_into) survivorOf.set(row.id, row.merged_into);
  const records = [...survivorOf.keys()];
  const counts = await sql<{ person_id: string; kind: string; shared: number }>`
    SELECT k.person_id, k.kind, count(*)::int AS shared
    FROM person_search_keys k
    WHERE k.organisation_id = ${db.organisationId} AND k.person_id = ANY(${records}::uuid[])
      AND k.key = ANY(${query.map((key) => key.key)}::text[])
    GROUP BY 1, 2
  `.execute(db.tx);
  const trigrams = await db
    .selectFrom("person_name_trigrams")
    .select(["person_id", "keys"])
    .where("person_id", "=", anyUuid(records))
    .execute();
  const byPerson = new Map<string, CandidateMatches>();
  const candidateOf = (record: string) => {
    const personId = survivorOf.get(record) ?? record;
    const candidate = byPerson.get(personId) ?? { personId, matches: {}, trigramCount: 0 };
    byPerson.set(personId, candidate);
    return candidate;
  };
  const most = (candidate: CandidateMatches, kind: KeyKind, shared: number) => {
    candidate.matches[kind] = Math.max(candidate.matches[kind] ?? 0, shared);
  };
  for (const row of counts.rows) most(candidateOf(row.person_id), row.kind as KeyKind, row.shared);
  const queryTrigrams = new Set(query.filter((key) => key.kind === "name_trigram").map((key) => key.key));
  for (const row of trigrams) {
    const candidate = candidateOf(row.person_id);
    most(candidate, "name_trigram", row.keys.filter((key) => queryTrigrams.has(key)).length);
    candidate.trigramCount = Math.max(candidate.trigramCount, row.keys.length);
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
