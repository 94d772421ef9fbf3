-- Append-only, hash-chained audit trail. Each organisation ('deployment' for entries without one) has
-- eight chains, named '<organisation>:<0..7>' and picked by the database connection, so that
-- concurrent requests rarely wait for each other's chain lock (one chain per organisation halved the
-- throughput of audited reads at 20 clients), and a sharded cluster keeps an organisation's chains on
-- one node. Every chain is verified on its own.

CREATE TABLE audit_log (
  seq bigserial PRIMARY KEY,
  chain text NOT NULL,
  at timestamptz NOT NULL,
  actor_user_id uuid,
  actor_label text NOT NULL,
  organisation_id uuid,
  action text NOT NULL,
  record_type text,
  record_id text,
  record_ids text[],
  outcome text NOT NULL CHECK (outcome IN ('allowed', 'denied', 'failed')),
  request_id text,
  client_ip text,
  reason text,
  detail jsonb,
  prev_hash text,
  hash text NOT NULL
);
CREATE INDEX audit_log_chain_idx ON audit_log (chain, seq DESC);

-- The newest entry of each chain. Appending reads and locks one row here by its key, whatever the size
-- of the trail or the state of the planner's statistics, and verification can tell when the newest
-- entries of a chain were removed (their hash is still recorded here).
CREATE TABLE audit_chain_heads (
  chain text PRIMARY KEY,
  seq bigint NOT NULL,
  hash text NOT NULL
);
CREATE INDEX audit_log_org_idx ON audit_log (organisation_id, seq DESC);
CREATE INDEX audit_log_record_idx ON audit_log (record_type, record_id);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_user_id, seq DESC);

-- The one definition of an entry's hash, used when appending and when verifying. jsonb text output is
-- canonical (keys sorted, nulls explicit), so the same row always gives the same bytes.
CREATE FUNCTION audit_entry_hash(e audit_log) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(jsonb_build_array(
    e.prev_hash, e.chain, e.seq, extract(epoch FROM e.at), e.actor_user_id, e.actor_label,
    e.organisation_id, e.action, e.record_type, e.record_id, e.record_ids, e.outcome,
    e.request_id, e.client_ip, e.reason, e.detail
  )::text, 'UTF8')), 'hex')
$$;

-- The only way to write the trail. It runs as the table owner, locks the chain's head row until the
-- transaction ends, and links the entry to the previous one of its chain.
CREATE FUNCTION audit_append(
  p_actor_user_id uuid, p_actor_label text, p_organisation_id uuid, p_action text,
  p_record_type text, p_record_id text, p_record_ids text[], p_outcome text,
  p_request_id text, p_client_ip text, p_reason text, p_detail jsonb
) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  e audit_log;
BEGIN
  IF app_organisation_id() IS NOT NULL AND p_organisation_id IS DISTINCT FROM app_organisation_id()
     AND NOT app_is_deployment_admin() THEN
    RAISE EXCEPTION 'audit entry for another organisation' USING ERRCODE = '42501';
  END IF;
  e.chain := coalesce(p_organisation_id::text, 'deployment') || ':' || (pg_backend_pid() % 8);
  INSERT INTO audit_chain_heads (chain, seq, hash) VALUES (e.chain, 0, '') ON CONFLICT (chain) DO NOTHING;
  SELECT nullif(hash, '') INTO e.prev_hash FROM audit_chain_heads WHERE chain = e.chain FOR UPDATE;
  e.seq := nextval(pg_get_serial_sequence('audit_log', 'seq'));
  e.at := date_trunc('milliseconds', clock_timestamp());
  e.actor_user_id := p_actor_user_id;
  e.actor_label := p_actor_label;
  e.organisation_id := p_organisation_id;
  e.action := p_action;
  e.record_type := p_record_type;
  e.record_id := p_record_id;
  e.record_ids := p_record_ids;
  e.outcome := p_outcome;
  e.request_id := p_request_id;
  e.client_ip := p_client_ip;
  e.reason := p_reason;
  e.detail := p_detail;
  e.hash := audit_entry_hash(e);
  INSERT INTO audit_log SELECT e.*;
  UPDATE audit_chain_heads SET seq = e.seq, hash = e.hash WHERE chain = e.chain;
  RETURN e.seq;
END
$$;

-- First entry whose link or content does not match, per chain (empty when the trail is intact), and
-- chains whose newest entry is not the one their head records (entries removed from the end).
CREATE FUNCTION audit_broken_links() RETURNS TABLE (seq bigint, chain text, problem text)
LANGUAGE sql STABLE AS $$
  WITH ordered AS (
    SELECT a.seq, a.chain, a.hash, a.prev_hash, audit_entry_hash(a) AS recomputed,
           lag(a.hash) OVER (PARTITION BY a.chain ORDER BY a.seq) AS previous
    FROM audit_log a
  ), bad AS (
    SELECT o.seq, o.chain,
      CASE WHEN o.hash <> o.recomputed THEN 'content changed'
           ELSE 'link to previous entry broken' END AS problem,
      row_number() OVER (PARTITION BY o.chain ORDER BY o.seq) AS n
    FROM ordered o
    WHERE o.hash <> o.recomputed OR o.prev_hash IS DISTINCT FROM o.previous
  ), newest AS (
    SELECT DISTINCT ON (a.chain) a.chain, a.seq, a.hash FROM audit_log a ORDER BY a.chain, a.seq DESC
  ), tails AS (
    SELECT coalesce(h.seq, n.seq) AS seq, coalesce(h.chain, n.chain) AS chain, 'newest entries removed' AS problem
    FROM audit_chain_heads h FULL JOIN newest n ON n.chain = h.chain
    WHERE h.seq IS DISTINCT FROM n.seq OR h.hash IS DISTINCT FROM n.hash
  )
  SELECT b.seq, b.chain, b.problem FROM bad b WHERE b.n = 1
  UNION ALL
  SELECT t.seq, t.chain, t.problem FROM tails t WHERE NOT EXISTS (SELECT 1 FROM bad b WHERE b.chain = t.chain)
  ORDER BY 1
$$;
