import { createHmac, randomBytes } from "node:crypto";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

export const MASTER_KEY_FILE = "master.key";

export class MasterKeyError extends Error {}

export function decodeKey(text: string, source: string): Buffer {
  const key = Buffer.from(text.trim(), text.includes("-") || text.includes("_") ? "base64url" : "base64");
  if (key.length !== 32)
    throw new MasterKeyError(`The master key in ${source} must be 32 bytes (base64); it is ${key.length}.`);
  return key;
}

export function generateKeyText(): string {
  return randomBytes(32).toString("base64");
}

/** A value stored in the database that shows, without revealing it, which master key the data needs. */
export function keyCheckValue(masterKey: Buffer): string {
  return createHmac("sha256", masterKey).update("safepath master key check v1").digest("hex").slice(0, 32);
}

export interface LoadedMasterKey {
  key: Buffer;
  source: "environment" | "key file";
  created: boolean;
  file: string | undefined;
}

/**
 * The master key comes from SAFEPATH_MASTER_KEY or, in embedded mode, from a key file in the data
 * directory. A missing file is created only when the caller says the database holds no keys yet.
 */
export async function loadMasterKey(options: {
  fromEnv: string | undefined;
  dataDir: string;
  embedded: boolean;
  mayCreate: boolean;
}): Promise<LoadedMasterKey> {
  if (options.fromEnv)
    return {
      key: decodeKey(options.fromEnv, "SAFEPATH_MASTER_KEY"),
      source: "environment",
      created: false,
      file: undefined,
    };
  if (!options.embedded) {
    throw new MasterKeyError(
      "SAFEPATH_MASTER_KEY is not set. With DATABASE_URL Safepath needs the master key from the environment (see docs/operations.md).",
    );
  }
  const file = path.join(options.dataDir, MASTER_KEY_FILE);
  try {
    return { key: decodeKey(await readFile(file, "utf8"), file), source: "key file", created: false, file };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  if (!options.mayCreate) {
    throw new MasterKeyError(
      `The master key file ${file} is missing but the database holds encrypted data. Restore the key file from your backup; Safepath will not create a new key over existing data.`,
    );
  }
  await mkdir(options.dataDir, { recursive: true });
  await writeFile(file, `${generateKeyText()}\n`, { flag: "wx", mode: 0o600 });
  await chmod(file, 0o600);
  return { key: decodeKey(await readFile(file, "utf8"), file), source: "key file", created: true, file };
}
