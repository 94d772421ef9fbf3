-- Referrals between organisations. A referral belongs to two parties: the sender (organisation_id), whose case or
-- screening it comes from, and the receiver (to_organisation_id), an organisation of this deployment — or none,
-- when the provider works outside Safepath and gets an encrypted package instead. Both parties read and write the
-- referral row, its events and its comments; nothing else of either organisation becomes visible to the other.
--
-- What the sender chose to share is sealed under a key of the referral's own (wrapped by the master key, bound to
-- the referral): the receiving organisation can open it without ever holding the sender's keys, and removing the
-- wrapped key (erasure of the person) makes the shared copy unreadable too.

CREATE TABLE referral_number_counters (
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  year smallint NOT NULL,
  last_number integer NOT NULL,
  PRIMARY KEY (organisation_id, year)
);

CREATE TABLE referrals (
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  number text NOT NULL,
  -- service: to a service of the directory; transfer: the whole case to another office of the deployment,
  -- which owns it once it accepts (the sender's case is closed as referred).
  kind text NOT NULL DEFAULT 'service' CHECK (kind IN ('service', 'transfer')),
  to_organisation_id uuid REFERENCES organisations (id),
  -- Kept here because neither party can read the other's organisation row.
  from_organisation_name text NOT NULL,
  to_organisation_name text NOT NULL,
  case_id uuid,
  screening_id uuid,
  person_id uuid,
  -- The sender's team and the person who made it: the sender's record scope.
  team_id uuid,
  created_by uuid,
  service_id uuid REFERENCES services (id),
  provider_id uuid NOT NULL REFERENCES service_providers (id),
  service_type text NOT NULL,
  urgency text NOT NULL CHECK (urgency IN ('emergency', 'high', 'normal', 'low')),
  -- HTCDS cas_ReasonForOutgoingReferral values.
  reason text NOT NULL,
  status text NOT NULL CHECK (status IN ('draft', 'sent', 'acknowledged', 'accepted', 'declined', 'in_progress',
    'completed', 'not_completed', 'withdrawn', 'expired')),
  shared_fields text[] NOT NULL DEFAULT '{}',
  -- Sealed JSON under the referral key: the shared values and the sender's message, as they were when sent.
  shared_payload text,
  -- The referral key, wrapped by the master key for this referral; NULL once the person's data is erased.
  wrapped_key text,
  -- The consent the referral relied on, or the emergency override by a supervisor (reason sealed under the case key).
  consent_id uuid,
  override_by uuid,
  override_reason text,
  -- Answer due (acknowledged and decided) by; set when sent, from the urgency.
  due_at timestamptz,
  sent_at timestamptz,
  acknowledged_at timestamptz,
  decided_at timestamptz,
  started_at timestamptz,
  finished_at timestamptz,
  -- Codes only; the free-text explanation travels as a comment.
  decline_reason text,
  not_completed_reason text,
  -- What was provided, as assistance items (type, date, quantity, unit): no personal data.
  provided jsonb NOT NULL DEFAULT '[]',
  -- The receiver's own case opened from this referral.
  receiver_case_id uuid,
  receiver_user_id uuid,
  overdue_task_id uuid,
  -- A referral that arrived as a package from outside this deployment: the receiver holds both sides of the
  -- row (there is no sender here), and imported_from names who sent it.
  imported_at timestamptz,
  imported_from text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (organisation_id, case_id) REFERENCES cases (organisation_id, id),
  FOREIGN KEY (organisation_id, screening_id) REFERENCES screenings (organisation_id, id),
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id),
  FOREIGN KEY (to_organisation_id, receiver_case_id) REFERENCES cases (organisation_id, id),
  CHECK (case_id IS NOT NULL OR screening_id IS NOT NULL OR imported_at IS NOT NULL),
  CHECK (kind = 'service' OR (case_id IS NOT NULL AND to_organisation_id IS NOT NULL))
);

-- Numbers are unique per sending organisation; an imported referral keeps its sender's number, unique per sender.
CREATE UNIQUE INDEX referrals_number ON referrals (organisation_id, number) WHERE imported_at IS NULL;
CREATE UNIQUE INDEX referrals_imported_number ON referrals (organisation_id, imported_from, number)
  WHERE imported_at IS NOT NULL;
