-- Cases and people on HTCDS 2.0. Identifying values are sealed (AES-256-GCM) under a key of their own
-- record — one per person and one per case — wrapped by the organisation's data key, so that erasing a
-- person destroys one key. Fields needed for statistics stay in clear. Every table carries
-- organisation_id in its primary key so that a sharded PostgreSQL can distribute by organisation.

ALTER TABLE organisations ADD COLUMN retention_years smallint
  CHECK (retention_years IS NULL OR retention_years BETWEEN 1 AND 100);

-- One data key per person or case, sealed with the organisation's data key (so rotation re-wraps these).
CREATE TABLE record_keys (
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  subject_id uuid NOT NULL,
  wrapped_key text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, subject_id)
);

CREATE TABLE people (
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  -- Sealed JSON: names, birth date, identity numbers, phones, e-mails, addresses, coordinates.
  identity text,
  gender text,
  sex text,
  birth_year smallint CHECK (birth_year IS NULL OR birth_year BETWEEN 1900 AND 2100),
  birth_year_estimated boolean NOT NULL DEFAULT false,
  citizenships text[] NOT NULL DEFAULT '{}',
  primary_language text,
  languages text[] NOT NULL DEFAULT '{}',
  education text,
  marital_status text,
  number_of_children smallint CHECK (number_of_children IS NULL OR number_of_children BETWEEN 0 AND 50),
  migration_statuses text[] NOT NULL DEFAULT '{}',
  vulnerability_flags text[] NOT NULL DEFAULT '{}',
  disability jsonb,
  deceased boolean NOT NULL DEFAULT false,
  merged_into uuid,
  erased_at timestamptz,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (organisation_id, id)
);

-- Blind indexes: keyed HMACs of normalised name skeletons, phonetic codes, trigrams, birth date,
-- phones, identity numbers and e-mails. Never plaintext.
CREATE TABLE person_search_keys (
  organisation_id uuid NOT NULL,
  kind text NOT NULL,
  key text NOT NULL,
  person_id uuid NOT NULL,
  PRIMARY KEY (organisation_id, kind, key, person_id),
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX person_search_keys_person_idx ON person_search_keys (organisation_id, person_id);

CREATE TABLE case_number_counters (
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  year smallint NOT NULL,
  last_number integer NOT NULL,
  PRIMARY KEY (organisation_id, year)
);

CREATE TABLE cases (
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  case_number text NOT NULL,
  stage text NOT NULL DEFAULT 'open',
  status text NOT NULL DEFAULT 'Active',
  owner_user_id uuid,
  team_id uuid,
  primary_person_id uuid,
  opened_on date NOT NULL,
  identified_on date,
  closed_on date,
  closure_referred boolean NOT NULL DEFAULT false,
  referring_organisation_id uuid,
  referring_organisation_name text,
  incoming_referral_date date,
  incoming_referral_reason text,
  -- Sealed JSON under the case key: closure reason, incoming referral details, vulnerability details.
  sealed text,
  -- Copied from the victim's record and context so that list filters use one table and its indexes.
  exploitation_types text[] NOT NULL DEFAULT '{}',
  vulnerability_flags text[] NOT NULL DEFAULT '{}',
  citizenships text[] NOT NULL DEFAULT '{}',
  identifying_erased_at timestamptz,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (organisation_id, id),
  UNIQUE (organisation_id, case_number)
);
CREATE INDEX cases_updated_idx ON cases (organisation_id, updated_at DESC, id DESC);
CREATE INDEX cases_opened_idx ON cases (organisation_id, opened_on DESC, id DESC);
CREATE INDEX cases_status_idx ON cases (organisation_id, status, opened_on DESC, id DESC);
CREATE INDEX cases_stage_idx ON cases (organisation_id, stage, updated_at DESC);
CREATE INDEX cases_owner_idx ON cases (organisation_id, owner_user_id, updated_at DESC);
CREATE INDEX cases_team_idx ON cases (organisation_id, team_id, updated_at DESC);
CREATE INDEX cases_person_idx ON cases (organisation_id, primary_person_id);
CREATE INDEX cases_closed_idx ON cases (organisation_id, closed_on) WHERE closed_on IS NOT NULL;
CREATE INDEX cases_exploitation_idx ON cases USING gin (exploitation_types);
CREATE INDEX cases_vulnerability_idx ON cases USING gin (vulnerability_flags);
CREATE INDEX cases_citizenship_idx ON cases USING gin (citizenships);

-- A person's part in a case; a victim carries the whole HTCDS vic_ context, a perpetrator the per_ one.
CREATE TABLE case_people (
  organisation_id uuid NOT NULL,
  case_id uuid NOT NULL,
  person_id uuid NOT NULL,
  role text NOT NULL,
  trafficking_status text,
  status_decided_by text,
  relationship_to_trafficker text,
  age_when_trafficked smallint CHECK (age_when_trafficked IS NULL OR age_when_trafficked BETWEEN 0 AND 120),
  recruitment_methods text[] NOT NULL DEFAULT '{}',
  recruitment_websites text[] NOT NULL DEFAULT '{}',
  control_methods text[] NOT NULL DEFAULT '{}',
  exploitation_types text[] NOT NULL DEFAULT '{}',
  forced_labour_industry text,
  sex_exploitation_types text[] NOT NULL DEFAULT '{}',
  exploitation_websites text[] NOT NULL DEFAULT '{}',
  victim_vulnerabilities text[] NOT NULL DEFAULT '{}',
  -- [{country, place}] — places are towns or regions, kept for statistics by country.
  recruitment_places jsonb NOT NULL DEFAULT '[]',
  exploitation_places jsonb NOT NULL DEFAULT '[]',
  perpetrator_roles text[] NOT NULL DEFAULT '{}',
  relationship text,
  -- Sealed JSON under the case key: vic_DetailsOfVulnerabilities, per_RoleDetails.
  sealed text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, case_id, person_id),
  FOREIGN KEY (organisation_id, case_id) REFERENCES cases (organisation_id, id),
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id)
);
CREATE INDEX case_people_person_idx ON case_people (organisation_id, person_id);

