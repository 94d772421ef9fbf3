import { type Expression, type SqlBool, sql } from "kysely";
import type { ServiceFilterQuery } from "../../../shared/api/directory.js";
import { directoryKey } from "../../../shared/directory/place-keys.js";
import { verificationCutoff } from "../../../shared/directory/verification.js";
import { queryWords } from "../../../shared/knowledge/search-text.js";

/*
 * The directory's search: by need (service type), place, language, the eligibility of the person to be
 * helped, availability, keeper, verification and text. The list, the map and the export share these
 * conditions, over services joined to their providers (selectServices).
 */

/** The service's own place, or its provider's when it has none (as the service detail shows it). */
const OWN_PLACE = sql<boolean>`(services.address IS NOT NULL OR services.country IS NOT NULL
  OR services.region IS NOT NULL OR services.city IS NOT NULL
  OR services.latitude IS NOT NULL OR services.longitude IS NOT NULL)`;
const placeColumn = (column: "country" | "region_key" | "city_key") =>
  sql`(CASE WHEN ${OWN_PLACE} THEN ${sql.ref(`services.${column}`)} ELSE ${sql.ref(`service_providers.${column}`)} END)`;

/** No rule (an empty list) or the value among the allowed ones. */
const allows = (column: "sexes" | "nationalities" | "statuses", value: string) =>
  sql<SqlBool>`(cardinality(${sql.ref(`services.${column}`)}) = 0 OR ${value}::text = ANY(${sql.ref(`services.${column}`)}))`;

/** A remote service that names no area (a helpline, online counselling) serves from anywhere, everyone. */
const REMOTE_ANYWHERE = sql`(services.remote AND cardinality(services.area_countries) = 0
  AND cardinality(services.area_regions) = 0 AND cardinality(services.area_cities) = 0)`;

/**
 * Place: a service serves where it is and its area (countries, regions and cities, each served whole; a
 * remote service serves its area from anywhere, and anywhere when it names none). Asked for a region or
 * city together with a country, a service serving that whole country serves it; a city is served too by a
 * service serving its region.
 */
function placeConditions(query: ServiceFilterQuery): Expression<SqlBool>[] {
  const conditions: Expression<SqlBool>[] = [];
  const country = query.country;
  const region = directoryKey(query.region);
  const city = directoryKey(query.city);
  const wholeCountry = country ? sql`${country}::text = ANY(services.area_countries)` : sql`false`;
  if (country) {
    conditions.push(sql<SqlBool>`(${placeColumn("country")} = ${country}
      OR ${country}::text = ANY(services.area_countries) OR ${REMOTE_ANYWHERE})`);
  }
  if (region) {
    conditions.push(sql<SqlBool>`(${placeColumn("region_key")} = ${region}
      OR ${region}::text = ANY(services.area_region_keys) OR ${wholeCountry} OR ${REMOTE_ANYWHERE})`);
  }
  if (city) {
    const wholeRegion = region ? sql`${region}::text = ANY(services.area_region_keys)` : sql`false`;
    conditions.push(sql<SqlBool>`(${placeColumn("city_key")} = ${city}
      OR ${city}::text = ANY(services.area_city_keys) OR ${wholeRegion} OR ${wholeCountry} OR ${REMOTE_ANYWHERE})`);
  }
  return conditions;
}

/** Eligibility: services whose rules leave the person out are not listed; a rule not set leaves nobody out. */
function eligibilityConditions(query: ServiceFilterQuery): Expression<SqlBool>[] {
  const conditions: Expression<SqlBool>[] = [];
  if (query.age !== undefined) {
    conditions.push(sql<SqlBool>`(services.min_age IS NULL OR services.min_age <= ${query.age})`);
    conditions.push(sql<SqlBool>`(services.max_age IS NULL OR services.max_age >= ${query.age})`);
  }
  if (query.sex) conditions.push(allows("sexes", query.sex));
  if (query.nationality) conditions.push(allows("nationalities", query.nationality));
  if (query.status) conditions.push(allows("statuses", query.status));
  return conditions;
}

/** Every word in the service's or the provider's name, folded alike (words hold letters and digits only). */
function textConditions(q: string | undefined): Expression<SqlBool>[] {
  return queryWords(q ?? "").map((word) => {
    const pattern = `%${word}%`;
    return sql<SqlBool>`(services.name_key LIKE ${pattern} OR service_providers.name_key LIKE ${pattern})`;
  });
}

/** The conditions of a filter query, for the caller's organisation at this moment. */
export function serviceConditions(query: ServiceFilterQuery, organisationId: string, now: Date): Expression<SqlBool>[] {
  const conditions = [...placeConditions(query), ...eligibilityConditions(query), ...textConditions(query.q)];
  if (query.includeRetired !== "true") {
    conditions.push(sql<SqlBool>`services.retired_at IS NULL AND service_providers.retired_at IS NULL`);
  }
  if (query.serviceType && query.serviceType.length > 0) {
    conditions.push(sql<SqlBool>`services.service_type = ANY(${[...query.serviceType]}::text[])`);
  }
  if (query.language) conditions.push(sql<SqlBool>`${query.language}::text = ANY(services.languages)`);
  if (query.availability) conditions.push(sql<SqlBool>`services.availability = ${query.availability}`);
  if (query.providerId) conditions.push(sql<SqlBool>`services.provider_id = ${query.providerId}::uuid`);
  if (query.keptByCaller) {
    const kept = sql<SqlBool>`services.organisation_id = ${organisationId}::uuid`;
    conditions.push(query.keptByCaller === "true" ? kept : sql<SqlBool>`NOT ${kept}`);
  }
  if (query.verificationDue) {
    const due = sql<SqlBool>`(services.verified_at IS NULL OR services.verified_at < ${verificationCutoff(now).toISOString()}::timestamptz)`;
    conditions.push(query.verificationDue === "true" ? due : sql<SqlBool>`NOT ${due}`);
  }
  return conditions;
}
