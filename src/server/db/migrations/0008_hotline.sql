-- Hotline and helpline: contacts (calls, chats, e-mails, web forms, walk-ins), the consultations given in
-- each, the organisation's own consultation topics, law-enforcement report records and the daily counts
-- behind the helpline figures. The caller's number, name, notes and handover notes are sealed under a key
-- of the contact's own; the number is also kept as a blind index so that a repeat caller is recognised.

-- Contacts by hour of day and weekday mean the hotline's local hours, not UTC.
ALTER TABLE organisations ADD COLUMN time_zone text NOT NULL DEFAULT 'UTC';

CREATE TABLE hotline_topics (
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  -- Built-in topics are in code; these extend them and are counted by their code.
  code text NOT NULL,
  labels jsonb NOT NULL,
  retired_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  UNIQUE (organisation_id, code)
);

CREATE TABLE hotline_contacts (
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  -- Set by the browser (a double click saves one contact) or by a phone system ("telephony:<call id>").
  client_key text,
  -- queued: waiting for an operator (a web-form report); draft: being taken; completed: counted.
  status text NOT NULL CHECK (status IN ('queued', 'draft', 'completed')),
  channel text NOT NULL,
  direction text NOT NULL CHECK (direction IN ('incoming', 'outgoing')),
  source text NOT NULL CHECK (source IN ('app', 'telephony', 'web_form')),
  started_at timestamptz NOT NULL,
  ended_at timestamptz,
  duration_seconds integer CHECK (duration_seconds >= 0),
  operator_user_id uuid,
  -- Helpline work belongs to the team: every operator of the team reaches its contacts.
  team_id uuid,
  language text,
  caller_type text,
  caller_country char(2),
  caller_place text,
  anonymous boolean NOT NULL DEFAULT false,
  caller_number text,
  caller_number_key text,
  caller_name text,
  caller_email text,
  notes text,
  outcome text,
  escalation text CHECK (escalation IN ('exploitation', 'immediate_danger')),
  follow_up_on date,
  follow_up_note text,
  follow_up_done_at timestamptz,
  follow_up_done_by uuid,
  person_id uuid,
  case_id uuid,
  -- Filled when the contact is completed: the hotline's local day it counts on, and who the caller is for
  -- "distinct persons" (a linked person, else the number's blind key, else the contact itself).
  counted_on date,
  caller_ref text,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  UNIQUE (organisation_id, client_key),
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id),
  FOREIGN KEY (organisation_id, case_id) REFERENCES cases (organisation_id, id)
);
CREATE INDEX hotline_contacts_started_idx ON hotline_contacts (organisation_id, started_at DESC, id);
CREATE INDEX hotline_contacts_number_idx ON hotline_contacts (organisation_id, caller_number_key, started_at DESC)
  WHERE caller_number_key IS NOT NULL;
CREATE INDEX hotline_contacts_open_idx ON hotline_contacts (organisation_id, status, started_at)
  WHERE status <> 'completed';
CREATE INDEX hotline_contacts_follow_up_idx ON hotline_contacts (organisation_id, follow_up_on, id)
  WHERE follow_up_on IS NOT NULL AND follow_up_done_at IS NULL;
CREATE INDEX hotline_contacts_case_idx ON hotline_contacts (organisation_id, case_id) WHERE case_id IS NOT NULL;
CREATE INDEX hotline_contacts_person_idx ON hotline_contacts (organisation_id, person_id) WHERE person_id IS NOT NULL;
-- Distinct persons assisted in a period: an index-only scan over the period's callers.
CREATE INDEX hotline_contacts_callers_idx ON hotline_contacts (organisation_id, counted_on, caller_ref)
  WHERE counted_on IS NOT NULL;

CREATE TABLE hotline_consultations (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  contact_id uuid NOT NULL,
  position smallint NOT NULL,
  topic text NOT NULL,
  service text NOT NULL,
  note text,
  PRIMARY KEY (organisation_id, id),
  UNIQUE (organisation_id, contact_id, position),
  FOREIGN KEY (organisation_id, contact_id) REFERENCES hotline_contacts (organisation_id, id) ON DELETE CASCADE
);

-- A report to the police or another law-enforcement body, made with the caller's consent. The record
-- says that, when and to whom; the reference and summary are sealed under the contact's key.
CREATE TABLE law_enforcement_reports (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  contact_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('exploitation', 'immediate_danger')),
  agency text NOT NULL,
  reported_at timestamptz NOT NULL,
  consent boolean NOT NULL CHECK (consent),
  reference text,
  summary text,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, contact_id) REFERENCES hotline_contacts (organisation_id, id)
);
CREATE INDEX law_enforcement_reports_contact_idx ON law_enforcement_reports (organisation_id, contact_id);

-- Daily counts per breakdown, kept in the transaction that completes or corrects a contact (as for
-- screenings): the figures sum a few rows per day instead of counting a million contacts.
CREATE TABLE hotline_counts (
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  day date NOT NULL,
  dimension text NOT NULL,
  key text NOT NULL,
  count bigint NOT NULL,
  PRIMARY KEY (organisation_id, day, dimension, key)
);

-- Follow-ups and escalations of a contact are tasks too.
ALTER TABLE tasks ADD COLUMN contact_id uuid;
ALTER TABLE tasks ADD CONSTRAINT tasks_contact_fk FOREIGN KEY (organisation_id, contact_id)
  REFERENCES hotline_contacts (organisation_id, id);
ALTER TABLE tasks DROP CONSTRAINT tasks_subject_check;
ALTER TABLE tasks ADD CONSTRAINT tasks_subject_check
  CHECK (case_id IS NOT NULL OR screening_id IS NOT NULL OR contact_id IS NOT NULL);

GRANT SELECT, INSERT, UPDATE ON hotline_topics, hotline_contacts, hotline_consultations, law_enforcement_reports,
  hotline_counts TO safepath_app;
GRANT DELETE ON hotline_consultations TO safepath_app;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['hotline_topics', 'hotline_contacts', 'hotline_consultations', 'law_enforcement_reports',
    'hotline_counts']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant ON %I TO safepath_app USING (organisation_id = app_organisation_id()) '
      'WITH CHECK (organisation_id = app_organisation_id())', t);
  END LOOP;
END
$$;