CREATE INDEX referrals_outgoing ON referrals (organisation_id, created_at DESC, id DESC);
CREATE INDEX referrals_incoming ON referrals (to_organisation_id, created_at DESC, id DESC)
  WHERE to_organisation_id IS NOT NULL;
CREATE INDEX referrals_outgoing_status ON referrals (organisation_id, status, created_at DESC, id DESC);
-- The figures count by the day a referral was sent, for either party.
CREATE INDEX referrals_sent ON referrals (organisation_id, sent_at) WHERE sent_at IS NOT NULL;
CREATE INDEX referrals_received ON referrals (to_organisation_id, sent_at)
  WHERE to_organisation_id IS NOT NULL AND sent_at IS NOT NULL;
CREATE INDEX referrals_case ON referrals (organisation_id, case_id);
CREATE INDEX referrals_open_due ON referrals (due_at) WHERE status IN ('sent', 'acknowledged');
CREATE INDEX referrals_receiver_case ON referrals (to_organisation_id, receiver_case_id)
  WHERE receiver_case_id IS NOT NULL;

-- The referral's story: every change of status, by which party and whom.
CREATE TABLE referral_events (
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  to_organisation_id uuid REFERENCES organisations (id),
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  referral_id uuid NOT NULL REFERENCES referrals (id),
  -- The moment of the step itself, not of its transaction: a referral made and sent at once tells both in order.
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  by_organisation_id uuid,
  by_user_id uuid,
  by_label text NOT NULL,
  action text NOT NULL,
  from_status text,
  to_status text NOT NULL,
  -- Codes and counts only.
  detail jsonb
);
CREATE INDEX referral_events_referral ON referral_events (referral_id, at);

-- The conversation between the two organisations, sealed under the referral key.
CREATE TABLE referral_comments (
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  to_organisation_id uuid REFERENCES organisations (id),
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  referral_id uuid NOT NULL REFERENCES referrals (id),
  author_organisation_id uuid NOT NULL,
  author_user_id uuid,
  author_label text NOT NULL,
  body text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX referral_comments_referral ON referral_comments (referral_id, created_at);

-- A referral package for a provider outside the deployment: the encrypted file (a PDF in the recipient's
-- language and the HTCDS JSON, sealed with a password or the recipient's public key), downloadable once through
-- a link that expires. Only a hash of the link's token is kept; every refused attempt is counted and audited.
CREATE TABLE referral_packages (
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  referral_id uuid NOT NULL REFERENCES referrals (id),
  token_hash text NOT NULL UNIQUE,
  method text NOT NULL CHECK (method IN ('password', 'public_key')),
  -- The age public key the package was sealed for (not secret); NULL for a password.
  recipient text,
  language text NOT NULL,
  -- The age-encrypted package; emptied once downloaded or expired.
  content bytea,
  size_bytes integer NOT NULL,
  expires_at timestamptz NOT NULL,
  downloaded_at timestamptz,
  refused_attempts integer NOT NULL DEFAULT 0,
  last_refused_at timestamptz,
  -- Delivery and response as the sender learns them (by phone, e-mail or a returned package).
  delivered_at timestamptz,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((method = 'public_key') = (recipient IS NOT NULL))
);
CREATE INDEX referral_packages_referral ON referral_packages (referral_id);

-- The download link carries no session and names no organisation: the one thing an anonymous caller may learn
-- is which organisation holds the package whose token hashes to the given value (nothing for any other value).
-- The download then runs as that organisation's named system actor, under row-level security like any request.
CREATE FUNCTION referral_package_organisation(p_token_hash text) RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT organisation_id FROM referral_packages WHERE token_hash = p_token_hash
$$;
REVOKE ALL ON FUNCTION referral_package_organisation(text) FROM PUBLIC;

-- The organisation's key pair for receiving packages from other deployments: the public key (an age
-- recipient) is given to senders; the private key is sealed with the organisation's data key.
CREATE TABLE package_keys (
  organisation_id uuid PRIMARY KEY REFERENCES organisations (id),
  public_key text NOT NULL,
  sealed_private_key text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- An overdue referral raises a task for its sender.
ALTER TABLE tasks ADD COLUMN referral_id uuid REFERENCES referrals (id);

GRANT SELECT, INSERT, UPDATE ON referral_number_counters, referrals, referral_events, referral_comments,
  referral_packages, package_keys TO safepath_app;
GRANT EXECUTE ON FUNCTION referral_package_organisation(text) TO safepath_app;

ALTER TABLE referral_number_counters ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON referral_number_counters TO safepath_app
  USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id());
ALTER TABLE package_keys ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON package_keys TO safepath_app
  USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id());
