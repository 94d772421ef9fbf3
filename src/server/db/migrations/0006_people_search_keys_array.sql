-- A person's blind-index keys move from rows of person_search_keys (about 22 per person, each with a
-- primary-key entry, a second index entry and a foreign-key check) into one array on the person, under a
-- GIN index. Intake and import wrote more index rows than anything else; search read them back row by row.
-- Each element is a one-letter code of the key's kind followed by the keyed HMAC (see search-index.ts),
-- so the kinds can still be counted without a second column.
ALTER TABLE people ADD COLUMN search_keys text[] NOT NULL DEFAULT '{}';

UPDATE people p SET search_keys = k.keys
FROM (
  SELECT organisation_id, person_id,
    array_agg(
      CASE kind
        WHEN 'name' THEN 'n' WHEN 'name_phonetic' THEN 'p' WHEN 'name_trigram' THEN 't'
        WHEN 'birth_date' THEN 'b' WHEN 'phone' THEN 'h' WHEN 'identity' THEN 'i' WHEN 'email' THEN 'e'
      END || key
      ORDER BY kind, key
    ) AS keys
  FROM person_search_keys
  GROUP BY organisation_id, person_id
) k
WHERE p.organisation_id = k.organisation_id AND p.id = k.person_id;

-- The keys are HMACs under the organisation's own index key, so two organisations never share one by
-- chance; the organisation filter is applied to the rows the index finds. No pending list (fastupdate):
-- PGlite has no autovacuum to merge it, and every search would scan the whole list until then.
CREATE INDEX people_search_keys_idx ON people USING gin (search_keys) WITH (fastupdate = off);

DROP TABLE person_search_keys;
