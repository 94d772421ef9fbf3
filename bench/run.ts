// Safepath benchmarks: `npm run bench [-- --quick] [-- --out FILE]`. See bench/README.md.
import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { connectDatabase, type Database } from "../src/server/db/connect.js";
import {
  addUsers,
  countUsers,
  createApiToken,
  demoAccount,
  demoAccounts,
  ORG_ADMIN_EMAIL,
  signIn,
  timeSignIns,
} from "./lib/api.js";
import { casesInProcess, casesOverHttp } from "./lib/cases-bench.js";
import { figuresOverHttp as hotlineFiguresOverHttp, saveOverHttp, seedContacts } from "./lib/hotline-bench.js";
import { loadTest } from "./lib/load.js";
import { matchingBench } from "./lib/matching-bench.js";
import { args, casesPlan, hotlinePlan, PLAN, QUICK, screeningPlan } from "./lib/plans.js";
import { benchServerUrl, createThrowAwayDatabase, describeUrl } from "./lib/postgres.js";
import { referralsBench } from "./lib/referrals-bench.js";
import { type DbKind, formatTable, meta, Results, writeResults } from "./lib/results.js";
import { figuresOverHttp, scoreRateInProcess, seedScreenings, submitOverHttp } from "./lib/screening-bench.js";
import { ServerProcess } from "./lib/server.js";
import { sitrepBench } from "./lib/sitrep-bench.js";
import { listActor, sqlListLoad } from "./lib/sql-list.js";
import { median, percentile, round } from "./lib/stats.js";
import { targetLabels } from "./lib/targets.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const OUT = path.resolve(args.out ?? path.join(ROOT, "bench/results/latest.json"));
const PROFILE_DIR = path.join(ROOT, "bench/results/tmp-profiles");

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

// Everything started here is stopped or removed here, also on Ctrl-C.
const cleanups: (() => Promise<void>)[] = [];
async function cleanUp(): Promise<void> {
  while (cleanups.length > 0) {
    const task = cleanups.pop();
    try {
      await task?.();
    } catch (error) {
      log(`clean-up failed: ${(error as Error).message}`);
    }
  }
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    log(`${signal}: cleaning up`);
    void cleanUp().finally(() => process.exit(130));
  });
}

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "safepath-bench-"));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function startServer(env: Record<string, string>, nodeArgs: string[] = []): Promise<ServerProcess> {
  const server = await ServerProcess.spawn({ root: ROOT, env, nodeArgs });
  cleanups.push(() => server.stop());
  return server;
}

async function profileArgs(label: string): Promise<string[]> {
  if (!args.profile) return [];
  await mkdir(PROFILE_DIR, { recursive: true });
  return ["--cpu-prof", `--cpu-prof-dir=${PROFILE_DIR}`, `--cpu-prof-name=server-${label}-${Date.now()}.cpuprofile`];
}

const results = new Results();
const ms = (v: number) => round(v, 1);

