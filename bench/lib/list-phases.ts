// The list benchmark: the scoped, audited list endpoint under load, and the same SQL work done directly.
import type { Database } from "../../src/server/db/connect.js";
import {
  addUsers,
  countUsers,
  createApiToken,
  demoAccount,
  demoAccounts,
  ORG_ADMIN_EMAIL,
  signIn,
  timeSignIns,
} from "./api.js";
import { loadTest } from "./load.js";
import { PLAN } from "./plans.js";
import type { DbKind, Results } from "./results.js";
import type { ServerProcess } from "./server.js";
import { listActor, sqlListLoad } from "./sql-list.js";
import { median, percentile, round } from "./stats.js";

/** What every phase of the run reports to. */
export interface PhaseContext {
  results: Results;
  log: (message: string) => void;
}

const ms = (v: number) => round(v, 1);

/** Sign-in timing (PGlite only), extra users, an API token, then the list endpoint under load. */
export async function apiPhase(
  server: ServerProcess,
  dataDir: string,
  db: DbKind,
  measureLogin: boolean,
  { results, log }: PhaseContext,
): Promise<number> {
  const admin = await demoAccount(dataDir, ORG_ADMIN_EMAIL);
  if (measureLogin) {
    const datasetUsers = (await demoAccounts(dataDir)).length;
    await signIn(server.baseUrl, admin); // first call loads code paths; not counted
    const times = await timeSignIns(server.baseUrl, admin, PLAN.loginRuns);
    results.set("auth.login.p50_ms", { value: ms(median(times)), unit: "ms", n: datasetUsers, db });
    log(`sign-in: p50 ${ms(median(times))} ms, p95 ${ms(percentile(times, 95))} ms over ${times.length} runs`);
  }
  const session = await signIn(server.baseUrl, admin);
  const started = performance.now();
  await addUsers(server.baseUrl, session, PLAN.extraUsers);
  log(`added ${PLAN.extraUsers} users through POST /api/users in ${ms((performance.now() - started) / 1000)} s`);
  const token = await createApiToken(server.baseUrl, session);
  const n = await countUsers(server.baseUrl, token);
  log(
    `GET /api/users?limit=${PLAN.pageSize}: ${PLAN.connections} connections, warm-up + ${PLAN.listSeconds} s (${n} users)`,
  );
  const load = await loadTest({
    url: `${server.baseUrl}/api/users?limit=${PLAN.pageSize}`,
    headers: { authorization: `Bearer ${token}` },
    connections: PLAN.connections,
    durationSeconds: PLAN.listSeconds,
    warmup: PLAN.warmup,
  });
  log(`HTTP warm-up: ${load.warmupRates.map((r) => Math.round(r)).join(", ")} req/s`);
  results.set(`api.list.p50_ms.${db}`, { value: ms(load.p50Ms), unit: "ms", n, db });
  results.set(`api.list.p95_ms.${db}`, { value: ms(load.p95Ms), unit: "ms", n, db });
  results.set(`api.list.rps.${db}`, { value: round(load.rps, 1), unit: "per_s", n, db });
  log(
    `HTTP: ${round(load.rps, 1)} req/s, p50 ${ms(load.p50Ms)} ms, p95 ${ms(load.p95Ms)} ms, p99 ${ms(load.p99Ms)} ms (${load.requests} requests)`,
  );
  return n;
}

/** The same SQL work with the same concurrency, straight on the database. */
export async function sqlPhase(
  database: Database,
  db: DbKind,
  n: number,
  { results, log }: PhaseContext,
): Promise<void> {
  const actor = await listActor(database.db, ORG_ADMIN_EMAIL);
  log(`SQL: ${PLAN.connections} loops, warm-up + ${PLAN.listSeconds} s`);
  const load = await sqlListLoad(database.db, actor, {
    limit: PLAN.pageSize,
    concurrency: PLAN.connections,
    durationSeconds: PLAN.listSeconds,
    warmup: PLAN.warmup,
  });
  log(`SQL warm-up: ${load.warmupRates.map((r) => Math.round(r)).join(", ")} tx/s`);
  results.set(`sql.list.tps.${db}`, { value: round(load.tps, 1), unit: "per_s", n, db });
  results.set(`sql.list.p95_ms.${db}`, { value: ms(load.p95Ms), unit: "ms", n, db });
  log(
    `SQL: ${round(load.tps, 1)} tx/s, p50 ${ms(load.p50Ms)} ms, p95 ${ms(load.p95Ms)} ms (${load.transactions} transactions)`,
  );
  const rps = results.get(`api.list.rps.${db}`);
  if (rps) results.set(`api.overhead.ratio.${db}`, { value: round(rps.value / load.tps, 3), unit: "ratio", n, db });
}
