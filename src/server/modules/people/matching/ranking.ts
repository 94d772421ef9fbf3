import type { KeyKind, SearchKey } from "./search-keys.js";

/*
 * Ranks possible duplicates of a new intake using nothing but counts of shared blind-index keys, which is
 * all the database can see. The feed (people-search.service.ts) is, per candidate, the number of keys of
 * each kind it shares with the intake, folded into `matches`, plus its total number of name trigrams (kept
 * as one set per person) for the Dice coefficient.
 *
 * Each kind of evidence is a probability-like weight, combined as 1 - Π(1 - w), so independent pieces of
 * evidence add up without ever passing 1. The weights give the intended order:
 * same identity number (0.95) > same phone (0.92) > same e-mail (0.85) > same full name + birth date (≈0.78)
 * > same full name (0.45) > similar name (below 0.45) > birth year alone (0.03). There is no negative
 * evidence: a different birth date cannot be seen in shared-key counts, so it does not lower a score.
 */

export type MatchReason =
  | "same_name"
  | "similar_name"
  | "same_birth_date"
  | "same_birth_year"
  | "same_phone"
  | "same_identity_number"
  | "same_email";

export interface CandidateMatches<Id = string> {
  personId: Id;
  /** Number of distinct keys of each kind the candidate shares with the intake. */
  matches: Partial<Record<KeyKind, number>>;
  /** Total number of name_trigram keys stored for the candidate. */
  trigramCount: number;
}

export interface RankedCandidate<Id = string> {
  personId: Id;
  /** 0..1, rounded to three decimals. */
  score: number;
  /** Strongest first. */
  reasons: MatchReason[];
}

/** Candidates below this are noise: a similar-looking name alone, or a shared birth year. */
export const MIN_CANDIDATE_SCORE = 0.12;

const WEIGHT = {
  identity: 0.95,
  phone: 0.92,
  email: 0.85,
  /** Name evidence, scaled by how similar the names are (1 = every intake name word found). */
  name: 0.45,
  /** Added to the name weight when the names are similar and the birth date or year agrees. */
  nameWithBirthDate: 0.3,
  nameWithBirthYear: 0.08,
  /** A birth date on its own says little; a year even less. */
  birthDate: 0.1,
  birthYear: 0.03,
} as const;

/** Below this the names are not called similar. */
const SIMILAR_NAME_MIN = 0.3;
/** A single name word ("Olena") identifies far less than a full name. */
const SINGLE_WORD_NAME_FACTOR = 0.7;
/** Phonetic and trigram agreement count for less than equal skeletons. */
const PHONETIC_FACTOR = 0.8;
const TRIGRAM_FACTOR = 0.7;
/**
 * Unrelated names share trigrams by chance (the padded first letters, common stems and endings such as
 * Koval-, -enko): Olena Kovalenko and Olga Kovalchuk have a Dice coefficient of about 0.45. Only the part
 * above this floor counts as similarity.
 */
const DICE_FLOOR = 0.35;

interface QueryProfile {
  names: number;
  phonetic: number;
  trigrams: number;
  hasFullBirthDate: boolean;
}

function profileOf(query: readonly SearchKey[]): QueryProfile {
  const count = (kind: KeyKind) => query.filter((key) => key.kind === kind).length;
  return {
    names: count("name"),
    phonetic: count("name_phonetic"),
    trigrams: count("name_trigram"),
    hasFullBirthDate: query.some((key) => key.kind === "birth_date" && key.value.length > 4),
  };
}

const share = (matched: number, total: number) => (total > 0 ? Math.min(1, matched / total) : 0);

