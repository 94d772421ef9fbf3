// The screening and helpline benchmarks: saves over HTTP, a synthetic dataset, then the figures.
import type { Database } from "../../src/server/db/connect.js";
import { demoAccounts } from "./api.js";
import { figuresOverHttp as hotlineFiguresOverHttp, saveOverHttp, seedContacts } from "./hotline-bench.js";
import type { PhaseContext } from "./list-phases.js";
import { hotlinePlan, screeningPlan } from "./plans.js";
import type { DbKind } from "./results.js";
import { figuresOverHttp, seedScreenings, submitOverHttp } from "./screening-bench.js";
import type { ServerProcess } from "./server.js";

/** A phase that starts servers: through the run, which stops them at its end whatever happens. */
export interface ServerPhaseContext extends PhaseContext {
  startServer: (env: Record<string, string>) => Promise<ServerProcess>;
}

/**
 * Screening: submissions over HTTP (which also installs the built-in forms), then synthetic screenings
 * written straight to the database with the server stopped (PGlite has one process), then the figures.
 */
export async function screeningPhase(
  env: Record<string, string>,
  dataDir: string,
  db: DbKind,
  connect: () => Promise<Database>,
  { results, log, startServer }: ServerPhaseContext,
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
export async function hotlinePhase(
  env: Record<string, string>,
  dataDir: string,
  db: DbKind,
  connect: () => Promise<Database>,
  { results, log, startServer }: ServerPhaseContext,
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
