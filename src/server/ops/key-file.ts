import { constants } from "node:fs";
import { chmod, copyFile, open, rename, unlink } from "node:fs/promises";
import path from "node:path";
import { syncDirectory } from "./encrypted-file.js";
import { OpsError } from "./errors.js";

/** Where the next key waits until the database uses it. */
export function stagedKeyFile(file: string): string {
  return `${file}.new`;
}

/**
 * Writes the new master key beside the current one and flushes it to disk, before the database starts
 * to depend on it: whatever happens next, the key the data needs exists in a file.
 */
export async function stageKeyFile(file: string, keyText: string): Promise<string> {
  const staged = stagedKeyFile(file);
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(staged, "wx", 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    throw new OpsError(
      "file_exists",
      `${staged} exists from an earlier rotation. Find out which key the database needs (docs/operations.md, "Keys") and remove it before rotating again.`,
    );
  }
  try {
    await handle.writeFile(`${keyText}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await syncDirectory(path.dirname(file));
  return staged;
}

export async function discardStagedKeyFile(file: string): Promise<void> {
  await unlink(stagedKeyFile(file)).catch(() => undefined);
}

/**
 * Puts the staged key in place. The old key is kept as master.key.old-<time>: backups made before
 * the rotation need it. The key file is replaced by a rename, so it is never missing.
 */
export async function activateStagedKeyFile(file: string, now = new Date()): Promise<string> {
  const old = `${file}.old-${now.toISOString().replace(/[:.]/g, "-")}`;
  await copyFile(file, old, constants.COPYFILE_EXCL);
  await chmod(old, 0o600);
  const copy = await open(old, "r");
  try {
    await copy.sync();
  } finally {
    await copy.close();
  }
  await rename(stagedKeyFile(file), file);
  await syncDirectory(path.dirname(file));
  return old;
}
