import { randomUUID } from "node:crypto";
import { type Kysely, sql } from "kysely";
import type { Schema } from "../../src/server/db/schema.js";
import { isRole, recordScopeOf } from "../../src/shared/access/permissions.js";
import { percentile } from "./stats.js";
import { type WarmUp, warmUp } from "./warmup.js";

/** What the server knows about the caller after authentication: the values its SQL is run with. */
export interface ListActor {
  userId: string;
  organisationId: string;
  teamId: string | null;
  recordScope: string;
  label: string;
}

/** Looks the org admin up directly (the connecting role bypasses row-level security). */
export async function listActor(db: Kysely<Schema>, email: string): Promise<ListActor> {
  const row = await db
    .selectFrom("users")
    .select(["id", "organisation_id", "team_id", "roles"])
    .where(sql`lower(email)`, "=", email.toLowerCase())
    .executeTakeFirstOrThrow();
  return {
    userId: row.id,
    organisationId: row.organisation_id,
    teamId: row.team_id,
    recordScope: recordScopeOf(row.roles.filter(isRole)),
    label: `user:${row.id}`,
  };
}

/**
 * One GET /api/users?limit=20 in SQL, statement for statement, in one transaction:
 * - the settings of runScoped → applyActorSettings (src/server/access/scoped-db.ts), copied;
 * - the page query listUsers (src/server/modules/users/users.service.ts) builds through ScopedDb —
 *   organisation filter, keyset order, limit + 1 — as Kysely compiles it;
 * - the audit entry of appendAudit (src/server/audit/writer.ts) with the page's ids.
 * The credential lookup of authenticate() runs outside that transaction on the server and is not here.
 */
export async function listTransaction(db: Kysely<Schema>, actor: ListActor, limit: number): Promise<number> {
  return db.transaction().execute(async (tx) => {
    await sql`SELECT set_config('role', 'safepath_app', true),
    set_config('app.organisation_id', ${actor.organisationId}, true),
    set_config('app.user_id', ${actor.userId}, true),
    set_config('app.team_id', ${actor.teamId ?? ""}, true),
    set_config('app.record_scope', ${actor.recordScope}, true),
    set_config('app.deployment_admin', ${"off"}, true)`.execute(tx);
    const page = await sql<{
      id: string;
    }>`select * from "users" where "users"."organisation_id" = ${actor.organisationId} order by lower(display_name), "id" limit ${limit + 1}`.execute(
      tx,
    );
    const ids = page.rows.slice(0, limit).map((row) => row.id);
    await sql`SELECT audit_append(
    ${actor.userId}::uuid, ${actor.label}, ${actor.organisationId}::uuid, ${"user.list"},
    ${"user"}, ${null}, ${ids}::text[],
    ${"allowed"}, ${randomUUID()}, ${"127.0.0.1"}, ${null},
    ${null}::jsonb)`.execute(tx);
    return ids.length;
  });
}

export interface SqlLoadResult {
  tps: number;
  p50Ms: number;
  p95Ms: number;
  transactions: number;
  /** Transactions per second of each warm-up window. */
  warmupRates: number[];
}

/** `concurrency` loops of listTransaction for `seconds`; a loop starts no transaction after the deadline. */
async function loops(run: () => Promise<number>, concurrency: number, seconds: number) {
  const latencies: number[] = [];
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const loop = async () => {
    while (performance.now() < deadline) {
      const t = performance.now();
      const rows = await run();
      if (rows === 0) throw new Error("the users page was empty");
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  return { latencies, elapsed: (performance.now() - started) / 1000 };
}

export async function sqlListLoad(
  db: Kysely<Schema>,
  actor: ListActor,
  options: { limit: number; concurrency: number; durationSeconds: number; warmup: WarmUp },
): Promise<SqlLoadResult> {
  const run = () => listTransaction(db, actor, options.limit);
  const warmupRates = await warmUp(async () => {
    const window = await loops(run, options.concurrency, 1);
    return window.latencies.length / window.elapsed;
  }, options.warmup);
  const { latencies, elapsed } = await loops(run, options.concurrency, options.durationSeconds);
  return {
    tps: latencies.length / elapsed,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    transactions: latencies.length,
    warmupRates,
  };
}
