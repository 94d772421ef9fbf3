import type { AreaLevel, EligibilityCriterion, MatchReason } from "../../../../shared/directory/match-reasons.js";
import { type Availability, VERIFICATION_MONTHS } from "../../../../shared/directory/vocab.js";
import { distanceKm, roundKm, samePlaceName } from "./geo.js";

/** An age in whole years, as a range when only a year of birth or an age band is known. */
export interface AgeRange {
  min: number;
  max: number;
}

export interface Place {
  country: string | null;
  region: string | null;
  city: string | null;
  latitude: number | null;
  longitude: number | null;
}

/** What one person needs and what decides which services may take them. Empty lists and nulls are unknowns. */
export interface MatchNeeds {
  /** Most important first. */
  serviceTypes: readonly string[];
  place: Place & { country: string };
  /** The one the person speaks best first. */
  languages: readonly string[];
  age: AgeRange | null;
  sex: string | null;
  nationalities: readonly string[];
  statuses: readonly string[];
}

/** A directory service as matching reads it; `place` is the service's own, or its provider's when it has none. */
export interface MatchCandidate {
  id: string;
  name: string;
  serviceType: string;
  place: Place;
  areaCountries: readonly string[];
  areaRegions: readonly string[];
  areaCities: readonly string[];
  remote: boolean;
  languages: readonly string[];
  minAge: number | null;
  maxAge: number | null;
  sexes: readonly string[];
  nationalities: readonly string[];
  statuses: readonly string[];
  availability: Availability;
  verifiedAt: Date | null;
  /** The service or its provider is retired. */
  retired: boolean;
}

export interface RankedService<C extends MatchCandidate> {
  service: C;
  score: number;
  distanceKm: number | null;
  reasons: MatchReason[];
}

/**
 * Points per fit; a service's score is their sum. Reasoning:
 * - Need comes first: the first need is worth 60 and each later one 15 less (never under 15), so that a
 *   service for a more important need stays ahead of one for the next need that is nearer, until it is about
 *   150 km further away (the 15-point step against the distance curve), i.e. beyond a day's return trip.
 * - Place is worth up to 20: distance decays by half at 50 km; serving the person's city (18), region (12) or
 *   the whole country (8) counts where coordinates are missing; a remote service serves from anywhere (14).
 *   The best of these counts, not their sum: they describe the same fact.
 * - Language is worth up to 12 (the person's first language; 8 for another): interpreters exist, so it
 *   weighs less than need or place. A service that lists no languages gets 3, below any that speaks one.
 * - Eligibility rules the person is known to meet add 4 (a service meant for them); each rule the record does
 *   not answer takes 2, so that a certain fit ranks above a possible one. Ineligible services are left out.
 * - Availability: full takes 25, more than a need step, so a full service falls below an open one for the
 *   next need but stays listed (places free up). Places now add 4, unknown availability takes 2.
 * - An entry not verified for six months (or never) takes 10: its phone number or rules may be out of date.
 */
export const WEIGHTS = {
  firstNeed: 60,
  needStep: 15,
  leastNeed: 15,
  distance: 20,
  distanceHalfKm: 50,
  area: { city: 18, region: 12, country: 8 } satisfies Record<AreaLevel, number>,
  remote: 14,
  firstLanguage: 12,
  otherLanguage: 8,
  languagesNotListed: 3,
  eligible: 4,
  eligibilityUnknown: -2,
  availability: { available: 4, limited: 0, unknown: -2, full: -25 } satisfies Record<Availability, number>,
  verificationDue: -10,
} as const;

interface Fit {
  score: number;
  reasons: MatchReason[];
}

/**
 * Services ranked for the needs, best first, with why: ineligible, retired and unwanted services are left
 * out. Ties go to the nearer service, then the more important need, then by name and id, so the same data
 * always gives the same order.
 */
export function rankServices<C extends MatchCandidate>(
  needs: MatchNeeds,
  candidates: readonly C[],
  now: Date = new Date(),
): RankedService<C>[] {
  const needRank = new Map<string, number>();
  needs.serviceTypes.forEach((type, i) => {
    if (!needRank.has(type)) needRank.set(type, i);
  });
  const ranked: (RankedService<C> & { raw: number; rank: number })[] = [];
  for (const service of candidates) {
    const rank = needRank.get(service.serviceType);
    if (service.retired || rank === undefined) continue;
    const eligibility = eligibilityFit(needs, service);
    if (!eligibility) continue;
    const place = placeFit(needs.place, service);
    const fits = [
      needFit(service.serviceType, rank),
      place,
      languageFit(needs.languages, service.languages),
      eligibility,
      availabilityFit(service.availability),
      verificationFit(service.verifiedAt, now),
    ];
    const raw = fits.reduce((sum, fit) => sum + fit.score, 0);
    ranked.push({
      service,
      raw,
      rank,
      score: Math.round(raw * 10) / 10,
      distanceKm: place.distanceKm,
      reasons: fits.flatMap((fit) => fit.reasons),
    });
  }
  ranked.sort(
    (a, b) =>
      b.raw - a.raw ||
      (a.distanceKm ?? Number.POSITIVE_INFINITY) - (b.distanceKm ?? Number.POSITIVE_INFINITY) ||
      a.rank - b.rank ||
      compareText(a.service.name, b.service.name) ||
      compareText(a.service.id, b.service.id),
  );
  return ranked.map(({ raw: _raw, rank: _rank, ...rest }) => rest);
}

