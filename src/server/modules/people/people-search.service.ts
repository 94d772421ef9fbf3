import { sql } from "kysely";
import type { z } from "zod";
import type { duplicateQuery, personMatches, personSearch } from "../../../shared/api/people.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import type { Services } from "../../services.js";
import { caseScope } from "../cases/case-access.js";
import { type CandidateMatches, rankCandidates } from "./matching/ranking.js";
import { indexKeys, type KeyKind, queryKeys, type SearchKey } from "./matching/search-keys.js";
import { personVisible, shownPeople } from "./people.service.js";
import { identifyingFields } from "./person-identity.js";
import { type BlindKey, blindKeysOfEach } from "./search-index.js";

type PersonMatches = z.infer<typeof personMatches>;

/**
 * The keys that find candidates, strongest first; trigrams and birth years only score the people found.
 * A name of two or more words finds people by its words together first: one common word ("Olena") is
 * shared by thousands of people, and counting them all made each search slower as the caseload grew.
 * Single words come next, for people recorded under one name only; a birth year alone comes last.
 * `birth_date` in a tier means the full date (few people share one), `birth_year` the year.
 */
type FindingKind = KeyKind | "birth_year";
const FINDING_TIERS: Record<"words" | "word", readonly (readonly FindingKind[])[]> = {
  words: [["identity", "phone", "email", "name_pair", "birth_date"], ["name_block"], ["name"], ["birth_year"]],
  word: [["identity", "phone", "email", "name", "birth_date"], ["name_phonetic"], ["birth_year"]],
};
/** Candidates scored in full per query: enough for any real list of look-alikes. */
const CANDIDATE_LIMIT = 100;
/**
 * Index entries read per tier at most. Past this a key is too common to rank by (a family name alone in
 * a large caseload); the entries read are then an arbitrary sample, which is all such a search can mean.
 */
const ENTRIES_PER_TIER = 2000;
/** People of a tier whose records are looked up (merged, erased, visible): the best-matching ones. */
const PEOPLE_PER_TIER = 200;
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
  // Full birth dates and years are both of kind birth_date; the tiers look them up apart.
  const dates = keys.filter((key) => key.kind === "birth_date");
  const [blind = [], fullDates = [], years = []] = await blindKeysOfEach(db, services.keyring, [
    keys,
    dates.filter((key) => key.value.length > 4),
    dates.filter((key) => key.value.length === 4),
  ]);
  const visible = await findingCandidates(db, keys, blind, { fullDates, years }, limit);
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

/** The blind keys a tier looks up: full birth dates and years apart, though both are of kind birth_date. */
function tierKeys(
  kinds: readonly FindingKind[],
  blind: BlindKey[],
  birth: { fullDates: BlindKey[]; years: BlindKey[] },
) {
  const keys = blind.filter((key) => kinds.includes(key.kind as KeyKind) && key.kind !== "birth_date");
  if (kinds.includes("birth_date")) keys.push(...birth.fullDates);
  if (kinds.includes("birth_year")) keys.push(...birth.years);
  return keys;
}

/**
 * The people the actor may see who share finding keys with the query, tier by tier until there are
 * `wanted` of them: within a tier the people sharing the most keys first, then those born on the date
 * asked. A record merged into another counts as its survivor; erased records find no one. Each tier reads
 * at most ENTRIES_PER_TIER index entries, so a common name costs no more than a rare one; a later tier
 * only adds people after the stronger matches of the earlier ones.
 */
async function findingCandidates(
  db: ScopedDb,
  query: SearchKey[],
  blind: BlindKey[],
  birth: { fullDates: BlindKey[]; years: BlindKey[] },
  wanted: number,
): Promise<string[]> {
  const words = query.filter((key) => key.kind === "name").length;
  // Among people tied on the finding keys (a common full name), those born on the date asked come first.
  const dates = birth.fullDates.map((key) => key.key);
  // Twice the list asked for: ranking by name likeness and birth date reorders what the keys found.
  const pool = Math.min(CANDIDATE_LIMIT, 2 * wanted);
  const found: string[] = [];
  for (const kinds of FINDING_TIERS[words >= 2 ? "words" : "word"]) {
    const keys = tierKeys(kinds, blind, birth);
    if (keys.length === 0) continue;
    // One key and no date to prefer: every entry is another person, equal to the rest, and the index
    // gives them in the order the ranking below would; reading past the people ranked would be waste.
    const entries = keys.length === 1 && birth.fullDates.length === 0 ? PEOPLE_PER_TIER : ENTRIES_PER_TIER;
    // The people rows (merged, erased) are read lazily, in rank order, with the visibility check: a tier
    // stops as soon as its best matches fill the pool. Nothing reorders the ranked rows above the limit
    // (a nested loop keeps its outer order), as the ranking needs; duplicates (two records of one
    // survivor) are dropped below.
    const tier = await sql<{ person_id: string }>`
      SELECT survivor.person_id
      FROM (
        SELECT entries.person_id, count(*) AS shared, bool_or(born.person_id IS NOT NULL) AS born
        FROM (
          SELECT k.person_id FROM person_search_keys k
          WHERE k.organisation_id = ${db.organisationId}
            AND k.key = ANY(${keys.map((key) => key.key)}::bigint[])
          LIMIT ${entries}
        ) AS entries
        LEFT JOIN (
          SELECT DISTINCT b.person_id FROM person_search_keys b
          WHERE b.organisation_id = ${db.organisationId} AND b.key = ANY(${dates}::bigint[])
        ) AS born USING (person_id)
        GROUP BY entries.person_id
        ORDER BY shared DESC, born DESC, entries.person_id
        LIMIT ${PEOPLE_PER_TIER}
      ) AS matched
      CROSS JOIN LATERAL (
        -- Who created the survivor, for the visibility check: the row read here unless it was merged.
        SELECT coalesce(p.merged_into, p.id) AS person_id,
          CASE WHEN p.merged_into IS NULL THEN p.created_by ELSE (
            SELECT s.created_by FROM people s WHERE s.organisation_id = ${db.organisationId} AND s.id = p.merged_into
          ) END AS created_by
        FROM people p
        WHERE p.organisation_id = ${db.organisationId} AND p.id = matched.person_id AND p.erased_at IS NULL
        -- A fence: inlined, coalesce(...) would reach the visibility lookups below, which no index serves.
        OFFSET 0
      ) AS survivor
      WHERE survivor.person_id <> ALL(${[...found]}::uuid[])
        AND ${personVisible(db, sql.ref("survivor.person_id"), sql.ref("survivor.created_by"))}
      LIMIT ${pool - found.length}
    `.execute(db.tx);
    for (const row of tier.rows) if (!found.includes(row.person_id)) found.push(row.person_id);
    if (found.length >= wanted) break;
  }
  return found;
}

