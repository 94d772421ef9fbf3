-- Screening: each organisation's library of forms (built-in instruments and imported XLSForms), their
-- immutable versions, and screening records. Answers are sealed under a key of the screening's own (a
-- screening can be anonymous); what the figures count — risk level, flags, needs, site, country, sex and
-- age band — stays in clear.

CREATE TABLE forms (
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  -- The XLSForm form_id (or the built-in instrument's id), one form per organisation and key.
  form_key text NOT NULL,
  title jsonb NOT NULL,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'retired')),
  built_in boolean NOT NULL DEFAULT false,
  latest_version integer NOT NULL,
  -- The version new screenings use; a newer draft version can sit beside it until published.
  published_version integer,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  UNIQUE (organisation_id, form_key)
);

CREATE TABLE form_versions (
  organisation_id uuid NOT NULL,
  form_id uuid NOT NULL,
  version integer NOT NULL,
  -- The settings sheet's version as written by the form's author.
  version_label text NOT NULL,
  definition jsonb NOT NULL,
  scoring jsonb,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, form_id, version),
  FOREIGN KEY (organisation_id, form_id) REFERENCES forms (organisation_id, id)
);

CREATE TABLE screenings (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  form_id uuid NOT NULL,
  form_version integer NOT NULL,
  -- Set by the device or the calling system: the same submission sent twice is one screening.
  client_key text,
  screened_at timestamptz NOT NULL,
  country char(2),
  place text,
  site_type text,
  interview_language text,
  screener_user_id uuid,
  team_id uuid,
  person_id uuid,
  case_id uuid,
  answers text NOT NULL,
  -- Null when the form has no scoring rules.
  risk_level text,
  -- The screener's judgement when it differs from the computed level; the reason is sealed.
  override_level text,
  override_reason text,
  overridden_by uuid,
  overridden_at timestamptz,
  flags text[] NOT NULL DEFAULT '{}',
  needs text[] NOT NULL DEFAULT '{}',
  services text[] NOT NULL DEFAULT '{}',
  sex text,
  age_band text,
  consent_record boolean NOT NULL DEFAULT false,
  consent_refer boolean NOT NULL DEFAULT false,
  source text NOT NULL DEFAULT 'app' CHECK (source IN ('app', 'api')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  UNIQUE (organisation_id, client_key),
  FOREIGN KEY (organisation_id, form_id, form_version) REFERENCES form_versions (organisation_id, form_id, version),
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id),
  FOREIGN KEY (organisation_id, case_id) REFERENCES cases (organisation_id, id)
);
CREATE INDEX screenings_screened_at_idx ON screenings (organisation_id, screened_at DESC, id);
CREATE INDEX screenings_screener_idx ON screenings (organisation_id, screener_user_id, screened_at DESC);
CREATE INDEX screenings_person_idx ON screenings (organisation_id, person_id) WHERE person_id IS NOT NULL;

-- The figures read daily counts per breakdown, kept in the same transaction as each screening and each
-- override: counting a million screenings on every request took seconds; summing a few rows per day
-- and breakdown takes milliseconds.
CREATE TABLE screening_counts (
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  day date NOT NULL,
  form_id uuid NOT NULL,
  dimension text NOT NULL,
  key text NOT NULL,
  count integer NOT NULL,
  PRIMARY KEY (organisation_id, day, form_id, dimension, key)
);

-- Tasks can now stand without a case: an urgent task raised by a screening in immediate danger, and
-- later by a hotline contact. The priority puts such tasks first in a supervisor's list.
ALTER TABLE tasks ALTER COLUMN case_id DROP NOT NULL;
ALTER TABLE tasks ADD COLUMN screening_id uuid;
ALTER TABLE tasks ADD COLUMN priority text NOT NULL DEFAULT 'normal' CHECK (priority IN ('normal', 'urgent'));
ALTER TABLE tasks ADD CONSTRAINT tasks_screening_fk FOREIGN KEY (organisation_id, screening_id)
  REFERENCES screenings (organisation_id, id);
ALTER TABLE tasks ADD CONSTRAINT tasks_subject_check CHECK (case_id IS NOT NULL OR screening_id IS NOT NULL);

GRANT SELECT, INSERT, UPDATE ON forms, form_versions, screenings, screening_counts TO safepath_app;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['forms', 'form_versions', 'screenings', 'screening_counts']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant ON %I TO safepath_app USING (organisation_id = app_organisation_id()) '
      'WITH CHECK (organisation_id = app_organisation_id())', t);
  END LOOP;
END
$$;
