-- Trigrams of names (about 16 per person) score the candidates a search finds by other keys; since name
-- pairs and blocks find people, no search looks a trigram up any more. A person's trigram HMACs are
-- therefore kept together in one row, read by person: a person's blind-index rows fall from about 25 to
-- about 9, which is most of what an intake or an import writes.
CREATE TABLE person_name_trigrams (
  organisation_id uuid NOT NULL,
  person_id uuid NOT NULL,
  keys text[] COLLATE "C" NOT NULL,
  PRIMARY KEY (organisation_id, person_id)
);

GRANT SELECT, INSERT, DELETE ON person_name_trigrams TO safepath_app;
ALTER TABLE person_name_trigrams ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON person_name_trigrams TO safepath_app
  USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id());

INSERT INTO person_name_trigrams (organisation_id, person_id, keys)
SELECT organisation_id, person_id, array_agg(key ORDER BY key)
FROM person_search_keys
WHERE kind = 'name_trigram'
GROUP BY organisation_id, person_id;

DELETE FROM person_search_keys WHERE kind = 'name_trigram';