function needFit(serviceType: string, rank: number): Fit {
  return {
    score: Math.max(WEIGHTS.leastNeed, WEIGHTS.firstNeed - rank * WEIGHTS.needStep),
    reasons: [{ code: "need_met", params: { serviceType } }],
  };
}

/** The most specific area the service serves the person in; a service with no area serves where it is. */
function areaLevel(place: MatchNeeds["place"], service: MatchCandidate): AreaLevel | null {
  const listsArea = service.areaCountries.length + service.areaRegions.length + service.areaCities.length > 0;
  const whereItIs = !listsArea && (service.place.country === null || service.place.country === place.country);
  const serves = (listed: readonly string[], own: string | null, name: string | null) =>
    name !== null && (listed.some((item) => samePlaceName(item, name)) || (whereItIs && samePlaceName(own, name)));
  if (serves(service.areaCities, service.place.city, place.city)) return "city";
  if (serves(service.areaRegions, service.place.region, place.region)) return "region";
  const onlyCountries = service.areaRegions.length === 0 && service.areaCities.length === 0;
  return onlyCountries && service.areaCountries.includes(place.country) ? "country" : null;
}

function placeFit(place: MatchNeeds["place"], service: MatchCandidate): Fit & { distanceKm: number | null } {
  const reasons: MatchReason[] = [];
  let score = 0;
  const level = areaLevel(place, service);
  if (level) {
    score = WEIGHTS.area[level];
    reasons.push({ code: "serves_area", params: { level } });
  }
  if (service.remote) {
    score = Math.max(score, WEIGHTS.remote);
    reasons.push({ code: "remote", params: {} });
    // Where a remote service sits says nothing about reaching it.
    return { score, reasons, distanceKm: null };
  }
  const km = distanceKm(place, service.place);
  if (km !== null) {
    score = Math.max(score, WEIGHTS.distance / (1 + km / WEIGHTS.distanceHalfKm));
    reasons.push({ code: "distance", params: { km: roundKm(km) } });
  }
  return { score, reasons, distanceKm: km === null ? null : roundKm(km) };
}

function languageFit(spoken: readonly string[], offered: readonly string[]): Fit {
  if (spoken.length === 0) return { score: 0, reasons: [] };
  if (offered.length === 0) return { score: WEIGHTS.languagesNotListed, reasons: [] };
  const at = spoken.findIndex((language) => offered.includes(language));
  if (at < 0) return { score: 0, reasons: [{ code: "no_common_language", params: {} }] };
  return {
    score: at === 0 ? WEIGHTS.firstLanguage : WEIGHTS.otherLanguage,
    reasons: [{ code: "speaks", params: { language: spoken[at] as string } }],
  };
}

/**
 * Null when a rule excludes the person. A rule the person's record does not answer (no year of birth, an
 * age band across the limit) does not exclude: it is named, for the caseworker to check.
 */
export function eligibilityFit(needs: MatchNeeds, service: MatchCandidate): Fit | null {
  const unknown: EligibilityCriterion[] = [];
  let restricted = false;
  if (service.minAge !== null || service.maxAge !== null) {
    restricted = true;
    const lowest = service.minAge ?? 0;
    const highest = service.maxAge ?? Number.POSITIVE_INFINITY;
    if (!needs.age) unknown.push("age");
    else if (needs.age.max < lowest || needs.age.min > highest) return null;
    else if (needs.age.min < lowest || needs.age.max > highest) unknown.push("age");
  }
  const lists: [EligibilityCriterion, readonly string[], readonly string[]][] = [
    ["sex", service.sexes, needs.sex && needs.sex !== "Unknown" ? [needs.sex] : []],
    ["nationality", service.nationalities, needs.nationalities],
    ["status", service.statuses, needs.statuses.filter((status) => status !== "Unknown")],
  ];
  for (const [criterion, allowed, person] of lists) {
    if (allowed.length === 0) continue;
    restricted = true;
    if (person.length === 0) unknown.push(criterion);
    else if (!person.some((value) => allowed.includes(value))) return null;
  }
  if (!restricted) return { score: 0, reasons: [] };
  if (unknown.length === 0) return { score: WEIGHTS.eligible, reasons: [{ code: "eligible", params: {} }] };
  return {
    score: unknown.length * WEIGHTS.eligibilityUnknown,
    reasons: unknown.map((criterion) => ({ code: "eligibility_unknown", params: { criterion } })),
  };
}

function availabilityFit(value: Availability): Fit {
  return { score: WEIGHTS.availability[value], reasons: [{ code: "availability", params: { value } }] };
}

function verificationFit(verifiedAt: Date | null, now: Date): Fit {
  if (!verifiedAt) return { score: WEIGHTS.verificationDue, reasons: [{ code: "never_verified", params: {} }] };
  const months = wholeMonthsBetween(verifiedAt, now);
  if (months < VERIFICATION_MONTHS) return { score: 0, reasons: [] };
  return { score: WEIGHTS.verificationDue, reasons: [{ code: "verification_due", params: { months } }] };
}

/** Calendar months from one instant to a later one, counting a month only once its day is reached. */
export function wholeMonthsBetween(from: Date, to: Date): number {
  const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
  return Math.max(0, to.getUTCDate() < from.getUTCDate() ? months - 1 : months);
}

/** Code-point order: the same in every locale and runtime. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
