import type { Insertable } from "kysely";
import type { ServiceProvidersTable, ServicesTable } from "../../../db/schema-directory.js";
import type { TestApp } from "../../../testing/http.js";

/**
 * Directory entries for the matching tests, written straight to the test database (as its owner, past
 * row-level security) so that these tests do not depend on the directory's own routes.
 */

type ProviderFields = Partial<Omit<Insertable<ServiceProvidersTable>, "organisation_id">>;
type ServiceFields = Partial<Omit<Insertable<ServicesTable>, "organisation_id" | "provider_id">>;

export const WARSAW = { country: "PL", region: "Mazowieckie", city: "Warszawa", latitude: 52.2297, longitude: 21.0122 };
export const KRAKOW = { country: "PL", region: "Małopolskie", city: "Kraków", latitude: 50.0647, longitude: 19.945 };
export const BERLIN = { country: "DE", region: "Berlin", city: "Berlin", latitude: 52.52, longitude: 13.405 };

/** Verified a month ago, so that only the tests about verification see the "not verified" reasons. */
const recentlyVerified = () => new Date(Date.now() - 30 * 86_400_000);

export async function addProvider(app: TestApp, keeperId: string, fields: ProviderFields = {}): Promise<string> {
  const row = await app.services.database.db
    .insertInto("service_providers")
    .values({ organisation_id: keeperId, name: "Fixture provider", kind: "NGO", ...WARSAW, ...fields })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function addService(
  app: TestApp,
  keeperId: string,
  providerId: string,
  fields: ServiceFields = {},
): Promise<string> {
  const row = await app.services.database.db
    .insertInto("services")
    .values({
      organisation_id: keeperId,
      provider_id: providerId,
      name: "Fixture service",
      service_type: "ShelterAndAccommodation",
      availability: "available",
      verified_at: recentlyVerified(),
      ...fields,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface Match {
  serviceId: string;
  name: string;
  providerName: string;
  memberOrganisationId: string | null;
  distanceKm: number | null;
  contact: { name: string | null; phone: string | null; email: string | null };
  reasons: { code: string; params: Record<string, string | number> }[];
}

export interface MatchAnswer {
  needs: {
    serviceTypes: string[];
    place: Record<string, unknown>;
    languages: string[];
    age: { min: number; max: number } | null;
    sex: string | null;
    nationalities: string[];
    statuses: string[];
  };
  items: Match[];
}

/** The names of the matches among the given service ids, in the answer's order. */
export function namesAmong(answer: MatchAnswer, ids: readonly string[]): string[] {
  return answer.items.filter((item) => ids.includes(item.serviceId)).map((item) => item.name);
}