ALTER TABLE referral_packages ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON referral_packages TO safepath_app
  USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id());

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['referrals', 'referral_events', 'referral_comments']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY parties ON %I TO safepath_app '
      'USING (organisation_id = app_organisation_id() OR to_organisation_id = app_organisation_id()) '
      'WITH CHECK (organisation_id = app_organisation_id() OR to_organisation_id = app_organisation_id())', t);
  END LOOP;
END
$$;

-- =================================================================================================================
-- Law-enforcement reports of cases.
--
-- The hotline's record of a report to law enforcement (0008) becomes the one record of what was reported to an
-- authority, from a hotline contact or from a case: to which authority (its kind, and its name in `agency`), when,
-- about whom, what of the person was shared, and on what ground — the person's consent, or when there is none the
-- legal basis that allows or obliges the report. Reports of a contact keep working as before (kind = the contact's
-- escalation, consent always true).
--
-- reference, summary and shared_values hold ciphertext: reference and summary under the key of the contact when the
-- report names one, else under the case's key; shared_values (the shared fields' values as they were when reported)
-- under the person's key, so that erasing the person makes the copy unreadable too. The legal basis is kept in
-- clear: it names a provision of law ("mandatory reporting of a child at risk, art. …"), not the person, and it has
-- to outlive the person's erasure, since it is what shows that a report without consent was lawful.
-- =================================================================================================================

ALTER TABLE law_enforcement_reports ALTER COLUMN contact_id DROP NOT NULL;
ALTER TABLE law_enforcement_reports ALTER COLUMN kind DROP NOT NULL;
ALTER TABLE law_enforcement_reports ADD COLUMN case_id uuid;
ALTER TABLE law_enforcement_reports ADD COLUMN person_id uuid;
ALTER TABLE law_enforcement_reports ADD COLUMN authority_kind text CHECK (authority_kind IN ('police', 'border_guard',
  'prosecutor', 'labour_inspectorate', 'child_protection', 'other'));
ALTER TABLE law_enforcement_reports ADD COLUMN legal_basis text;
-- The consent decision the report relied on (the one in force when it was recorded).
ALTER TABLE law_enforcement_reports ADD COLUMN consent_id uuid;
ALTER TABLE law_enforcement_reports ADD COLUMN shared_fields text[] NOT NULL DEFAULT '{}';
ALTER TABLE law_enforcement_reports ADD COLUMN shared_values text;

ALTER TABLE law_enforcement_reports ADD CONSTRAINT law_enforcement_reports_case_fk FOREIGN KEY (organisation_id, case_id)
  REFERENCES cases (organisation_id, id);
ALTER TABLE law_enforcement_reports ADD CONSTRAINT law_enforcement_reports_person_fk
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id);
ALTER TABLE law_enforcement_reports ADD CONSTRAINT law_enforcement_reports_consent_fk
  FOREIGN KEY (organisation_id, consent_id) REFERENCES consents (organisation_id, id);

-- Consent, or the legal basis when there is none.
ALTER TABLE law_enforcement_reports DROP CONSTRAINT law_enforcement_reports_consent_check;
ALTER TABLE law_enforcement_reports ADD CONSTRAINT law_enforcement_reports_basis_check
  CHECK (consent OR (legal_basis IS NOT NULL AND btrim(legal_basis) <> ''));
-- A report is about a hotline contact or a case (or both).
ALTER TABLE law_enforcement_reports ADD CONSTRAINT law_enforcement_reports_subject_check
  CHECK (contact_id IS NOT NULL OR case_id IS NOT NULL);
-- A contact's report carries the contact's escalation; a case's report names the kind of authority.
ALTER TABLE law_enforcement_reports ADD CONSTRAINT law_enforcement_reports_kind_check_by_subject
  CHECK ((contact_id IS NULL OR kind IS NOT NULL) AND (case_id IS NULL OR authority_kind IS NOT NULL));

CREATE INDEX law_enforcement_reports_case_idx ON law_enforcement_reports (organisation_id, case_id, reported_at)
  WHERE case_id IS NOT NULL;
