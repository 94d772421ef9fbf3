import { type Expression, type SqlBool, sql } from "kysely";
import type { Availability } from "../../../../shared/directory/vocab.js";
import type { ScopedDb } from "../../../access/scoped-db.js";
import type { MatchCandidate, MatchNeeds, Place } from "./ranking.js";

/** A candidate with what the answer shows besides the ranking: provider, referral route, contact. */
export interface CandidateService extends MatchCandidate {
  providerId: string;
  providerName: string;
  memberOrganisationId: string | null;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  openingHours: string | null;
}

const serviceCountry = sql<string | null>`coalesce(services.country, service_providers.country)`;

/**
 * Where the person is served: services whose area names the country, and services with no country in their
 * area that are in the country, whose place is not known, or that are given remotely (a helpline or online
 * counselling with no area named serves from anywhere). Regions and cities only rank: a caseworker may still
 * want a service in the next town.
 */
function servesCountry(country: string): Expression<SqlBool> {
  return sql<SqlBool>`(services.area_countries @> ARRAY[${country}]::text[]
    OR (cardinality(services.area_countries) = 0
      AND (${serviceCountry} = ${country} OR ${serviceCountry} IS NULL OR services.remote)))`;
}

/** The eligibility rules SQL can decide alone; a rule is only applied when the person's fact is known. */
function eligibilityConditions(needs: MatchNeeds): Expression<SqlBool>[] {
  const conditions: Expression<SqlBool>[] = [];
  if (needs.age) {
    conditions.push(sql<SqlBool>`(services.min_age IS NULL OR services.min_age <= ${needs.age.max})`);
    conditions.push(sql<SqlBool>`(services.max_age IS NULL OR services.max_age >= ${needs.age.min})`);
  }
  const overlaps = (column: string, values: readonly string[]) =>
    sql<SqlBool>`(cardinality(${sql.ref(column)}) = 0 OR ${sql.ref(column)} && ${[...values]}::text[])`;
  if (needs.sex && needs.sex !== "Unknown") conditions.push(overlaps("services.sexes", [needs.sex]));
  if (needs.nationalities.length > 0) conditions.push(overlaps("services.nationalities", needs.nationalities));
  const statuses = needs.statuses.filter((status) => status !== "Unknown");
  if (statuses.length > 0) conditions.push(overlaps("services.statuses", statuses));
  return conditions;
}

/** A candidate as read: the service, its provider's name, place and contact. */
interface Row {
  id: string;
  name: string;
  serviceType: string;
  address: string | null;
  country: string | null;
  region: string | null;
  city: string | null;
  latitude: number | null;
  longitude: number | null;
  areaCountries: string[];
  areaRegions: string[];
  areaCities: string[];
  remote: boolean;
  languages: string[];
  minAge: number | null;
  maxAge: number | null;
  sexes: string[];
  nationalities: string[];
  statuses: string[];
  availability: Availability;
  /** JSON has no dates: an ISO timestamp. */
  verifiedAt: string | null;
  openingHours: string | null;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  providerId: string;
  providerName: string;
  memberOrganisationId: string | null;
  providerCountry: string | null;
  providerRegion: string | null;
  providerCity: string | null;
  providerLatitude: number | null;
  providerLongitude: number | null;
  providerPhone: string | null;
  providerEmail: string | null;
}

/** The column of each field; the order here is the order of the JSON array each row is sent as. */
const COLUMN_OF: Record<keyof Row, string> = {
  id: "services.id",
  name: "services.name",
  serviceType: "services.service_type",
  address: "services.address",
  country: "services.country",
  region: "services.region",
  city: "services.city",
  latitude: "services.latitude",
  longitude: "services.longitude",
  areaCountries: "services.area_countries",
  areaRegions: "services.area_regions",
  areaCities: "services.area_cities",
  remote: "services.remote",
  languages: "services.languages",
  minAge: "services.min_age",
  maxAge: "services.max_age",
  sexes: "services.sexes",
  nationalities: "services.nationalities",
  statuses: "services.statuses",
  availability: "services.availability",
  verifiedAt: "services.verified_at",
  openingHours: "services.opening_hours",
  contactName: "services.contact_name",
  contactPhone: "services.contact_phone",
  contactEmail: "services.contact_email",
  providerId: "services.provider_id",
  providerName: "service_providers.name",
  memberOrganisationId: "service_providers.member_organisation_id",
  providerCountry: "service_providers.country",
  providerRegion: "service_providers.region",
  providerCity: "service_providers.city",
  providerLatitude: "service_providers.latitude",
  providerLongitude: "service_providers.longitude",
  providerPhone: "service_providers.phone",
  providerEmail: "service_providers.email",
};
const FIELDS = Object.entries(COLUMN_OF) as [keyof Row, string][];

