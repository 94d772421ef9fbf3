import type { MatchResult, RecordMatchQuery } from "../../../../shared/api/directory-matching.js";
import {
  serviceTypesFromAssistance,
  serviceTypesFromFlags,
  serviceTypesFromPlans,
  unique,
} from "../../../../shared/directory/needs-from-flags.js";
import { serviceTypesFromScreening } from "../../../../shared/directory/needs-from-screening.js";
import { AGE_BANDS, type AgeBand, isChildAgeBand } from "../../../../shared/htcds/extensions/age.js";
import { SEXES } from "../../../../shared/htcds/extensions/person.js";
import type { ScopedDb } from "../../../access/scoped-db.js";
import { findCase } from "../../cases/case-access.js";
import { findScreening } from "../../screening/screening-access.js";
import { matchServices } from "./match.service.js";
import { organisationPlace, placeFromQuery } from "./match-place.js";
import type { AgeRange, MatchNeeds } from "./ranking.js";

/**
 * Needs read from a case or a screening. Only clear columns are read (types, flags, year of birth, sex,
 * citizenships, languages, statuses): matching needs nothing that is sealed, so nothing is opened.
 */

/** The facts of a person record that decide eligibility and language. */
async function personFacts(db: ScopedDb, personId: string | null) {
  if (!personId) return undefined;
  return db
    .selectFrom("people")
    .select([
      "sex",
      "birth_year",
      "citizenships",
      "primary_language",
      "languages",
      "migration_statuses",
      "vulnerability_flags",
    ])
    .where("id", "=", personId)
    .executeTakeFirst();
}

/** A year of birth gives two possible ages: the birthday may or may not have passed this year. */
export function ageFromBirthYear(birthYear: number | null, now = new Date()): AgeRange | null {
  if (birthYear === null) return null;
  const age = now.getUTCFullYear() - birthYear;
  return age < 0 ? null : { min: Math.max(0, age - 1), max: age };
}

/** Services for a case's victim: planned assistance first, then the support plans, then the flags. */
export async function matchForCase(db: ScopedDb, caseId: string, query: RecordMatchQuery): Promise<MatchResult> {
  const row = await findCase(db, caseId);
  const person = await personFacts(db, row.primary_person_id);
  let serviceTypes = query.serviceType;
  if (!serviceTypes?.length) {
    const planned = await db
      .selectFrom("assistance")
      .select("assistance_type")
      .where("case_id", "=", caseId)
      .where("status", "=", "planned")
      .orderBy("created_at")
      .orderBy("id")
      .execute();
    const plans = await db
      .selectFrom("support_plans")
      .select("plan_type")
      .where("case_id", "=", caseId)
      .where("actual_end_on", "is", null)
      .orderBy("created_at")
      .orderBy("id")
      .execute();
    serviceTypes = unique([
      ...serviceTypesFromAssistance(planned.map((item) => item.assistance_type)),
      ...serviceTypesFromPlans(plans.map((plan) => plan.plan_type)),
      ...serviceTypesFromFlags([...row.vulnerability_flags, ...(person?.vulnerability_flags ?? [])]),
    ]);
  }
  const needs: MatchNeeds = {
    serviceTypes: unique(serviceTypes),
    place: placeFromQuery(query, await organisationPlace(db)),
    languages: unique([person?.primary_language, ...(person?.languages ?? [])].filter((l): l is string => !!l)),
    age: ageFromBirthYear(person?.birth_year ?? null),
    sex: person?.sex ?? null,
    nationalities: person?.citizenships.length ? person.citizenships : row.citizenships,
    statuses: person?.migration_statuses ?? [],
  };
  const result = await matchServices(db, needs, query.limit);
  db.audit({
    action: "case.service_matches",
    recordType: "case",
    recordId: caseId,
    recordIds: row.primary_person_id ? [row.primary_person_id] : [],
  });
  return result;
}

/** The ages an age band spans ("48+" up to the oldest age a directory rule can name). */
export function ageFromBand(band: string | null): AgeRange | null {
  if (!band || !(AGE_BANDS as readonly string[]).includes(band)) return null;
  const [min, max] = band.split(/[-+]/).map(Number);
  return { min: min ?? 0, max: max || 120 };
}

/** Screening answers say sex in lower case ("female"); directory rules use the person record's values. */
function sexOfScreening(value: string | null): string | null {
  return SEXES.find((sex) => sex !== "Unknown" && sex.toLowerCase() === value) ?? null;
}

/**
 * Services for what a screening found: its needs and suggested services, the person's sex, age band and
 * interview language, at the screening's country (the organisation's place when it was screened there).
 * A screening linked to a person adds that person's citizenships, languages and statuses.
 */
export async function matchForScreening(
  db: ScopedDb,
  screeningId: string,
  query: RecordMatchQuery,
): Promise<MatchResult> {
  const row = await findScreening(db, screeningId);
  const person = await personFacts(db, row.person_id);
  const age = ageFromBand(row.age_band);
  const child = row.age_band !== null && isChildAgeBand(row.age_band as AgeBand);
  const office = await organisationPlace(db);
  const screenedAt =
    row.country && row.country !== office.country
      ? { country: row.country, region: null, city: null, latitude: null, longitude: null }
      : office;
  const needs: MatchNeeds = {
    serviceTypes: unique(
      query.serviceType?.length ? query.serviceType : serviceTypesFromScreening(row.needs, row.services, { child }),
    ),
    place: placeFromQuery(query, screenedAt),
    languages: unique(
      [row.interview_language, person?.primary_language, ...(person?.languages ?? [])].filter((l): l is string => !!l),
    ),
    age: age ?? ageFromBirthYear(person?.birth_year ?? null),
    sex: sexOfScreening(row.sex) ?? person?.sex ?? null,
    nationalities: person?.citizenships ?? [],
    statuses: person?.migration_statuses ?? [],
  };
  const result = await matchServices(db, needs, query.limit);
  db.audit({
    action: "screening.service_matches",
    recordType: "screening",
    recordId: screeningId,
    recordIds: row.person_id ? [row.person_id] : [],
  });
  return result;
}
