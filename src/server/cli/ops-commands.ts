import { randomBytes } from "node:crypto";
import type { Command } from "commander";
import { type OpenedServices, openServices } from "../bootstrap.js";
import type { Config } from "../config.js";
import { decodeKey } from "../crypto/master-key.js";
import { runRetention } from "../modules/retention/retention.service.js";
import { verifyAuditTrail } from "../ops/audit-verify.js";
import { createBackup } from "../ops/backup.js";
import { OpsError } from "../ops/errors.js";
import { activateStagedKeyFile, discardStagedKeyFile, stageKeyFile } from "../ops/key-file.js";
import { rotateDataKeys, rotateMasterKey } from "../ops/key-rotation.js";
import { restoreBackup } from "../ops/restore.js";

/** Operator commands: audit verification, backup and restore, key rotation. */
export function registerOpsCommands(program: Command, config: () => Config): void {
  const audit = program
    .command("audit")
    .description("audit trail: `audit verify` recomputes the hash chain and names the first broken entry");
  audit
    .command("verify")
    .description("recompute the hash chain of the audit trail; exit 1 if an entry was changed or removed")
    .action(() =>
      withServices(config, async ({ services }) => {
        const result = await verifyAuditTrail(services.database);
        if (result.intact) {
          console.log(`Audit trail intact: ${result.entries} entries in ${result.chains} chains.`);
          return;
        }
        for (const b of result.broken)
          console.log(`Audit trail BROKEN in chain ${b.chain} at entry ${b.seq}: ${b.problem}`);
        process.exitCode = 1;
      }),
    );

  program
    .command("backup")
    .description("write an encrypted, consistent copy of the whole database to a file")
    .argument("<file>", "where to write the backup")
    .option("--force", "replace the file if it exists")
    .action((file: string, options: { force?: boolean }) =>
      withServices(config, async ({ services, masterKey }) => {
        const result = await createBackup(services.database, file, masterKey.key, {
          overwrite: options.force ?? false,
        });
        console.log(
          [
            `Backup written to ${file}: ${result.rows} rows in ${result.header.tables.length} tables, ${result.bytes} bytes.`,
            `SHA-256: ${result.sha256}`,
            "It is encrypted with a key derived from the master key: keep a copy of the master key apart from",
            "the backup, or the backup cannot be restored.",
          ].join("\n"),
        );
      }),
    );

  program
    .command("restore")
    .description("replace the whole database with the contents of a backup file (after migrating)")
    .argument("<file>", "the backup to restore")
    .option("--yes", "replace a database that already holds data")
    .action((file: string, options: { yes?: boolean }) =>
      withServices(config, async ({ services, masterKey }) => {
        try {
          const result = await restoreBackup(services.database, file, masterKey.key, {
            overwrite: options.yes ?? false,
          });
          console.log(
            `Restored the backup made ${result.header.createdAt}: ${result.rows} rows in ${result.header.tables.length} tables.`,
          );
          console.log("Restart every running Safepath process: they may hold data from before the restore.");
        } catch (error) {
          if (!(error instanceof OpsError && error.code === "would_overwrite")) throw error;
          console.log(error.message);
          process.exitCode = 1;
        }
      }),
    );

  program
    .command("retention")
    .description("apply each organisation's retention rule now: erase identifying data of cases closed long enough ago")
    .action(() =>
      withServices(config, async ({ services }) => {
        const reports = await runRetention(services);
        if (reports.length === 0) console.log("No organisation has a retention rule.");
        for (const r of reports)
          console.log(
            `${r.organisationId}: ${r.cases} cases and ${r.people} people past ${r.retentionYears} years; ${r.contacts} hotline contacts; ${r.keysDestroyed} keys destroyed.`,
          );
      }),
    );

  program
    .command("rotate-keys")
    .description("re-encrypt all data under new organisation keys; with --master, replace the master key")
    .option("--master", "replace the master key and re-wrap every organisation key with it")
    .action((options: { master?: boolean }) =>
      withServices(config, async (opened) => {
        if (options.master) await rotateMaster(opened);
        else await rotateData(opened);
      }),
    );
}

async function withServices(config: () => Config, fn: (opened: OpenedServices) => Promise<void>): Promise<void> {
  const opened = await openServices(config());
  try {
    await fn(opened);
  } finally {
    await opened.services.database.close();
  }
}

async function rotateData({ services }: OpenedServices): Promise<void> {
  const results = await rotateDataKeys(services.database, services.keyring);
  for (const r of results)
    console.log(
      `Organisation ${r.organisationId}: data key version ${r.version}, ${r.reencrypted} values re-encrypted.`,
    );
  console.log(`Rotated the data keys of ${results.length} organisations. Restart running Safepath processes.`);
}

/**
 * The key file (embedded mode) is staged before the database changes and swapped in right after the
 * commit. A key from the environment is shown before the commit: if the process dies after it, the
 * operator already holds the key the data needs.
 */
async function rotateMaster({ services, masterKey }: OpenedServices): Promise<void> {
  const newKeyText = randomBytes(32).toString("base64");
  const newKey = decodeKey(newKeyText, "the new key");
  const file = masterKey.source === "key file" ? masterKey.file : undefined;
  if (file) {
    await stageKeyFile(file, newKeyText);
  } else {
    console.log(
      [
        "New master key (shown once; not yet in use, it takes effect when this command reports success):",
        `  ${newKeyText}`,
      ].join("\n"),
    );
  }
  let rewrapped: number;
  try {
    ({ rewrapped } = await rotateMasterKey(services.database, masterKey.key, newKey));
  } catch (error) {
    if (file) await discardStagedKeyFile(file);
    else console.log("The rotation failed: the database still uses the old master key. Discard the key shown above.");
    throw error;
  }
  console.log(`Re-wrapped ${rewrapped} organisation keys under the new master key.`);
  if (!file) {
    console.log(
      [
        "Set SAFEPATH_MASTER_KEY to the new key shown above before the next start: the old key no longer opens",
        "this database. Keep the old key as long as you keep backups made before now; they need it.",
      ].join("\n"),
    );
    return;
  }
  try {
    const old = await activateStagedKeyFile(file);
    console.log(
      [
        `The new key is in ${file}. The old key was kept in ${old}: backups made before now need it.`,
        "Back up the new key file now, and restart every running Safepath process.",
      ].join("\n"),
    );
  } catch (error) {
    console.log(
      [
        `The database now uses the new master key, but ${file} could not be replaced (${(error as Error).message}).`,
        `The new key is in ${file}.new. Move it to ${file} before the next start; the new key is:`,
        `  ${newKeyText}`,
      ].join("\n"),
    );
    process.exitCode = 1;
  }
}