/**
 * All candidates as one JSON array of arrays: the driver then parses one value instead of some thirty
 * columns (seven of them arrays) per row, which on PGlite took three times as long as the query itself.
 */
const candidatesJson = sql<string>`coalesce(json_agg(json_build_array(${sql.join(
  FIELDS.map(([, column]) => sql.ref(column)),
)})), '[]')::text`;

/**
 * The services that may fit, read from the whole deployment's directory (every organisation's entries): the
 * wanted types, not retired, serving the person's country, not excluded by a rule SQL can check. Its plan
 * starts from the services_type index (see the benchmark's plan line).
 */
export function candidateQuery(db: ScopedDb, needs: MatchNeeds) {
  let query = db
    .selectFrom("services")
    .innerJoin("service_providers", (join) =>
      join
        .onRef("service_providers.id", "=", "services.provider_id")
        .onRef("service_providers.organisation_id", "=", "services.organisation_id"),
    )
    .select(candidatesJson.as("rows"))
    .where("services.service_type", "in", [...new Set(needs.serviceTypes)])
    .where("services.retired_at", "is", null)
    .where("service_providers.retired_at", "is", null)
    .where(servesCountry(needs.place.country));
  for (const condition of eligibilityConditions(needs)) query = query.where(condition);
  return query;
}

/** The candidates for the needs; the ranking (ranking.ts) decides the rest in memory. */
export async function findCandidates(db: ScopedDb, needs: MatchNeeds): Promise<CandidateService[]> {
  if (needs.serviceTypes.length === 0) return [];
  const { rows } = await candidateQuery(db, needs).executeTakeFirstOrThrow();
  return (JSON.parse(rows) as unknown[][]).map((tuple) => toCandidate(rowOf(tuple)));
}

function rowOf(tuple: unknown[]): Row {
  const row: Partial<Record<keyof Row, unknown>> = {};
  FIELDS.forEach(([field], i) => {
    row[field] = tuple[i];
  });
  return row as Row;
}

function toCandidate(row: Row): CandidateService {
  const ownPlace =
    row.address !== null || row.country !== null || row.region !== null || row.city !== null || row.latitude !== null;
  const place: Place = ownPlace
    ? { country: row.country ?? row.providerCountry, region: row.region, city: row.city, ...point(row) }
    : {
        country: row.providerCountry,
        region: row.providerRegion,
        city: row.providerCity,
        ...point({ latitude: row.providerLatitude, longitude: row.providerLongitude }),
      };
  return {
    id: row.id,
    name: row.name,
    serviceType: row.serviceType,
    place,
    areaCountries: row.areaCountries,
    areaRegions: row.areaRegions,
    areaCities: row.areaCities,
    remote: row.remote,
    languages: row.languages,
    minAge: row.minAge,
    maxAge: row.maxAge,
    sexes: row.sexes,
    nationalities: row.nationalities,
    statuses: row.statuses,
    availability: row.availability,
    verifiedAt: row.verifiedAt === null ? null : new Date(row.verifiedAt),
    retired: false,
    providerId: row.providerId,
    providerName: row.providerName,
    memberOrganisationId: row.memberOrganisationId,
    contactName: row.contactName,
    contactPhone: row.contactPhone ?? row.providerPhone,
    contactEmail: row.contactEmail ?? row.providerEmail,
    openingHours: row.openingHours,
  };
}

/** A coordinate pair, or none: half a pair places nothing. */
function point(row: { latitude: number | null; longitude: number | null }) {
  return row.latitude !== null && row.longitude !== null
    ? { latitude: row.latitude, longitude: row.longitude }
    : { latitude: null, longitude: null };
}