CREATE TABLE trafficking_events (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL,
  person_id uuid,
  event_type text NOT NULL,
  occurred_on date,
  date_estimated boolean NOT NULL DEFAULT false,
  country char(2),
  region text,
  city text,
  -- Sealed JSON under the case key: street, postal code, coordinates, description.
  sealed text,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, case_id) REFERENCES cases (organisation_id, id)
);
CREATE INDEX trafficking_events_case_idx ON trafficking_events (organisation_id, case_id, occurred_on);

CREATE TABLE support_plans (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL,
  plan_type text NOT NULL,
  -- Sealed JSON under the case key: objectives, action plan.
  sealed text,
  planned_end_on date,
  actual_end_on date,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, case_id) REFERENCES cases (organisation_id, id)
);
CREATE INDEX support_plans_case_idx ON support_plans (organisation_id, case_id);

-- Types an organisation adds to the built-in assistance catalogue; labels per language.
CREATE TABLE assistance_types (
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  code text NOT NULL,
  labels jsonb NOT NULL,
  disabled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, code)
);

CREATE TABLE assistance (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL,
  plan_id uuid,
  assistance_type text NOT NULL,
  status text NOT NULL,
  provided_on date,
  provider_organisation_id uuid,
  provider_name text,
  quantity numeric(12, 2),
  unit text,
  cost numeric(14, 2),
  currency char(3),
  -- Sealed under the case key: a free-text note.
  sealed text,
  recorded_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, case_id) REFERENCES cases (organisation_id, id)
);
CREATE INDEX assistance_case_idx ON assistance (organisation_id, case_id, provided_on);
CREATE INDEX assistance_type_idx ON assistance (organisation_id, assistance_type, provided_on);

