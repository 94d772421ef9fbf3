import type { Services } from "../services.js";

const SIX_HOURS_MS = 6 * 60 * 60 * 1000;

/**
 * PGlite has no autovacuum: statistics gathered at start go stale as an office adds thousands of
 * records, and the planner then scans where it should look up by key. PostgreSQL keeps its own.
 */
export function scheduleStatistics(services: Services, log: (message: string) => void): () => void {
  if (services.database.kind !== "pglite") return () => undefined;
  const timer = setInterval(() => {
    services.database
      .withConnection((connection) => connection.exec("ANALYZE"))
      .catch((error: unknown) => log(`statistics refresh failed: ${(error as Error).message}`));
  }, SIX_HOURS_MS);
  timer.unref();
  return () => clearInterval(timer);
}
