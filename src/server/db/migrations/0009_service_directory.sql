-- The service directory: who helps with what, where, in which languages and for whom. One directory for the
-- whole deployment: every organisation reads every entry (they hold no personal data), and each entry is kept
-- by one organisation (its keeper), the only one that may change it.

CREATE TABLE service_providers (
  -- The keeper: the organisation that maintains this entry.
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Set when the provider works in this deployment: referrals to it arrive in its Safepath.
  member_organisation_id uuid REFERENCES organisations (id),
  name text NOT NULL,
  -- The name, region and city as the application folds them (lower case, no diacritics or apostrophes:
  -- src/shared/knowledge/search-text.ts) for search, place filters and one name per keeper, whatever the
  -- database's locale (with LC_CTYPE=C, lower() leaves Cyrillic and Polish letters as they are). Empty only
  -- for rows written past the directory's services.
  name_key text NOT NULL DEFAULT '',
  region_key text,
  city_key text,
  -- HTCDS org_Type values.
  kind text NOT NULL,
  description text,
  website text,
  email text,
  phone text,
  address text,
  country char(2),
  region text,
  city text,
  latitude double precision CHECK (latitude BETWEEN -90 AND 90),
  longitude double precision CHECK (longitude BETWEEN -180 AND 180),
  retired_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (organisation_id, id)
);

-- A keeper names each provider once: imports find the keeper's providers by name.
CREATE UNIQUE INDEX service_providers_keeper_name ON service_providers (organisation_id, name_key) WHERE name_key <> '';
CREATE INDEX service_providers_name ON service_providers (name_key, id);
CREATE INDEX service_providers_member ON service_providers (member_organisation_id) WHERE member_organisation_id IS NOT NULL;

CREATE TABLE services (
  organisation_id uuid NOT NULL,
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  provider_id uuid NOT NULL,
  name text NOT NULL,
  -- Folded as the provider's keys are; the area keys fold area_regions and area_cities item by item.
  name_key text NOT NULL DEFAULT '',
  region_key text,
  city_key text,
  area_region_keys text[] NOT NULL DEFAULT '{}',
  area_city_keys text[] NOT NULL DEFAULT '{}',
  -- The service catalogue (src/shared/directory/vocab.ts): the assistance types of cases and the rest.
  service_type text NOT NULL,
  description text,
  -- Where the service is given; empty means at the provider's address.
  address text,
  country char(2),
  region text,
  city text,
  latitude double precision CHECK (latitude BETWEEN -90 AND 90),
  longitude double precision CHECK (longitude BETWEEN -180 AND 180),
  -- Area served: countries (ISO 3166-1), regions and cities by name. All empty means "where it is".
  area_countries text[] NOT NULL DEFAULT '{}',
  area_regions text[] NOT NULL DEFAULT '{}',
  area_cities text[] NOT NULL DEFAULT '{}',
  -- Remote services (a hotline, online counselling) serve their whole area from anywhere.
  remote boolean NOT NULL DEFAULT false,
  languages text[] NOT NULL DEFAULT '{}',
  -- Who is eligible; an empty list or a null bound means no restriction.
  min_age integer CHECK (min_age BETWEEN 0 AND 120),
  max_age integer CHECK (max_age BETWEEN 0 AND 120),
  sexes text[] NOT NULL DEFAULT '{}',
  nationalities text[] NOT NULL DEFAULT '{}',
  statuses text[] NOT NULL DEFAULT '{}',
  opening_hours text,
  open_always boolean NOT NULL DEFAULT false,
  capacity integer CHECK (capacity >= 0),
  availability text NOT NULL DEFAULT 'unknown' CHECK (availability IN ('available', 'limited', 'full', 'unknown')),
  availability_updated_at timestamptz,
  contact_name text,
  contact_phone text,
  contact_email text,
  -- Last verified: when, by whom (a user of the keeper) — entries not verified for six months are flagged.
  verified_at timestamptz,
  verified_by uuid,
  retired_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (organisation_id, provider_id) REFERENCES service_providers (organisation_id, id),
  FOREIGN KEY (organisation_id, verified_by) REFERENCES users (organisation_id, id),
  CHECK (min_age IS NULL OR max_age IS NULL OR min_age <= max_age)
);

CREATE INDEX services_provider ON services (provider_id);
CREATE INDEX services_name ON services (name_key, id);
CREATE INDEX services_type ON services (service_type) WHERE retired_at IS NULL;
CREATE INDEX services_countries ON services USING gin (area_countries);
CREATE INDEX services_languages ON services USING gin (languages);

GRANT SELECT, INSERT, UPDATE ON service_providers, services TO safepath_app;

-- Every organisation's id and name, for the directory only: the keeper's name beside an entry and the check
-- that a provider's member organisation exists. The organisations table shows each organisation only its own
-- row; this read shows the names of all (no other column) to any organisation's user, and to nobody else.
CREATE FUNCTION directory_organisations() RETURNS TABLE (id uuid, name text, active boolean)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT o.id, o.name, o.disabled_at IS NULL FROM organisations o
  WHERE app_organisation_id() IS NOT NULL OR app_is_deployment_admin()
$$;
REVOKE ALL ON FUNCTION directory_organisations() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION directory_organisations() TO safepath_app;

-- Read by everyone in the deployment, written only by the keeper.
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['service_providers', 'services']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY deployment_read ON %I FOR SELECT TO safepath_app USING (app_organisation_id() IS NOT NULL)', t);
    EXECUTE format('CREATE POLICY keeper_insert ON %I FOR INSERT TO safepath_app '
      'WITH CHECK (organisation_id = app_organisation_id())', t);
    EXECUTE format('CREATE POLICY keeper_update ON %I FOR UPDATE TO safepath_app '
      'USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id())', t);
  END LOOP;
END
$$;
