import type { Selectable, Updateable } from "kysely";
import type { ServiceDetail, ServiceInput } from "../../../shared/api/directory.js";
import { directoryKey, directoryKeys } from "../../../shared/directory/place-keys.js";
import { isVerificationDue } from "../../../shared/directory/verification.js";
import type { ServiceType } from "../../../shared/directory/vocab.js";
import { notFound } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import type { ServicesTable } from "../../db/schema-directory.js";
import { organisationNames } from "./directory-organisations.js";
import type { Viewer } from "./provider-rows.js";

/** A service with the provider columns it shows: its name, member organisation and place. */
export function selectServices(db: ScopedDb) {
  return db
    .selectFrom("services")
    .innerJoin("service_providers", (join) =>
      join
        .onRef("service_providers.organisation_id", "=", "services.organisation_id")
        .onRef("service_providers.id", "=", "services.provider_id"),
    )
    .selectAll("services")
    .select([
      "service_providers.name as provider_name",
      "service_providers.member_organisation_id as member_organisation_id",
      "service_providers.address as provider_address",
      "service_providers.country as provider_country",
      "service_providers.region as provider_region",
      "service_providers.city as provider_city",
      "service_providers.latitude as provider_latitude",
      "service_providers.longitude as provider_longitude",
    ]);
}

export type ServiceRow = Selectable<ServicesTable> & {
  provider_name: string;
  member_organisation_id: string | null;
  provider_address: string | null;
  provider_country: string | null;
  provider_region: string | null;
  provider_city: string | null;
  provider_latitude: number | null;
  provider_longitude: number | null;
};

export interface ServiceViewer extends Viewer {
  /** Names of the caller's own users who verified entries (other organisations' users are not shown). */
  verifierNames: Map<string, string>;
  now: Date;
}

/** Whether a service has a place of its own; without one it is given at its provider's address. */
export function hasOwnPlace(
  row: Pick<ServiceRow, "address" | "country" | "region" | "city" | "latitude" | "longitude">,
) {
  return [row.address, row.country, row.region, row.city, row.latitude, row.longitude].some((value) => value !== null);
}

export function toServiceDetail(row: ServiceRow, viewer: ServiceViewer): ServiceDetail {
  const own = hasOwnPlace(row);
  const located = row.latitude !== null && row.longitude !== null;
  const keptByCaller = row.organisation_id === viewer.organisationId;
  const keeperName = viewer.keeperNames.get(row.organisation_id) ?? "";
  const verifier = row.verified_by ? viewer.verifierNames.get(row.verified_by) : undefined;
  return {
    id: row.id,
    providerId: row.provider_id,
    providerName: row.provider_name,
    memberOrganisationId: row.member_organisation_id,
    keeperOrganisationId: row.organisation_id,
    keeperOrganisationName: keeperName,
    keptByCaller,
    name: row.name,
    serviceType: row.service_type as ServiceType,
    description: row.description,
    address: own ? row.address : row.provider_address,
    country: (own ? row.country : row.provider_country)?.trim() ?? null,
    region: own ? row.region : row.provider_region,
    city: own ? row.city : row.provider_city,
    latitude: located ? row.latitude : row.provider_latitude,
    longitude: located ? row.longitude : row.provider_longitude,
    placeFromProvider: !own,
    areaCountries: row.area_countries,
    areaRegions: row.area_regions,
    areaCities: row.area_cities,
    remote: row.remote,
    languages: row.languages,
    minAge: row.min_age,
    maxAge: row.max_age,
    sexes: row.sexes,
    nationalities: row.nationalities,
    statuses: row.statuses,
    openingHours: row.opening_hours,
    openAlways: row.open_always,
    capacity: row.capacity,
    availability: row.availability,
    availabilityUpdatedAt: row.availability_updated_at?.toISOString() ?? null,
    contactName: row.contact_name,
    contactPhone: row.contact_phone,
    contactEmail: row.contact_email,
    verifiedAt: row.verified_at?.toISOString() ?? null,
    verifiedByName: row.verified_at === null ? null : keptByCaller ? (verifier ?? null) : keeperName,
    verificationDue: isVerificationDue(row.verified_at, viewer.now),
    retired: row.retired_at !== null,
    version: row.version,
    updatedAt: row.updated_at.toISOString(),
  };
}

/** Everything a service input can say, without the provider (fixed at creation). */
export type ServiceFields = Partial<Omit<ServiceInput, "providerId">>;

/** The columns an input sets (absent fields are left alone), with the folded keys that go with them. */
export function serviceValues(input: ServiceFields): Updateable<ServicesTable> {
  const values: Partial<Record<keyof ServicesTable, unknown>> = {
    name: input.name,
    service_type: input.serviceType,
    description: input.description,
    address: input.address,
    country: input.country,
    region: input.region,
    city: input.city,
    latitude: input.latitude,
    longitude: input.longitude,
    area_countries: input.areaCountries && [...new Set(input.areaCountries)],
    area_regions: input.areaRegions,
    area_cities: input.areaCities,
    remote: input.remote,
    languages: input.languages && [...new Set(input.languages)],
    min_age: input.minAge,
    max_age: input.maxAge,
    sexes: input.sexes && [...new Set(input.sexes)],
    nationalities: input.nationalities && [...new Set(input.nationalities)],
    statuses: input.statuses && [...new Set(input.statuses)],
    opening_hours: input.openingHours,
    open_always: input.openAlways,
    capacity: input.capacity,
    availability: input.availability,
    contact_name: input.contactName,
    contact_phone: input.contactPhone,
    contact_email: input.contactEmail,
  };
  if (input.name !== undefined) values.name_key = directoryKey(input.name) ?? "";
  if (input.region !== undefined) values.region_key = directoryKey(input.region);
  if (input.city !== undefined) values.city_key = directoryKey(input.city);
  if (input.areaRegions !== undefined) values.area_region_keys = directoryKeys(input.areaRegions);
  if (input.areaCities !== undefined) values.area_city_keys = directoryKeys(input.areaCities);
  return Object.fromEntries(
    Object.entries(values).filter(([, value]) => value !== undefined),
  ) as Updateable<ServicesTable>;
}

/** Who reads the rows: the caller's organisation, the keepers' names and the caller's verifiers' names. */
export async function serviceViewer(
  db: ScopedDb,
  rows: readonly Pick<ServiceRow, "organisation_id" | "verified_by">[],
  extraKeepers: readonly string[] = [],
): Promise<ServiceViewer> {
  const organisationId = db.organisationId;
  const verifierIds = [
    ...new Set(rows.filter((r) => r.organisation_id === organisationId && r.verified_by).map((r) => r.verified_by)),
  ] as string[];
  const verifiers =
    verifierIds.length === 0
      ? []
      : await db.selectFrom("users").select(["id", "display_name"]).where("id", "in", verifierIds).execute();
  return {
    organisationId,
    keeperNames: await organisationNames(db, [...extraKeepers, ...rows.map((row) => row.organisation_id)]),
    verifierNames: new Map(verifiers.map((user) => [user.id, user.display_name])),
    now: new Date(),
  };
}

/** One service, read as anyone in the deployment reads it. */
export async function findService(db: ScopedDb, id: string): Promise<ServiceRow> {
  const row = await selectServices(db).where("services.id", "=", id).executeTakeFirst();
  if (!row) throw notFound();
  return row as ServiceRow;
}
