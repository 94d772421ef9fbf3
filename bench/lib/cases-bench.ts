import { type Kysely, sql } from "kysely";
import type { Actor } from "../../src/server/access/actor.js";
import { openServices } from "../../src/server/bootstrap.js";
import { loadConfig } from "../../src/server/config.js";
import type { Schema } from "../../src/server/db/schema.js";
import { createApiToken, type DemoAccount, signIn } from "./api.js";
import { caseWorkers, DEFAULT_SEED, generateCases, timeBatchIntakes, timeSingleIntakes } from "./cases-generate.js";
import { loadMix, type MixedRequest } from "./cases-load.js";
import { duplicateRequests, importCsv, listRequests, searchRequests } from "./cases-requests.js";
import type { DbKind, Results } from "./results.js";
import type { ServerProcess } from "./server.js";
import { median, round } from "./stats.js";
import type { WarmUp } from "./warmup.js";

/** The demo organisation the case dataset goes to, and who works on it. */
export const CASES_ORGANISATION = "Safe Passage Country Office";
const CASEWORKER = "caseworker@office.example.org";
const SUPERVISOR = "supervisor@office.example.org";

export interface CasesPlan {
  /** Synthetic cases in the dataset (the demo cases come on top). */
  datasetCases: number;
  /** Intakes timed one per transaction. */
  singleIntakes: number;
  /** Cases per transaction while the dataset is built. */
  batchSize: number;
  importRows: number;
  /** Distinct request bodies in each load mix. */
  mix: number;
  loadSeconds: number;
  warmup: WarmUp;
  /** Clients at once for the latency figures: an office's caseworkers searching together. */
  latencyConnections: number;
  /** Clients at once for the throughput figure (the list benchmark's load). */
  connections: number;
  pageSize: number;
  /** Latency windows and imports whose median is the figure. */
  runs: number;
}

type Log = (message: string) => void;
/** Intakes timed through the batch service, after 500 uncounted: ten transactions of 500. */
const BATCH_INTAKES = 5_000;
const ms = (v: number) => round(v, 1);
/** Warm-up of a latency window after the first: one second. */
const AGAIN: WarmUp = { minSeconds: 1, maxSeconds: 1 };

/** Metric name of a figure measured on both databases whose documented name has no database part. */
const perDb = (name: string, db: DbKind) => (db === "pglite" ? name : `${name}.${db}`);

/**
 * Brings a PostgreSQL database just filled with the dataset to the state of one in use, as pgbench does
 * after its initial load: vacuumed (no index-only scan has to visit the heap for want of a visibility
 * map), analysed, and checkpointed. Otherwise the measurements that follow run while autovacuum and the
 * checkpointer work through gigabytes of fresh writes on the same two cores. PGlite's server does the
 * same upkeep (VACUUM ANALYZE) at every start.
 */
async function settle(db: Kysely<Schema>, log: Log): Promise<void> {
  const started = performance.now();
  await sql`VACUUM (ANALYZE)`.execute(db);
  try {
    await sql`CHECKPOINT`.execute(db);
  } catch (error) {
    log(`dataset: no CHECKPOINT (${(error as Error).message}); measuring without it`);
  }
  log(`dataset: vacuumed, analysed and checkpointed in ${round((performance.now() - started) / 1000, 1)} s`);
}

/**
 * In the bench process, on the stopped server's database: build the dataset through the services, many
 * cases per transaction, then time intake at that size through the batch service (the
 * `cases.intake.per_s` figure: POST /api/cases/batch without HTTP) and one case per transaction
 * (`cases.intake_single.per_s`, as POST /api/cases). Returns the number of cases in the organisation.
 */
