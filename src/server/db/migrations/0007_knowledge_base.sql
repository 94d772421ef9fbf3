-- The operators' knowledge base: call scripts, referral contacts, legal facts by country and safety
-- guidance, written by supervisors and read during calls. No personal data lives here. An article's
-- text sits in immutable versions (every edit is a new version, the history stays); the article row
-- says which version is current, its status and when it is due for review.

CREATE TABLE articles (
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  category text NOT NULL CHECK (category IN ('script', 'referral_contacts', 'legal_facts', 'safety', 'other')),
  country char(2) CHECK (country ~ '^[A-Z]{2}$'),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'retired')),
  current_version integer NOT NULL CHECK (current_version >= 1),
  review_on date NOT NULL,
  last_reviewed_at timestamptz,
  last_reviewed_by uuid,
  -- The current version's titles (weight A) and bodies (weight B) in every language, as words the
  -- application lower-cased and stripped of diacritics before to_tsvector('simple', …): the result does
  -- not depend on the database's locale (a database created with LC_CTYPE=C lower-cases ASCII only),
  -- and "lodz" finds "Łódź", "е" finds "ё", ş and ș are one letter. See src/shared/knowledge/search-text.ts.
  search_document tsvector NOT NULL,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id)
);
CREATE INDEX articles_search_idx ON articles USING gin (search_document);
CREATE INDEX articles_updated_idx ON articles (organisation_id, status, updated_at DESC, id);
CREATE INDEX articles_review_idx ON articles (organisation_id, review_on) WHERE status <> 'retired';

CREATE TABLE article_versions (
  organisation_id uuid NOT NULL,
  article_id uuid NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  -- {"uk": {"title": …, "body": …}, "en": …}: at least one of the interface languages, no other key.
  translations jsonb NOT NULL CHECK (
    jsonb_typeof(translations) = 'object'
    AND translations <> '{}'::jsonb
    AND (translations - ARRAY['en', 'uk', 'ru', 'pl', 'ro']) = '{}'::jsonb
  ),
  change_summary text NOT NULL,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, article_id, version),
  FOREIGN KEY (organisation_id, article_id) REFERENCES articles (organisation_id, id)
);

-- The current version always exists; checked at commit, since the article row is written first.
ALTER TABLE articles ADD CONSTRAINT articles_current_version_fk
  FOREIGN KEY (organisation_id, id, current_version)
  REFERENCES article_versions (organisation_id, article_id, version)
  DEFERRABLE INITIALLY DEFERRED;

-- No UPDATE or DELETE on versions for the application: a version once written stays as it was.
GRANT SELECT, INSERT, UPDATE ON articles TO safepath_app;
GRANT SELECT, INSERT ON article_versions TO safepath_app;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['articles', 'article_versions']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant ON %I TO safepath_app USING (organisation_id = app_organisation_id()) '
      'WITH CHECK (organisation_id = app_organisation_id())', t);
  END LOOP;
END
$$;