/** Sign-in timing (PGlite only), extra users, an API token, then the list endpoint under load. */
async function apiPhase(server: ServerProcess, dataDir: string, db: DbKind, measureLogin: boolean): Promise<number> {
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
async function sqlPhase(database: Database, db: DbKind, n: number): Promise<void> {
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

/**
 * The case benchmarks on a database whose server is stopped: intake timing and the dataset in this
 * process, then search, duplicates, filtered list and import over HTTP on a server started with `env`.
 */
async function casesPhase(env: Record<string, string>, dataDir: string, db: DbKind): Promise<void> {
  const plan = casesPlan(db);
  if (plan.datasetCases === 0) {
    log("case benchmarks left out (--cases 0)");
    return;
  }
  log(`cases (${db}): ${plan.datasetCases} synthetic cases through the service layer`);
  const n = await casesInProcess(env, db, plan, results, log);
  const server = await startServer(env);
  log(`start on the case dataset: ${ms(await server.waitHealthy())} ms`);
  await casesOverHttp(server, await demoAccounts(dataDir), plan, { db, n, results, log });
  await server.stop();
}

/**
 * Screening: submissions over HTTP (which also installs the built-in forms), then synthetic screenings
 * written straight to the database with the server stopped (PGlite has one process), then the figures.
 */
async function screeningPhase(
  env: Record<string, string>,
  dataDir: string,
  db: DbKind,
  connect: () => Promise<Database>,
) {
  const plan = screeningPlan(db);
  const accounts = await demoAccounts(dataDir);
  let server = await startServer(env);
  await server.waitHealthy();
  const form = await submitOverHttp(server, accounts, plan, { db, results, log });
  await server.stop();
  const database = await connect();
  try {
    log(`screenings (${db}): ${plan.datasetScreenings} synthetic rows for the figures`);
    await seedScreenings(database, form, plan.datasetScreenings);
  } finally {
    await database.close();
  }
  server = await startServer(env);
  await server.waitHealthy();
  await figuresOverHttp(server, accounts, plan, plan.datasetScreenings, { db, results, log });
  await server.stop();
}

/**
 * Hotline: contact saves over HTTP, then synthetic contacts written straight to the database with the
 * server stopped, then the figures of the last year over HTTP.
 */
async function hotlinePhase(
  env: Record<string, string>,
  dataDir: string,
  db: DbKind,
  connect: () => Promise<Database>,
) {
  const plan = hotlinePlan(db);
  const accounts = await demoAccounts(dataDir);
  let server = await startServer(env);
  await server.waitHealthy();
  await saveOverHttp(server, accounts, plan, { db, results, log });
  await server.stop();
  const database = await connect();
  try {
    log(`hotline (${db}): ${plan.datasetContacts} synthetic contacts for the figures`);
    await seedContacts(database, plan.datasetContacts, log);
  } finally {
    await database.close();
  }
  server = await startServer(env);
  await server.waitHealthy();
  await hotlineFiguresOverHttp(server, accounts, plan, plan.datasetContacts, { db, results, log });
  await server.stop();
}

async function benchPglite(): Promise<void> {
  log("PGlite");
  const dataDir = await tempDir();
  const env = { SAFEPATH_DATA_DIR: dataDir, SAFEPATH_LOG_LEVEL: "warn", SAFEPATH_LOGIN_RATE_LIMIT: "100000" };

  // The first start makes the data dir (migrations, demo data); the same process serves the HTTP phase.
  let server = await startServer(env);
  log(`first start (new data dir, migrations, demo data): ${ms(await server.waitHealthy())} ms`);
  if (args.profile) {
    await server.stop();
    server = await startServer(env, await profileArgs("pglite"));
    await server.waitHealthy();
  }
  const n = await apiPhase(server, dataDir, "pglite", true);
  await server.stop();

  // PGlite is single-process: with the server stopped, the same data dir is opened here.
  const database = await connectDatabase({ kind: "pglite", dataDir });
  try {
    await sqlPhase(database, "pglite", n);
  } finally {
    await database.close();
  }

  // Cold starts on the existing data dir, each stopped with SIGTERM before the next.
  const datasetUsers = (await demoAccounts(dataDir)).length + PLAN.extraUsers;
  const coldTimes: number[] = [];
  for (let i = 0; i < PLAN.coldRuns; i++) {
    const cold = await startServer(env);
    coldTimes.push(await cold.waitHealthy());
    await cold.stop();
  }
  results.set("start.cold_ms", { value: ms(median(coldTimes)), unit: "ms", n: datasetUsers, db: "pglite" });
  log(`cold start: ${coldTimes.map(ms).join(", ")} ms`);

  // After the cold starts, so that start.cold_ms keeps measuring the same small data dir.
  await casesPhase(env, dataDir, "pglite");
  await screeningPhase(env, dataDir, "pglite", () => connectDatabase({ kind: "pglite", dataDir }));
  await hotlinePhase(env, dataDir, "pglite", () => connectDatabase({ kind: "pglite", dataDir }));
  await matchingBench({
    db: "pglite",
    dataDir,
    quick: QUICK,
    connect: () => connectDatabase({ kind: "pglite", dataDir }),
    startServer: () => startServer(env),
    results,
    log,
  });
  await referralsBench({
    db: "pglite",
    dataDir,
    quick: QUICK,
    connect: () => connectDatabase({ kind: "pglite", dataDir }),
    startServer: () => startServer(env),
    results,
    log,
  });
  await sitrepBench({
    db: "pglite",
    dataDir,
    quick: QUICK,
    connect: () => connectDatabase({ kind: "pglite", dataDir }),
    startServer: () => startServer(env),
    results,
    log,
  });
}

async function benchPostgres(base: string): Promise<void> {
  const target = await createThrowAwayDatabase(base);
  cleanups.push(() => target.drop());
  log(`PostgreSQL: throw-away database ${describeUrl(target.url)}`);
  const dataDir = await tempDir();
  const env = {
    DATABASE_URL: target.url,
    SAFEPATH_MASTER_KEY: randomBytes(32).toString("base64"),
    SAFEPATH_DEMO_DATA: "yes",
    SAFEPATH_DATA_DIR: dataDir,
    SAFEPATH_LOG_LEVEL: "warn",
    SAFEPATH_LOGIN_RATE_LIMIT: "100000",
  };
  const server = await startServer(env, await profileArgs("postgresql"));
  log(`first start (migrations, demo data): ${ms(await server.waitHealthy())} ms`);
  const n = await apiPhase(server, dataDir, "postgresql", false);
  await server.stop();

  const database = await connectDatabase({ kind: "postgresql", url: target.url, poolSize: PLAN.connections });
  try {
    await sqlPhase(database, "postgresql", n);
  } finally {
    await database.close();
  }
  await casesPhase(env, dataDir, "postgresql");
  await screeningPhase(env, dataDir, "postgresql", () =>
    connectDatabase({ kind: "postgresql", url: target.url, poolSize: 2 }),
  );
  await hotlinePhase(env, dataDir, "postgresql", () =>
    connectDatabase({ kind: "postgresql", url: target.url, poolSize: 2 }),
  );
  await matchingBench({
    db: "postgresql",
    dataDir,
    quick: QUICK,
    connect: () => connectDatabase({ kind: "postgresql", url: target.url, poolSize: 2 }),
    startServer: () => startServer(env),
    results,
    log,
  });
  await referralsBench({
    db: "postgresql",
    dataDir,
    quick: QUICK,
    connect: () => connectDatabase({ kind: "postgresql", url: target.url, poolSize: 2 }),
    startServer: () => startServer(env),
    results,
    log,
  });
  await sitrepBench({
    db: "postgresql",
    dataDir,
    quick: QUICK,
    connect: () => connectDatabase({ kind: "postgresql", url: target.url, poolSize: 2 }),
    startServer: () => startServer(env),
    results,
    log,
  });
  await target.drop();
}

/** A fresh data directory (PGlite), or a throw-away PostgreSQL database, seeded by a first start. */
async function freshDeployment(db: DbKind, pgBase: string | undefined) {
  const dataDir = await tempDir();
  let env: Record<string, string> = { SAFEPATH_DATA_DIR: dataDir, SAFEPATH_LOG_LEVEL: "warn" };
  let connect = () => connectDatabase({ kind: "pglite", dataDir });
  if (db === "postgresql") {
    if (!pgBase) {
      log("PostgreSQL variant skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL");
      return undefined;
    }
    const target = await createThrowAwayDatabase(pgBase);
    cleanups.push(() => target.drop());
    env = { ...env, DATABASE_URL: target.url, SAFEPATH_MASTER_KEY: randomBytes(32).toString("base64") };
    env.SAFEPATH_DEMO_DATA = "yes";
    connect = () => connectDatabase({ kind: "postgresql", url: target.url, poolSize: 2 });
  }
  const server = await startServer(env);
  log(`first start (${db}): ${ms(await server.waitHealthy())} ms`);
  await server.stop();
  return { dataDir, env, connect };
}

/** `--only sitrep`: a fresh data dir or database, a bare caseload, the activities, the report. */
async function sitrepOnly(db: DbKind, pgBase: string | undefined): Promise<void> {
  const deployment = await freshDeployment(db, pgBase);
  if (!deployment) return;
  const { dataDir, env, connect } = deployment;
  const plan = casesPlan(db);
  await sitrepBench({
    db,
    dataDir,
    quick: QUICK,
    connect,
    startServer: () => startServer(env),
    results,
    log,
    bareCases: plan.datasetCases,
  });
}

async function main(): Promise<void> {
  const startedAt = performance.now();
  const pgBase = benchServerUrl();
  if (args.only === "sitrep" || args.only === "cases") {
    const only = async (db: DbKind) => {
      if (args.only === "sitrep") return sitrepOnly(db, pgBase);
      const deployment = await freshDeployment(db, pgBase);
      if (deployment) await casesPhase(deployment.env, deployment.dataDir, db);
    };
    if (args.db !== "postgresql") await only("pglite");
    if (args.db !== "pglite") await only("postgresql");
    await writeResults(OUT, results.toJson(meta(ROOT, QUICK)));
    console.log(formatTable(results, targetLabels(results)));
    return;
  }
  scoreRateInProcess(ROOT, QUICK ? 2 : 5, { results, log });
  if (args.db !== "postgresql") await benchPglite();
  if (args.db !== "pglite") {
    if (pgBase) await benchPostgres(pgBase);
    else log("PostgreSQL variants skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL");
  }
  await writeResults(OUT, results.toJson(meta(ROOT, QUICK)));
  console.log(formatTable(results, targetLabels(results)));
  console.log(
    `\n${path.relative(process.cwd(), OUT)} written in ${round((performance.now() - startedAt) / 1000, 1)} s`,
  );
}

try {
  await main();
} catch (error) {
  console.error(`bench failed: ${(error as Error).stack ?? error}`);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
