// Safepath benchmarks: `npm run bench [-- --quick] [-- --out FILE]`. See bench/README.md.
import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { connectDatabase, type Database } from "../src/server/db/connect.js";
import { demoAccounts } from "./lib/api.js";
import { casesInProcess, casesOverHttp } from "./lib/cases-bench.js";
import { hotlinePhase, screeningPhase } from "./lib/dataset-phases.js";
import { apiPhase, sqlPhase } from "./lib/list-phases.js";
import { matchingBench } from "./lib/matching-bench.js";
import { args, casesPlan, PLAN, QUICK } from "./lib/plans.js";
import { benchServerUrl, createThrowAwayDatabase, describeUrl } from "./lib/postgres.js";
import { referralsBench } from "./lib/referrals-bench.js";
import { type DbKind, formatTable, meta, Results, writeResults } from "./lib/results.js";
import { scoreRateInProcess } from "./lib/screening-bench.js";
import { ServerProcess } from "./lib/server.js";
import { sitrepBench } from "./lib/sitrep-bench.js";
import { median, round } from "./lib/stats.js";
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

/** The phases after the cases, each on its own synthetic dataset in the same deployment. */
async function datasetPhases(
  env: Record<string, string>,
  dataDir: string,
  db: DbKind,
  connect: () => Promise<Database>,
) {
  const context = { results, log, startServer };
  await screeningPhase(env, dataDir, db, connect, context);
  await hotlinePhase(env, dataDir, db, connect, context);
  const later = { db, dataDir, quick: QUICK, connect, startServer: () => startServer(env), results, log };
  await matchingBench(later);
  await referralsBench(later);
  await sitrepBench(later);
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
  const n = await apiPhase(server, dataDir, "pglite", true, { results, log });
  await server.stop();

  // PGlite is single-process: with the server stopped, the same data dir is opened here.
  const database = await connectDatabase({ kind: "pglite", dataDir });
  try {
    await sqlPhase(database, "pglite", n, { results, log });
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
  await datasetPhases(env, dataDir, "pglite", () => connectDatabase({ kind: "pglite", dataDir }));
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
  const n = await apiPhase(server, dataDir, "postgresql", false, { results, log });
  await server.stop();

  const database = await connectDatabase({ kind: "postgresql", url: target.url, poolSize: PLAN.connections });
  try {
    await sqlPhase(database, "postgresql", n, { results, log });
  } finally {
    await database.close();
  }
  await casesPhase(env, dataDir, "postgresql");
  await datasetPhases(env, dataDir, "postgresql", () =>
    connectDatabase({ kind: "postgresql", url: target.url, poolSize: 2 }),
  );
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
