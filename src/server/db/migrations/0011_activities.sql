-- Activities and the situation report. An organisation reports through its offices (a country office, a
-- sub-office); each records its trainings, campaigns, coordination, guidance products and research as
-- activities, month by month. Figures of direct assistance, screening, hotline and referrals are never typed:
-- records of a team count for the team's office, other records for the organisation's main office.

CREATE TABLE offices (
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  name text NOT NULL,
  country char(2) NOT NULL,
  -- The first administrative level, by name and P-code (OCHA's place codes) where known: the 5W table's "where".
  admin1_name text,
  admin1_pcode text,
  city text,
  -- One office per organisation is its main office: records of no office's team count for it.
  is_main boolean NOT NULL DEFAULT false,
  -- Offices appear in reports in this order, then by name.
  sort_order integer NOT NULL DEFAULT 0,
  retired_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id)
);
CREATE UNIQUE INDEX offices_name ON offices (organisation_id, lower(name));
CREATE UNIQUE INDEX offices_main ON offices (organisation_id) WHERE is_main;

ALTER TABLE teams ADD COLUMN office_id uuid;
ALTER TABLE teams ADD FOREIGN KEY (organisation_id, office_id) REFERENCES offices (organisation_id, id);

-- The lists an activity's values come from, as far as the organisation extends them (target groups,
-- materials, channels, meeting types, product types, research methods, topics). Built-in values live in
-- src/shared/activities/vocab.ts; a row here adds a value with its label in each language.
CREATE TABLE activity_list_values (
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  list text NOT NULL,
  code text NOT NULL,
  -- {"en": "...", "uk": "...", ...}; English is required, the others fall back to it.
  labels jsonb NOT NULL,
  retired_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  UNIQUE (organisation_id, list, code)
);

CREATE TABLE activities (
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  office_id uuid NOT NULL,
  -- training | awareness | coordination | guidance | research
  kind text NOT NULL,
  -- The situation report's section: direct_assistance | thematic_guidance | convening | advocacy | training | research
  section text NOT NULL,
  title text NOT NULL,
  -- The paragraph written for the report.
  narrative text NOT NULL DEFAULT '',
  partners text[] NOT NULL DEFAULT '{}',
  country char(2) NOT NULL,
  admin1_pcode text,
  place text,
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  -- The reporting month (its first day): the month the activity ended in, or the last month of the
  -- period it ran. Locking a month of an office locks every activity of that office in it.
  period_month date NOT NULL,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'approved')),
  -- The kind's own fields (src/shared/api/activities.ts): participants by sex and profile, materials and
  -- quantities, reach, meeting role, product versions, sample size, findings. No personal data.
  details jsonb NOT NULL DEFAULT '{}',
  -- A training's participant list, sealed under the organisation's key (names are personal data).
  participant_list bytea,
  submitted_at timestamptz,
  submitted_by uuid,
  approved_at timestamptz,
  approved_by uuid,
  -- Why a supervisor sent it back to draft, shown to whoever edits it next.
  returned_reason text,
  version integer NOT NULL DEFAULT 1,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, office_id) REFERENCES offices (organisation_id, id),
  CHECK (ends_on >= starts_on),
  CHECK (kind IN ('training', 'awareness', 'coordination', 'guidance', 'research')),
  CHECK (section IN ('direct_assistance', 'thematic_guidance', 'convening', 'advocacy', 'training', 'research'))
);
CREATE INDEX activities_period ON activities (organisation_id, period_month, office_id, kind);
CREATE INDEX activities_recent ON activities (organisation_id, updated_at DESC, id);
CREATE INDEX activities_status ON activities (organisation_id, status, period_month) WHERE status <> 'approved';

-- Photos for the report, with caption, credit and the consent of the people shown. Sealed at rest.
CREATE TABLE activity_photos (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  activity_id uuid NOT NULL,
  caption text NOT NULL,
  credit text NOT NULL,
  -- Either the people shown agreed to the photo being published, or nobody can be recognised in it.
  consent text NOT NULL CHECK (consent IN ('people_shown_agreed', 'nobody_recognisable')),
  -- How and when they agreed, in the uploader's words.
  consent_note text,
  media_type text NOT NULL,
  size_bytes integer NOT NULL,
  content bytea NOT NULL,
  uploaded_by uuid,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, activity_id) REFERENCES activities (organisation_id, id)
);
CREATE INDEX activity_photos_activity ON activity_photos (organisation_id, activity_id, created_at);