export async function casesInProcess(
  env: Record<string, string>,
  db: DbKind,
  plan: CasesPlan,
  results: Results,
  log: Log,
): Promise<number> {
  const { services } = await openServices(loadConfig({ ...env, SAFEPATH_LOG_LEVEL: "warn" }));
  try {
    const team = await caseWorkers(services, CASES_ORGANISATION);
    const caseworker = team.workers.find((a) => a.roles.includes("caseworker")) ?? (team.workers[0] as Actor);
    let lastLog = 0;
    const built = await generateCases(services, team, {
      count: plan.datasetCases,
      batchSize: plan.batchSize,
      progress: (done, seconds) => {
        if (seconds - lastLog < 15 && done < plan.datasetCases) return;
        lastLog = seconds;
        log(`dataset: ${done} of ${plan.datasetCases} cases, ${Math.round(done / seconds)} cases/s`);
      },
    });
    const generateRate = built.created / built.seconds;
    // Intake is timed at the dataset's size, as the targets are set.
    await timeSingleIntakes(services, caseworker, Math.min(50, plan.singleIntakes), DEFAULT_SEED + 100);
    const single = await timeSingleIntakes(services, caseworker, plan.singleIntakes, DEFAULT_SEED + 101);
    const intakeRate = single.count / single.seconds;
    log(`intake, one per transaction: ${round(intakeRate, 1)} cases/s (${single.count} cases)`);
    await timeBatchIntakes(services, caseworker, 500, DEFAULT_SEED + 103);
    const batch = await timeBatchIntakes(services, caseworker, BATCH_INTAKES, DEFAULT_SEED + 102);
    const batchRate = batch.count / batch.seconds;
    log(`intake, 500 per transaction through the batch service: ${round(batchRate, 1)} cases/s (${batch.count} cases)`);

    if (db === "postgresql") await settle(services.database.db, log);
    const counted = await services.database.db
      .selectFrom("cases")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("organisation_id", "=", team.organisationId)
      .executeTakeFirstOrThrow();
    const n = Number(counted.n);
    results.set(perDb("cases.intake.per_s", db), { value: round(batchRate, 1), unit: "per_s", n, db });
    results.set(perDb("cases.intake_single.per_s", db), { value: round(intakeRate, 1), unit: "per_s", n, db });
    results.set(`cases.generate.per_s.${db}`, { value: round(generateRate, 1), unit: "per_s", n, db });
    log(
      `dataset: ${built.created} cases in ${round(built.seconds, 1)} s (${round(generateRate, 1)} cases/s), ${n} in the organisation`,
    );
    return n;
  } finally {
    await services.database.close();
  }
}

async function tokenOf(server: ServerProcess, accounts: DemoAccount[], email: string): Promise<string> {
  const account = accounts.find((a) => a.email === email);
  if (!account) throw new Error(`no demo account ${email}`);
  return createApiToken(server.baseUrl, await signIn(server.baseUrl, account));
}

/**
 * Latency at an office's load (p50, p95 with `latencyConnections` clients), as the median of `runs`
 * windows (these machines swing by a third from one window to the next: docs/bench.md asks for medians
 * of several runs), then throughput at the list benchmark's load (`connections` clients), where p95 is
 * mostly time in the queue: reported beside it.
 */