/**
 * Per candidate and kind of key: how many keys it shares with the query, and its number of trigram keys.
 * A record merged into a candidate counts for the candidate (its spellings still find the person).
 */
async function sharedKeyCounts(db: ScopedDb, candidates: string[], query: BlindKey[]) {
  // One statement: the records behind each candidate (itself and those merged into it), the keys each
  // shares with the query by kind, and how many of each one's trigrams the query shares.
  const organisation = db.organisationId;
  const trigrams = query.filter((key) => key.kind === "name_trigram").map((key) => key.key);
  const keys = query.map((key) => key.key);
  const rows = await sql<{ candidate: string; kind: string; shared: number; trigrams: number | null }>`
    WITH records AS (
      SELECT asked.id AS candidate, asked.id AS record FROM unnest(${candidates}::uuid[]) AS asked(id)
      UNION ALL
      SELECT p.merged_into, p.id FROM people p
      WHERE p.organisation_id = ${organisation} AND p.merged_into = ANY(${candidates}::uuid[])
    )
    SELECT r.candidate, k.kind, k.shared, NULL::int AS trigrams
    FROM records r
    -- Each record's own keys (about ten), read by person and counted against the query's. A plain join
    -- let the planner read every entry of the query's keys instead, thousands for a common name; a
    -- condition on the key let it look each of the query's keys up again per record, in the primary key.
    CROSS JOIN LATERAL (
      SELECT k.kind, count(*) FILTER (WHERE k.key = ANY(${keys}::bigint[]))::int AS shared
      FROM person_search_keys k
      WHERE k.organisation_id = ${organisation} AND k.person_id = r.record
      GROUP BY k.kind
    ) AS k
    WHERE k.shared > 0
    UNION ALL
    -- Trigram sets are compared here: sending them back whole cost more than the comparison.
    SELECT r.candidate, 'name_trigram',
      (SELECT count(*) FROM unnest(t.keys) AS stored(key) WHERE stored.key = ANY(${trigrams}::bigint[]))::int,
      cardinality(t.keys)
    FROM records r
    JOIN person_name_trigrams t ON t.organisation_id = ${organisation} AND t.person_id = r.record
  `.execute(db.tx);
  const byPerson = new Map<string, CandidateMatches>();
  for (const row of rows.rows) {
    const candidate = byPerson.get(row.candidate) ?? { personId: row.candidate, matches: {}, trigramCount: 0 };
    byPerson.set(row.candidate, candidate);
    const kind = row.kind as KeyKind;
    candidate.matches[kind] = Math.max(candidate.matches[kind] ?? 0, row.shared);
    if (row.trigrams !== null) candidate.trigramCount = Math.max(candidate.trigramCount, row.trigrams);
  }
  return byPerson;
}

async function describe(
  db: ScopedDb,
  services: Services,
  ranked: { personId: string; score: number; reasons: PersonMatches["items"][number]["reasons"] }[],
): Promise<PersonMatches["items"]> {
  if (ranked.length === 0) return [];
  const ids = ranked.map((r) => r.personId);
  // Case numbers come with the names: one statement for both.
  const people = await shownPeople(db, services, ids, { caseNumbers: true });
  return ranked.flatMap((r) => {
    const person = people.get(r.personId);
    if (!person) return [];
    return [
      {
        personId: r.personId,
        displayName: person.name,
        birthYear: person.birthYear,
        score: r.score,
        reasons: r.reasons,
        caseNumbers: person.caseNumbers,
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
