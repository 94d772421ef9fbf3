// The benchmark run's options (`npm run bench -- --help`) and what each phase does with them.
import { parseArgs } from "node:util";
import type { CasesPlan } from "./cases-bench.js";
import type { HotlinePlan } from "./hotline-bench.js";
import type { DbKind } from "./results.js";
import type { ScreeningPlan } from "./screening-bench.js";

export const { values: args } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    out: { type: "string" },
    db: { type: "string" },
    profile: { type: "boolean", default: false },
    cases: { type: "string" },
    only: { type: "string" },
    help: { type: "boolean", short: "h", default: false },
  },
  strict: true,
});

if (args.help) {
  console.log(`npm run bench -- [--quick] [--out FILE] [--db pglite|postgresql] [--profile] [--cases N]

  --quick     fewer runs, shorter load tests, a small case dataset (under two minutes)
  --out FILE  write the JSON there instead of bench/results/latest.json
  --db KIND   run only the PGlite or only the PostgreSQL variants
  --profile   write CPU profiles of the server child (login + list phase) to bench/results/tmp-profiles/
  --only sitrep  only the situation report benchmark, on a bare caseload of --cases cases
  --only cases   only the case benchmarks (intake, dataset, search, duplicates, list, import)
  --cases N   synthetic cases in the case benchmarks' dataset (default 3000 with --quick, else 100000
              on PGlite and 1000000 on PostgreSQL); 0 leaves the case benchmarks out

PostgreSQL variants run when BENCH_DATABASE_URL or TEST_DATABASE_URL is set.`);
  process.exit(0);
}
if (args.db !== undefined && args.db !== "pglite" && args.db !== "postgresql") {
  console.error(`--db must be pglite or postgresql, not ${args.db}`);
  process.exit(2);
}
if (args.cases !== undefined && !/^\d+$/.test(args.cases)) {
  console.error(`--cases must be a whole number, not ${args.cases}`);
  process.exit(2);
}

export const QUICK = args.quick;
export const PLAN = {
  coldRuns: QUICK ? 1 : 3,
  loginRuns: QUICK ? 10 : 30,
  listSeconds: QUICK ? 4 : 10,
  // At least 2 s, then until the rate stops rising (bench/lib/warmup.ts).
  warmup: { minSeconds: 2, maxSeconds: QUICK ? 4 : 15 },
  connections: 20,
  pageSize: 20,
  // Users added to the demo organisation before the list runs (a smaller dataset with --quick, as docs/bench.md allows).
  extraUsers: QUICK ? 50 : 200,
};

/** The case benchmarks (bench/lib/cases-bench.ts): dataset size per database, loads like the list's. */
export function casesPlan(db: DbKind): CasesPlan {
  const fullSize = db === "pglite" ? 100_000 : 1_000_000;
  return {
    datasetCases: args.cases !== undefined ? Number(args.cases) : QUICK ? 3_000 : fullSize,
    singleIntakes: QUICK ? 200 : 1_000,
    batchSize: 500,
    importRows: QUICK ? 1_000 : 10_000,
    mix: 200,
    loadSeconds: PLAN.listSeconds,
    warmup: PLAN.warmup,
    latencyConnections: 4,
    connections: PLAN.connections,
    pageSize: PLAN.pageSize,
    runs: QUICK ? 1 : 3,
  };
}
/** The screening benchmarks: submissions under load, then the figures over a synthetic dataset. */
export function screeningPlan(db: DbKind): ScreeningPlan {
  const fullSize = db === "pglite" ? 100_000 : 1_000_000;
  return {
    datasetScreenings: QUICK ? 20_000 : fullSize,
    loadSeconds: PLAN.listSeconds,
    warmup: PLAN.warmup,
    connections: PLAN.connections,
    figuresRuns: QUICK ? 5 : 15,
  };
}
/** The hotline benchmarks: contact saves over HTTP, then the figures over a synthetic dataset. */
export function hotlinePlan(db: DbKind): HotlinePlan {
  const fullSize = db === "pglite" ? 100_000 : 1_000_000;
  return {
    saves: 300,
    saveWarmup: 30,
    saveConcurrency: 4,
    datasetContacts: QUICK ? 50_000 : fullSize,
    figuresRuns: QUICK ? 5 : 15,
  };
}
