import type { ColumnType, Generated } from "kysely";

/**
 * Row types of the service directory (migration 0009). Entries hold no personal data: nothing is sealed.
 * Every organisation reads every entry; only the keeper (organisation_id) changes one.
 */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type TextList = ColumnType<string[], string[] | undefined, string[]>;

export type Availability = "available" | "limited" | "full" | "unknown";

export interface ServiceProvidersTable {
  organisation_id: string;
  id: Generated<string>;
  member_organisation_id: string | null;
  name: string;
  /** Folded (search-text.ts foldText) for search, place filters and one name per keeper. */
  name_key: ColumnType<string, string | undefined, string>;
  region_key: string | null;
  city_key: string | null;
  kind: string;
  description: string | null;
  website: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  country: string | null;
  region: string | null;
  city: string | null;
  latitude: number | null;
  longitude: number | null;
  retired_at: Date | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface ServicesTable {
  organisation_id: string;
  id: Generated<string>;
  provider_id: string;
  name: string;
  name_key: ColumnType<string, string | undefined, string>;
  region_key: string | null;
  city_key: string | null;
  area_region_keys: TextList;
  area_city_keys: TextList;
  service_type: string;
  description: string | null;
  address: string | null;
  country: string | null;
  region: string | null;
  city: string | null;
  latitude: number | null;
  longitude: number | null;
  area_countries: TextList;
  area_regions: TextList;
  area_cities: TextList;
  remote: Generated<boolean>;
  languages: TextList;
  min_age: number | null;
  max_age: number | null;
  sexes: TextList;
  nationalities: TextList;
  statuses: TextList;
  opening_hours: string | null;
  open_always: Generated<boolean>;
  capacity: number | null;
  availability: Generated<Availability>;
  availability_updated_at: Date | null;
  contact_name: string | null;
  contact_phone: string | null;
  contact_email: string | null;
  verified_at: Date | null;
  verified_by: string | null;
  retired_at: Date | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface DirectorySchema {
  service_providers: ServiceProvidersTable;
  services: ServicesTable;
}
