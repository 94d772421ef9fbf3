import { type Selectable, sql, type Updateable } from "kysely";
import type { ProviderDetail, ProviderInput, ProviderSummary, ServiceDetail } from "../../../shared/api/directory.js";
import { directoryKey } from "../../../shared/directory/place-keys.js";
import type { OrganisationType } from "../../../shared/vocab/organisation-types.js";
import { notFound } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import type { ServiceProvidersTable } from "../../db/schema-directory.js";

export type ProviderRow = Selectable<ServiceProvidersTable> & { service_count: number | string };

/** Providers with the number of their services still given: what every provider read starts from. */
export function selectProviders(db: ScopedDb) {
  return db
    .selectFrom("service_providers")
    .selectAll("service_providers")
    .select(
      sql<string>`(SELECT count(*) FROM services s WHERE s.organisation_id = service_providers.organisation_id AND s.provider_id = service_providers.id AND s.retired_at IS NULL)`.as(
        "service_count",
      ),
    );
}

export interface Viewer {
  organisationId: string;
  keeperNames: Map<string, string>;
}

export function toProviderSummary(row: ProviderRow, viewer: Viewer): ProviderSummary {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as OrganisationType,
    memberOrganisationId: row.member_organisation_id,
    keeperOrganisationId: row.organisation_id,
    keeperOrganisationName: viewer.keeperNames.get(row.organisation_id) ?? "",
    keptByCaller: row.organisation_id === viewer.organisationId,
    country: row.country?.trim() ?? null,
    city: row.city,
    retired: row.retired_at !== null,
    serviceCount: Number(row.service_count),
  };
}

export function toProviderDetail(row: ProviderRow, viewer: Viewer, services: ServiceDetail[]): ProviderDetail {
  return {
    ...toProviderSummary(row, viewer),
    description: row.description,
    website: row.website,
    email: row.email,
    phone: row.phone,
    address: row.address,
    region: row.region,
    latitude: row.latitude,
    longitude: row.longitude,
    version: row.version,
    updatedAt: row.updated_at.toISOString(),
    services,
  };
}

/** The columns an input sets (absent fields are left alone), with the folded keys that go with them. */
export function providerValues(input: Partial<ProviderInput>): Updateable<ServiceProvidersTable> {
  const values: Partial<Record<keyof ServiceProvidersTable, unknown>> = {
    name: input.name,
    kind: input.kind,
    member_organisation_id: input.memberOrganisationId,
    description: input.description,
    website: input.website,
    email: input.email,
    phone: input.phone,
    address: input.address,
    country: input.country,
    region: input.region,
    city: input.city,
    latitude: input.latitude,
    longitude: input.longitude,
  };
  if (input.name !== undefined) values.name_key = directoryKey(input.name) ?? "";
  if (input.region !== undefined) values.region_key = directoryKey(input.region);
  if (input.city !== undefined) values.city_key = directoryKey(input.city);
  return Object.fromEntries(
    Object.entries(values).filter(([, value]) => value !== undefined),
  ) as Updateable<ServiceProvidersTable>;
}

/**
 * A provider the caller's organisation keeps, locked for a change. Another organisation's provider reads
 * like any other, but for a change it is not there: 404, as for any record out of reach.
 */
export async function findKeptProvider(db: ScopedDb, id: string, options: { forUpdate?: boolean } = {}) {
  const query = db
    .selectFrom("service_providers")
    .selectAll()
    .where("id", "=", id)
    .where("organisation_id", "=", db.organisationId);
  const row = await (options.forUpdate ? query.forUpdate() : query).executeTakeFirst();
  if (!row) throw notFound();
  return row;
}
