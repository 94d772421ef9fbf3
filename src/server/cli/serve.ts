import type { Command } from "commander";
import { buildApp } from "../app.js";
import { openServices } from "../bootstrap.js";
import type { Config } from "../config.js";
import { loadDemoAccounts, seedDemoDataIfWanted } from "../demo/demo-data.js";
import { trackRequestsInFlight } from "../http/graceful-shutdown.js";
import { importThread } from "../modules/htcds-exchange/import-thread.js";
import { scheduleReferralDeadlines } from "../modules/referrals/deadlines.job.js";
import { scheduleRetention } from "../modules/retention/retention.service.js";
import { schedulePgliteUpkeep, warmBlindIndex } from "../ops/maintenance.js";

export function registerServe(program: Command, config: () => Config): void {
  program
    .command("serve")
    .description("run migrations, seed demo data on an empty embedded database, and serve the API and web app")
    .action(async () => {
      await serve(config());
    });
}

async function serve(config: Config): Promise<void> {
  const { services, masterKey, searchKeysUpgrade } = await openServices(config);
  const app = await buildApp(services);
  if (searchKeysUpgrade) app.log.info(searchKeysUpgrade, "search keys of stored people brought up to date");
  const closeGracefully = trackRequestsInFlight(app);
  const keyWarning = masterKey.created
    ? `WARNING: a new master key was created at ${masterKey.file}. Back it up now, away from this machine: without it the data cannot be read.`
    : undefined;
  if (keyWarning) app.log.warn(keyWarning);
  const seeded = await seedDemoDataIfWanted(services);
  const stopRetention = scheduleRetention(services, (message) => app.log.info(message));
  const stopUpkeep = schedulePgliteUpkeep(services, (message) => app.log.warn(message));
  const stopReferralDeadlines = scheduleReferralDeadlines(services, (message) => app.log.info(message));
  const stop = async (signal: string) => {
    app.log.info(`${signal} received, finishing requests in flight`);
    stopRetention();
    stopUpkeep();
    stopReferralDeadlines();
    await closeGracefully();
    await services.database.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
  await app.listen({ port: config.port, host: config.host });
  importThread.prepare();
  // In the background: requests that come meanwhile wait for it at most a fraction of a second.
  warmBlindIndex(services.database).then(
    (outcome) => app.log.info(outcome, "blind index read into the database cache"),
    (error: unknown) =>
      app.log.warn(`reading the blind index into the database cache failed: ${(error as Error).message}`),
  );
  const shownHost = config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host;
  const lines = [
    `Safepath ${services.version} is running at http://${shownHost}:${config.port} (database: ${services.database.kind})`,
  ];
  if (keyWarning) lines.push(keyWarning);
  const accounts = seeded ?? (await loadDemoAccounts(config.dataDir));
  if (accounts) {
    lines.push("Demo sign-in (passwords made for this installation, kept in the data directory):");
    for (const account of accounts.accounts)
      lines.push(`  ${account.roles.join(", ").padEnd(28)} ${account.email}  ${account.password}`);
  }
  console.log(lines.join("\n"));
}