-- Files of a guidance product's versions (the guideline as published, in each language). Sealed at rest.
CREATE TABLE activity_files (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  activity_id uuid NOT NULL,
  -- The product version the file belongs to (details.versions[].label), and its language.
  version_label text NOT NULL,
  language text,
  file_name text NOT NULL,
  media_type text NOT NULL,
  size_bytes integer NOT NULL,
  content bytea NOT NULL,
  uploaded_by uuid,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, activity_id) REFERENCES activities (organisation_id, id)
);
CREATE INDEX activity_files_activity ON activity_files (organisation_id, activity_id, created_at);

-- A month of an office once a supervisor approved it: locked, so its figures stay as reported. Unlocking
-- needs a reason; every lock and unlock is kept in period_events and the audit trail.
CREATE TABLE reporting_periods (
  organisation_id uuid NOT NULL,
  office_id uuid NOT NULL,
  month date NOT NULL,
  locked_at timestamptz,
  locked_by uuid,
  PRIMARY KEY (organisation_id, office_id, month),
  FOREIGN KEY (organisation_id, office_id) REFERENCES offices (organisation_id, id)
);

CREATE TABLE period_events (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  office_id uuid NOT NULL,
  month date NOT NULL,
  -- locked | unlocked
  action text NOT NULL CHECK (action IN ('locked', 'unlocked')),
  reason text,
  actor_id uuid,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, office_id, month) REFERENCES reporting_periods (organisation_id, office_id, month)
);

-- A situation report: a period of months, a set of offices, a language. Its text lives in versions.
CREATE TABLE sitreps (
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  title text NOT NULL,
  from_month date NOT NULL,
  to_month date NOT NULL,
  office_ids uuid[] NOT NULL,
  language text NOT NULL,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
  current_version integer NOT NULL DEFAULT 1,
  published_version integer,
  published_at timestamptz,
  published_by uuid,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  CHECK (to_month >= from_month)
);
CREATE INDEX sitreps_recent ON sitreps (organisation_id, updated_at DESC, id);

-- Each save of a report is a new version: the whole document (src/shared/api/sitrep.ts), figures included.
CREATE TABLE sitrep_versions (
  organisation_id uuid NOT NULL,
  sitrep_id uuid NOT NULL,
  version integer NOT NULL,
  document jsonb NOT NULL,
  note text,
  saved_by uuid,
  saved_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (organisation_id, sitrep_id, version),
  FOREIGN KEY (organisation_id, sitrep_id) REFERENCES sitreps (organisation_id, id)
);

GRANT SELECT, INSERT, UPDATE ON offices, activity_list_values, activities, activity_photos, activity_files,
  reporting_periods,
  period_events, sitreps, sitrep_versions TO safepath_app;
-- Photos and files may be removed by the activity's editors while it is a draft.
GRANT DELETE ON activity_photos, activity_files TO safepath_app;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['offices', 'activity_list_values', 'activities', 'activity_photos', 'activity_files', 'reporting_periods',
    'period_events', 'sitreps', 'sitrep_versions']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant ON %I TO safepath_app '
      'USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id())', t);
  END LOOP;
END
$$;

-- The situation report counts the people assisted in a period by office, victim or not, and sex: these let
-- those reads run on the indexes alone at a million cases (the rows themselves are wide and sealed).
CREATE INDEX assistance_provided_period ON assistance (organisation_id, provided_on) INCLUDE (case_id, assistance_type)
  WHERE status = 'provided';
CREATE INDEX case_people_trafficking_status ON case_people (organisation_id, case_id, person_id)
  INCLUDE (trafficking_status);
CREATE INDEX people_sex ON people (organisation_id, id) INCLUDE (sex);