-- Consent per purpose; rows are never changed, so the latest row per person and purpose is in force.
CREATE TABLE consents (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  case_id uuid,
  purpose text NOT NULL,
  decision text NOT NULL,
  decided_on date NOT NULL,
  method text NOT NULL,
  language text,
  guardian_relationship text,
  -- Sealed under the person key: guardian's name, note.
  sealed text,
  signature_attachment_id uuid,
  recorded_by uuid,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id)
);
CREATE INDEX consents_person_idx ON consents (organisation_id, person_id, purpose, created_at DESC);

CREATE TABLE case_notes (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL,
  body text NOT NULL,
  author_user_id uuid,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, case_id) REFERENCES cases (organisation_id, id)
);
CREATE INDEX case_notes_case_idx ON case_notes (organisation_id, case_id, created_at DESC);

CREATE TABLE attachments (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL,
  file_name text NOT NULL,
  media_type text NOT NULL,
  size_bytes integer NOT NULL,
  content bytea NOT NULL,
  uploaded_by uuid,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, case_id) REFERENCES cases (organisation_id, id)
);
CREATE INDEX attachments_case_idx ON attachments (organisation_id, case_id, created_at DESC);

CREATE TABLE tasks (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL,
  title text NOT NULL,
  due_on date NOT NULL,
  assignee_user_id uuid,
  done_at timestamptz,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, case_id) REFERENCES cases (organisation_id, id)
);
CREATE INDEX tasks_assignee_idx ON tasks (organisation_id, assignee_user_id, due_on) WHERE done_at IS NULL;
CREATE INDEX tasks_case_idx ON tasks (organisation_id, case_id, due_on);

-- What changed in a case, field by field. Identifying fields are named, never their values.
CREATE TABLE case_history (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL,
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  actor_user_id uuid,
  action text NOT NULL,
  changes jsonb NOT NULL DEFAULT '{}',
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, case_id) REFERENCES cases (organisation_id, id)
);
CREATE INDEX case_history_case_idx ON case_history (organisation_id, case_id, at DESC);

-- Two person records found to be one person; undone by moving the links back.
CREATE TABLE person_merges (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  survivor_id uuid NOT NULL,
  merged_id uuid NOT NULL,
  moved_case_ids uuid[] NOT NULL DEFAULT '{}',
  moved_consent_ids uuid[] NOT NULL DEFAULT '{}',
  merged_by uuid,
  merged_at timestamptz NOT NULL DEFAULT now(),
  undone_by uuid,
  undone_at timestamptz,
  PRIMARY KEY (organisation_id, id)
);

GRANT SELECT, INSERT, DELETE ON record_keys TO safepath_app;
GRANT UPDATE (wrapped_key) ON record_keys TO safepath_app;
GRANT SELECT, INSERT, UPDATE ON people, cases, case_people, trafficking_events, support_plans,
  assistance_types, assistance, tasks, person_merges, case_number_counters TO safepath_app;
GRANT SELECT, INSERT, DELETE ON person_search_keys TO safepath_app;
GRANT DELETE ON case_people, trafficking_events, support_plans, assistance, tasks, case_notes,
  attachments TO safepath_app;
GRANT SELECT, INSERT ON consents, case_notes, attachments, case_history TO safepath_app;
-- Erasure and retention blank the sealed columns of these rows.
GRANT UPDATE (sealed) ON consents TO safepath_app;
GRANT UPDATE (body) ON case_notes TO safepath_app;
GRANT UPDATE (file_name, content) ON attachments TO safepath_app;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['record_keys', 'people', 'person_search_keys', 'case_number_counters', 'cases',
    'case_people', 'trafficking_events', 'support_plans', 'assistance_types', 'assistance', 'consents',
    'case_notes', 'attachments', 'tasks', 'case_history', 'person_merges']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant ON %I TO safepath_app USING (organisation_id = app_organisation_id()) '
      'WITH CHECK (organisation_id = app_organisation_id())', t);
  END LOOP;
END
$$;

-- "Who saw this case": lists and searches name the records they showed in record_ids.
CREATE INDEX audit_log_record_ids_idx ON audit_log USING gin (record_ids);