/** 0..1: how much of the intake's name is found in the candidate's names. */
function nameSimilarity(profile: QueryProfile, candidate: CandidateMatches<unknown>): number {
  const m = candidate.matches;
  const sharedTrigrams = m.name_trigram ?? 0;
  // A candidate count lower than the shared count means the caller did not supply it; assume no extra trigrams.
  const candidateTrigrams = Math.max(candidate.trigramCount, sharedTrigrams);
  const dice = share(2 * sharedTrigrams, profile.trigrams + candidateTrigrams);
  const similarity = Math.max(
    share(m.name ?? 0, profile.names),
    PHONETIC_FACTOR * share(m.name_phonetic ?? 0, profile.phonetic),
    TRIGRAM_FACTOR * Math.max(0, (dice - DICE_FLOOR) / (1 - DICE_FLOOR)),
  );
  return profile.names === 1 ? similarity * SINGLE_WORD_NAME_FACTOR : similarity;
}

function scoreWith(profile: QueryProfile, candidate: CandidateMatches<unknown>) {
  const m = candidate.matches;
  const reasons: MatchReason[] = [];
  const weights: number[] = [];
  const evidence = (present: boolean, reason: MatchReason, weight: number) => {
    if (!present) return;
    reasons.push(reason);
    weights.push(weight);
  };
  evidence((m.identity ?? 0) > 0, "same_identity_number", WEIGHT.identity);
  evidence((m.phone ?? 0) > 0, "same_phone", WEIGHT.phone);
  evidence((m.email ?? 0) > 0, "same_email", WEIGHT.email);

  // A full date shares both its date and its year key (see search-keys.ts); one shared key is the year.
  const birthKeys = m.birth_date ?? 0;
  const sameDate = profile.hasFullBirthDate && birthKeys >= 2;
  const sameYear = !sameDate && birthKeys >= 1;

  const similarity = nameSimilarity(profile, candidate);
  const sameName = profile.names > 0 && (m.name ?? 0) >= profile.names;
  if (sameName) reasons.push("same_name");
  else if (similarity >= SIMILAR_NAME_MIN) reasons.push("similar_name");
  const birthBonus = sameDate ? WEIGHT.nameWithBirthDate : sameYear ? WEIGHT.nameWithBirthYear : 0;
  if (similarity > 0) weights.push(similarity * (WEIGHT.name + birthBonus));

  evidence(sameDate, "same_birth_date", WEIGHT.birthDate);
  evidence(sameYear, "same_birth_year", WEIGHT.birthYear);

  const score = 1 - weights.reduce((rest, weight) => rest * (1 - weight), 1);
  return { score: Math.round(score * 1000) / 1000, reasons };
}

/** Score and reasons of one candidate against the keys of the intake (from `indexKeys`). */
export function scoreCandidate<Id>(query: readonly SearchKey[], candidate: CandidateMatches<Id>): RankedCandidate<Id> {
  return { personId: candidate.personId, ...scoreWith(profileOf(query), candidate) };
}

/**
 * The noise floor a query can reach: MIN_CANDIDATE_SCORE, or less when even a person sharing every key
 * of the query scores lower. A search for a birth date alone asks for the people born that day, which
 * as evidence of a duplicate would be noise.
 */
export function reachableMinScore(query: readonly SearchKey[]): number {
  const matches: CandidateMatches["matches"] = {};
  for (const key of query) matches[key.kind] = (matches[key.kind] ?? 0) + 1;
  const trigramCount = matches.name_trigram ?? 0;
  const best = scoreWith(profileOf(query), { personId: "", matches, trigramCount }).score;
  return Math.min(MIN_CANDIDATE_SCORE, best);
}

/** Candidates at or above `minScore`, best first; equal scores keep a stable order by person id. */
export function rankCandidates<Id>(
  query: readonly SearchKey[],
  candidates: readonly CandidateMatches<Id>[],
  minScore: number = reachableMinScore(query),
): RankedCandidate<Id>[] {
  const profile = profileOf(query);
  return candidates
    .map((candidate) => ({ personId: candidate.personId, ...scoreWith(profile, candidate) }))
    .filter((ranked) => ranked.score >= minScore)
    .sort((a, b) => b.score - a.score || String(a.personId).localeCompare(String(b.personId)));
}
