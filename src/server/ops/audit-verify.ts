import { sql } from "kysely";
import type { Database } from "../db/connect.js";

export interface BrokenLink {
  chain: string;
  /** bigint, as text: the first entry of the chain that does not match. */
  seq: string;
  problem: string;
}

export interface AuditVerification {
  intact: boolean;
  entries: number;
  chains: number;
  broken: BrokenLink[];
}

/**
 * Recomputes every entry's hash and link with the database's own definition (audit_broken_links).
 * Runs as the table owner so that row-level security hides no entry, in one snapshot so that
 * entries appended meanwhile do not show as breaks.
 */
export async function verifyAuditTrail(database: Database): Promise<AuditVerification> {
  return database.db
    .transaction()
    .setIsolationLevel("repeatable read")
    .execute(async (tx) => {
      const totals = await sql<{ entries: string; chains: string }>`
        SELECT count(*)::text AS entries, count(DISTINCT chain)::text AS chains FROM audit_log`.execute(tx);
      const broken = await sql<BrokenLink>`
        SELECT chain, seq::text AS seq, problem FROM audit_broken_links() ORDER BY seq`.execute(tx);
      const row = totals.rows[0];
      return {
        intact: broken.rows.length === 0,
        entries: Number(row?.entries ?? 0),
        chains: Number(row?.chains ?? 0),
        broken: broken.rows,
      };
    });
}
