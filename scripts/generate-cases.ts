// Synthetic cases for load tests and demos: `npx tsx scripts/generate-cases.ts --count N [--organisation NAME]`.
// Runs against the configured database (DATABASE_URL, or the embedded one in SAFEPATH_DATA_DIR) through
// the service layer: encryption, blind indexes, history and audit entries as real intakes make them.
import { parseArgs } from "node:util";
import { caseWorkers, DEFAULT_SEED, generateCases } from "../bench/lib/cases-generate.js";
import { openServices } from "../src/server/bootstrap.js";
import { ConfigError, loadConfig } from "../src/server/config.js";
import { MasterKeyError } from "../src/server/crypto/master-key.js";

const USAGE = `npx tsx scripts/generate-cases.ts --count N [--organisation NAME] [--seed S] [--batch B]

  --count N            cases to add (required)
  --organisation NAME  organisation to add them to; default: the first one with caseworkers
  --seed S             random seed (default ${DEFAULT_SEED}); the same seed gives the same people,
                       so a second run with it adds look-alikes of the first run's people
  --batch B            cases per transaction (default 500)

The cases are written as the HTCDS import writes them (as a migration brings a caseload in), at
realistic stages: open ones, closures waiting for approval, closed ones with a date and reason. They
are owned by the organisation's caseworkers in turn (its supervisors where it has no caseworker). The
PGlite data directory must not be in use by a running server.`;

function positiveInteger(value: string | undefined, name: string, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`--${name} must be a whole number above 0\n\n${USAGE}`);
    process.exit(2);
  }
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      count: { type: "string" },
      organisation: { type: "string" },
      seed: { type: "string" },
      batch: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const count = positiveInteger(values.count, "count");
  const seed = positiveInteger(values.seed, "seed", DEFAULT_SEED);
  const batchSize = positiveInteger(values.batch, "batch", 500);

  const { services } = await openServices(loadConfig());
  try {
    const team = await caseWorkers(services, values.organisation);
    console.log(
      `Adding ${count} cases (seed ${seed}, ${batchSize} a transaction) with ${team.workers.length} caseworker(s) on ${services.database.kind}…`,
    );
    const result = await generateCases(services, team, {
      count,
      seed,
      batchSize,
      progress: (done, seconds) => process.stderr.write(`  ${done} cases, ${Math.round(done / seconds)} cases/s\n`),
    });
    const rate = result.created / result.seconds;
    console.log(`${result.created} cases in ${result.seconds.toFixed(1)} s: ${rate.toFixed(1)} cases/s`);
  } finally {
    await services.database.close();
  }
}

try {
  await main();
} catch (error) {
  if (error instanceof ConfigError || error instanceof MasterKeyError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(`generate-cases: ${(error as Error).message}`);
  process.exit(1);
}
