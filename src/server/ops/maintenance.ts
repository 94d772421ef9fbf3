import type { Database } from "../db/connect.js";
import type { Services } from "../services.js";

const SIX_HOURS_MS = 6 * 60 * 60 * 1000;

/**
 * What PostgreSQL's autovacuum does, which PGlite lacks: fresh planner statistics (stale ones make the
 * planner scan where it should look up by key as an office adds thousands of records) and the
 * visibility map (without it every index-only scan of the blind index also reads the table: a name
 * search read twice the pages). Also reclaims the space of updated and deleted rows.
 */
export const PGLITE_UPKEEP = "VACUUM (ANALYZE)";

/** Runs PGlite's upkeep every six hours until stopped. PostgreSQL keeps its own. */
export function schedulePgliteUpkeep(services: Services, log: (message: string) => void): () => void {
  if (services.database.kind !== "pglite") return () => undefined;
  const timer = setInterval(() => {
    services.database
      .withConnection((connection) => connection.exec(PGLITE_UPKEEP))
      .catch((error: unknown) => log(`database upkeep failed: ${(error as Error).message}`));
  }, SIX_HOURS_MS);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * Reads the whole blind index (person_search_keys' primary key) into PGlite's page cache, once the server
 * has started. Its entries are keyed by HMAC, so they sit in random order: after a start, every new
 * person's keys and every name search land on pages not read yet, one read each. At 100,000 people (an
 * 87 MB index) the walk takes 0.1–0.3 s, and the first import after a start then wrote 10,000 rows about
 * 0.3 s sooner (3 runs each, alternating). At start the cache holds next to nothing, so the index may take
 * most of it; a larger one is left alone, since its walk would only push out its own pages. PostgreSQL
 * servers keep their cache across an application's restarts; they are left alone too.
 */
export async function warmBlindIndex(database: Database, shareOfCache = 0.75): Promise<WarmOutcome> {
  if (database.kind !== "pglite") return { warmed: false, reason: "server" };
  return database.withConnection(async (connection) => {
    const [size] = await connection.query<{ index_bytes: string; cache_bytes: string }>(BLIND_INDEX_SIZE);
    if (!size || Number(size.index_bytes) > Number(size.cache_bytes) * shareOfCache)
      return { warmed: false, reason: "too_large" };
    await connection.exec(`BEGIN; ${WALK_SETTINGS}`);
    try {
      await connection.query(BLIND_INDEX_WALK);
    } finally {
      await connection.exec("COMMIT");
    }
    return { warmed: true, bytes: Number(size.index_bytes) };
  });
}

export type WarmOutcome = { warmed: true; bytes: number } | { warmed: false; reason: "server" | "too_large" };

const BLIND_INDEX_SIZE = `SELECT pg_relation_size('person_search_keys_pkey') AS index_bytes,
  pg_size_bytes(current_setting('shared_buffers')) AS cache_bytes`;

/** Plans the walk below as a scan of the index alone, in its order: no other plan is left. */
export const WALK_SETTINGS =
  "SET LOCAL enable_seqscan = off; SET LOCAL enable_sort = off; SET LOCAL enable_incremental_sort = off; SET LOCAL enable_bitmapscan = off;";

/** Every entry of the blind index, in the index's order (its primary key's columns). */
export const BLIND_INDEX_WALK =
  "SELECT count(*) AS entries FROM (SELECT 1 FROM person_search_keys ORDER BY organisation_id, key, person_id) AS walk";
