import { describe, expect, it } from "vitest";
import { type CandidateMatches, MIN_CANDIDATE_SCORE, rankCandidates, scoreCandidate } from "./ranking.js";
import { indexKeys, queryKeys, type SearchKey } from "./search-keys.js";

/** Does what the SQL feed does: counts shared keys per kind between the intake and one stored person. */
function matchesOf(personId: string, intake: SearchKey[], stored: SearchKey[]): CandidateMatches {
  const wanted = new Set(intake.map((key) => `${key.kind}:${key.value}`));
  const matches: CandidateMatches["matches"] = {};
  for (const key of stored) {
    if (wanted.has(`${key.kind}:${key.value}`)) matches[key.kind] = (matches[key.kind] ?? 0) + 1;
  }
  return { personId, matches, trigramCount: stored.filter((key) => key.kind === "name_trigram").length };
}

const intake = indexKeys(
  {
    names: ["Олена Коваленко"],
    birthDate: "1990-04-12",
    phones: ["067 123 45 67"],
    identityNumbers: ["KB 123456"],
  },
  { defaultCountry: "UA" },
);

const stored: Record<string, SearchKey[]> = {
  sameDocument: indexKeys({ names: ["Maria Ionescu"], identityNumbers: ["КВ123456"] }),
  samePhone: indexKeys({ names: ["Iryna Bondar"], phones: ["+380671234567"] }),
  sameNameAndDate: indexKeys({ names: ["Helena Kowalenko"], birthDate: "1990-04-12" }),
  sameNameAndYear: indexKeys({ names: ["Olena Kovalenko"], birthDate: "1990-09-01" }),
  sameName: indexKeys({ names: ["Kovalenko Olena"], birthDate: "1985-01-01" }),
  similarName: indexKeys({ names: ["Olema Kowalenka"] }),
  sameFirstName: indexKeys({ names: ["Olena Petrenko"] }),
  yearOnly: indexKeys({ names: ["Ivan Petrenko"], birthDate: "1990-01-30" }),
  nothing: indexKeys({ names: ["Olga Kovalchuk"], birthDate: "1975-05-05" }),
};

const candidates = Object.entries(stored).map(([personId, keys]) => matchesOf(personId, intake, keys));
const scored = Object.fromEntries(candidates.map((c) => [c.personId, scoreCandidate(intake, c)]));

describe("duplicate ranking", () => {
  it("orders identifiers above full name and date, above name, above similar name, above birth year", () => {
    const order = [
      "sameDocument",
      "samePhone",
      "sameNameAndDate",
      "sameNameAndYear",
      "sameName",
      "similarName",
      "yearOnly",
    ];
    const scores = order.map((personId) => scored[personId]?.score ?? Number.NaN);
    for (let i = 1; i < scores.length; i++) expect(scores[i - 1], order[i]).toBeGreaterThan(scores[i] ?? 1);
    expect(scores[0]).toBeLessThanOrEqual(1);
  });

  it("explains each score", () => {
    expect(scored.sameDocument?.reasons).toEqual(["same_identity_number"]);
    expect(scored.samePhone?.reasons).toEqual(["same_phone"]);
    expect(scored.sameNameAndDate?.reasons).toEqual(["same_name", "same_birth_date"]);
    expect(scored.sameNameAndYear?.reasons).toEqual(["same_name", "same_birth_year"]);
    expect(scored.sameName?.reasons).toEqual(["same_name"]);
    expect(scored.sameFirstName?.reasons).toEqual(["similar_name"]);
    expect(scored.similarName?.reasons).toEqual(["similar_name"]);
    expect(scored.nothing?.reasons).toEqual([]);
    expect(scored.yearOnly?.reasons).toEqual(["same_birth_year"]);
  });

  it("returns candidates above the threshold, best first", () => {
    const ranked = rankCandidates(intake, candidates);
    expect(ranked.map((r) => r.personId)).toEqual([
      "sameDocument",
      "samePhone",
      "sameNameAndDate",
      "sameNameAndYear",
      "sameName",
      "sameFirstName",
      "similarName",
    ]);
    expect(ranked.every((r) => r.score >= MIN_CANDIDATE_SCORE && r.score <= 1)).toBe(true);
  });

  it("adds independent evidence up without passing 1", () => {
    const everything = matchesOf("x", intake, intake);
    const phoneOnly = { personId: "y", matches: { phone: 1 }, trigramCount: 0 };
    expect(scoreCandidate(intake, everything).score).toBeGreaterThan(scoreCandidate(intake, phoneOnly).score);
    expect(scoreCandidate(intake, everything).score).toBeLessThanOrEqual(1);
    expect(scoreCandidate(intake, { personId: "z", matches: {}, trigramCount: 12 }).score).toBe(0);
  });

  it("tells a shared birth year from a shared date when the intake knows only the year", () => {
    const yearIntake = indexKeys({ names: ["Olena Kovalenko"], birthDate: "1990" });
    const result = scoreCandidate(yearIntake, { personId: "a", matches: { name: 2, birth_date: 1 }, trigramCount: 0 });
    expect(result.reasons).toEqual(["same_name", "same_birth_year"]);
  });

  it("keeps the people born on the date asked when a search asks for nothing but the date", () => {
    const dateOnly = queryKeys("1990-04-12");
    const born = matchesOf("born", dateOnly, stored.sameNameAndDate ?? []);
    const sameYear = matchesOf("sameYear", dateOnly, stored.yearOnly ?? []);
    expect(rankCandidates(dateOnly, [born, sameYear]).map((r) => r.personId)).toEqual(["born"]);
    // With a name in the query, the date alone stays below the floor of a duplicate.
    expect(
      rankCandidates(intake, [
        matchesOf("born", intake, indexKeys({ names: ["Ivan Petrenko"], birthDate: "1990-04-12" })),
      ]),
    ).toEqual([]);
  });
});