async function measure(
  name: string,
  requests: MixedRequest[],
  server: ServerProcess,
  token: string,
  plan: CasesPlan,
  ctx: { db: DbKind; n: number; results: Results; log: Log },
): Promise<void> {
  const { db, n, results, log } = ctx;
  const first = requests[0];
  const run = async (connections: number, warmup: WarmUp) => {
    const load = await loadMix({
      baseUrl: server.baseUrl,
      token,
      requests,
      connections,
      durationSeconds: plan.loadSeconds,
      warmup,
    });
    log(
      `  ${connections} connections: warm-up ${load.warmupRates.map((r) => Math.round(r)).join(", ")} req/s; ${round(load.rps, 1)} req/s, p50 ${ms(load.p50Ms)} ms, p95 ${ms(load.p95Ms)} ms, p99 ${ms(load.p99Ms)} ms${load.counted ? ` (too slow for the time window: ${load.requests} answers counted instead)` : ""}`,
    );
    return load;
  };
  log(`${first?.method} ${first?.path.split("?")[0]}: ${requests.length} requests in turn`);
  const office = [await run(plan.latencyConnections, plan.warmup)];
  // The server is warm by now: the later windows need only a second's warm-up.
  while (office.length < plan.runs) office.push(await run(plan.latencyConnections, AGAIN));
  results.set(`cases.${name}.p50_ms.${db}`, { value: ms(median(office.map((o) => o.p50Ms))), unit: "ms", n, db });
  results.set(`cases.${name}.p95_ms.${db}`, { value: ms(median(office.map((o) => o.p95Ms))), unit: "ms", n, db });
  // A short warm-up for the new number of connections.
  const busy = await run(plan.connections, { minSeconds: 1, maxSeconds: 3 });
  results.set(`cases.${name}.rps.${db}`, { value: round(busy.rps, 1), unit: "per_s", n, db });
  results.set(`cases.${name}.p95_ms_at_${plan.connections}.${db}`, { value: ms(busy.p95Ms), unit: "ms", n, db });
}

/** One `POST /api/cases/import?dryRun=false` of a CSV; the rows per second, or undefined when refused. */
async function importOnce(server: ServerProcess, token: string, rows: number, seed: number, log: Log) {
  const csv = importCsv(rows, seed);
  const form = new FormData();
  form.append("file", new Blob([csv], { type: "text/csv" }), "cases.csv");
  const started = performance.now();
  const response = await fetch(`${server.baseUrl}/api/cases/import?dryRun=false`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  const seconds = (performance.now() - started) / 1000;
  const text = await response.text();
  if (response.status !== 200) {
    log(`import: ${response.status}, cases.import.rows_per_s left out: ${text.slice(0, 400)}`);
    return undefined;
  }
  const report = JSON.parse(text) as { rows: number; created: number };
  const rate = report.rows / seconds;
  log(
    `import: ${report.rows} rows, ${report.created} cases in ${round(seconds, 2)} s (${round(rate, 1)} rows/s, ${Math.round(csv.length / 1024)} KiB CSV)`,
  );
  return rate;
}

/**
 * Imports of `runs` files of new people, one after the other: the median's rows per second, and the
 * first's apart (the first import after the server started also loads what imports use into memory).
 */
async function measureImport(
  server: ServerProcess,
  token: string,
  plan: CasesPlan,
  ctx: { db: DbKind; results: Results; log: Log; n: number },
) {
  const rates: number[] = [];
  for (let i = 0; i < plan.runs; i++) {
    const rate = await importOnce(server, token, plan.importRows, DEFAULT_SEED + 200 + i, ctx.log);
    if (rate === undefined) return;
    rates.push(rate);
  }
  const { db, n } = ctx;
  ctx.results.set(perDb("cases.import.rows_per_s", db), { value: round(median(rates), 1), unit: "per_s", n, db });
  const first = rates[0] as number;
  ctx.results.set(perDb("cases.import.first_rows_per_s", db), { value: round(first, 1), unit: "per_s", n, db });
}

/** Over HTTP against the running server: name search, duplicate candidates, filtered list, then import. */
export async function casesOverHttp(
  server: ServerProcess,
  accounts: DemoAccount[],
  plan: CasesPlan,
  ctx: { db: DbKind; n: number; results: Results; log: Log },
): Promise<void> {
  const caseworker = await tokenOf(server, accounts, CASEWORKER);
  await measure("search_name", searchRequests(plan.mix), server, caseworker, plan, ctx);
  await measure("duplicates", duplicateRequests(plan.mix, DEFAULT_SEED), server, caseworker, plan, ctx);
  const lists = await listRequests(server.baseUrl, caseworker, plan.pageSize);
  await measure("list_filtered", lists, server, caseworker, plan, ctx);
  await measureImport(server, await tokenOf(server, accounts, SUPERVISOR), plan, ctx);
}
