import { sql } from "kysely";
import type { z } from "zod";
import type { duplicateQuery, personMatches, personSearch } from "../../../shared/api/people.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { RecordKeys } from "../../crypto/record-keys.js";
import type { Services } from "../../services.js";
import { caseScope } from "../cases/case-access.js";
import { type CandidateMatches, rankCandidates } from "./matching/ranking.js";
import { indexKeys, type KeyKind, queryKeys, type SearchKey } from "./matching/search-keys.js";
import { visiblePersonIds } from "./people.service.js";
import { displayName, identifyingFields, openIdentity } from "./person-identity.js";
import { blindKeys, kindOfKey } from "./search-index.js";

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
  const finding = blind.filter((key) => FINDING_KINDS.includes(kindOfKey(key) as KeyKind));
  if (finding.length === 0) {
    db.audit({ action, recordType: "person", recordIds: [] });
    return { items: [] };
  }
  // The people sharing the most selective keys first, so a common name does not cut the list at random.
  const candidates = await sql<{ person_id: string }>`
    SELECT coalesce(p.merged_into, p.id) AS person_id
    FROM people p
    WHERE p.search_keys && ${finding}::text[] AND p.organisation_id = ${db.organisationId} AND p.erased_at IS NULL
    GROUP BY 1
    ORDER BY max((SELECT count(*) FROM unnest(p.search_keys) k WHERE k = ANY(${finding}::text[]))) DESC, 1
    LIMIT ${CANDIDATE_LIMIT}
  `.execute(db.tx);
  const visible = await visiblePeople(
    db,
    candidates.rows.map((row) => row.person_id),
  );
  if (visible.length === 0) {
    db.audit({ action, recordType: "person", recordIds: [] });
    return { items: [] };
  }
  const byPerson = await sharedKeyCounts(db, visible, new Set(blind));
  const ranked = rankCandidates(keys, [...byPerson.values()]).slice(0, limit);
  const items = await describe(db, services, ranked);
  db.audit({ action, recordType: "person", recordIds: items.map((item) => item.personId) });
  return { items };
}

/**
 * Per candidate and kind of key: how many keys it shares with the query, and its number of trigram keys.
 * A record merged into a candidate counts for the candidate (its spellings still find the person).
 */
async function sharedKeyCounts(db: ScopedDb, candidates: string[], queryKeys: ReadonlySet<string>) {
  const rows = await db
    .selectFrom("people")
    .select(["id", "merged_into", "search_keys"])
    .where((eb) => eb.or([eb("id", "in", candidates), eb("merged_into", "in", candidates)]))
    .execute();
  const byPerson = new Map<string, CandidateMatches>();
  for (const row of rows) {
    const personId = row.merged_into ?? row.id;
    const candidate = byPerson.get(personId) ?? { personId, matches: {}, trigramCount: 0 };
    const shared: Partial<Record<KeyKind, number>> = {};
    let trigrams = 0;
    for (const key of row.search_keys) {
      const kind = kindOfKey(key);
      if (!kind) continue;
      if (kind === "name_trigram") trigrams++;
      if (queryKeys.has(key)) shared[kind] = (shared[kind] ?? 0) + 1;
    }
    for (const [kind, count] of Object.entries(shared) as [KeyKind, number][]) {
      candidate.matches[kind] = Math.max(candidate.matches[kind] ?? 0, count);
    }
    candidate.trigramCount = Math.max(candidate.trigramCount, trigrams);
    byPerson.set(personId, candidate);
  }
  return byPerson;
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
