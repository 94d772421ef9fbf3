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
