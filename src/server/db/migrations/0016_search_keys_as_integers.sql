-- Blind-index keys are stored as the first eight bytes of their HMAC, a signed 64-bit integer, instead of
-- 32 characters of it (search-index.ts makes the same integer). The HMAC already covers the kind, so the
-- key alone tells the entries apart and the primary key no longer starts with the kind. An index entry
-- falls from about 90 to 48 bytes; the blind index was the largest index of the database (148 MB at
-- 100,000 cases), and its entries most of what an intake or an import writes. A collision of two keys
-- (about one in 2^64 per pair) only adds a candidate that ranking then scores down. The conversion is
-- exact, so no name has to be opened and hashed again.
CREATE FUNCTION search_key_of_hmac(hmac text) RETURNS bigint LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT ('x' || encode(substring(decode(translate(hmac, '-_', '+/'), 'base64') FROM 1 FOR 8), 'hex'))::bit(64)::bigint
$$;
CREATE FUNCTION search_keys_of_hmacs(hmacs text[]) RETURNS bigint[] LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT coalesce(array_agg(search_key_of_hmac(hmac) ORDER BY n), '{}') FROM unnest(hmacs) WITH ORDINALITY AS h(hmac, n)
$$;

ALTER TABLE person_search_keys DROP CONSTRAINT person_search_keys_pkey;
ALTER TABLE person_search_keys ALTER COLUMN key TYPE bigint USING search_key_of_hmac(key);
ALTER TABLE person_search_keys ADD PRIMARY KEY (organisation_id, key, person_id);
ALTER TABLE person_name_trigrams ALTER COLUMN keys TYPE bigint[] USING search_keys_of_hmacs(keys);

DROP FUNCTION search_keys_of_hmacs(text[]);
