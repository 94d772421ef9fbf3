import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { link, open, rename, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { StringDecoder } from "node:string_decoder";
import { createGunzip, createGzip } from "node:zlib";
import { OpsError } from "./errors.js";

/**
 * Layout: MAGIC ‖ salt(16) ‖ iv(12) ‖ key check(16) ‖ AES-256-GCM(gzip(text)) ‖ tag(16).
 * The clear preamble is the cipher's associated data, so none of it can be changed unnoticed.
 */
const MAGIC = Buffer.from("SPBK1\n", "ascii");
const SALT_BYTES = 16;
const IV_BYTES = 12;
const CHECK_BYTES = 16;
const TAG_BYTES = 16;
const PREAMBLE_BYTES = MAGIC.length + SALT_BYTES + IV_BYTES + CHECK_BYTES;
const HKDF_INFO = "safepath backup v1";

/**
 * One HKDF output gives the file key and a check value. The check tells "another master key" apart
 * from "damaged file" before decrypting, and reveals nothing about the key it is derived with.
 */
function deriveKeys(masterKey: Buffer, salt: Buffer): { key: Buffer; check: Buffer } {
  const okm = Buffer.from(hkdfSync("sha256", masterKey, salt, HKDF_INFO, 32 + CHECK_BYTES));
  return { key: okm.subarray(0, 32), check: okm.subarray(32) };
}

export interface WrittenFile {
  bytes: number;
  /** Digest of the file as written, so that an audit entry can name the exact copy. */
  sha256: string;
}

/**
 * Compresses and encrypts the text as it streams. The file appears under its name only when complete
 * and flushed to disk; a failed run leaves nothing that could be mistaken for a backup.
 */
export async function writeEncryptedFile(
  file: string,
  masterKey: Buffer,
  text: Iterable<string> | AsyncIterable<string>,
  options: { overwrite: boolean },
): Promise<WrittenFile> {
  if (!options.overwrite && (await exists(file))) {
    throw new OpsError("file_exists", `${file} already exists; choose another name or pass --force.`);
  }
  const salt = randomBytes(SALT_BYTES);
  const iv = randomBytes(IV_BYTES);
  const { key, check } = deriveKeys(masterKey, salt);
  const preamble = Buffer.concat([MAGIC, salt, iv, check]);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(preamble);
  const hash = createHash("sha256");
  let bytes = 0;
  const count = (chunk: Buffer) => {
    hash.update(chunk);
    bytes += chunk.length;
    return chunk;
  };
  async function* frame(encrypted: AsyncIterable<Buffer>) {
    yield count(preamble);
    for await (const chunk of encrypted) yield count(chunk);
    yield count(cipher.getAuthTag());
  }
  const partial = `${file}.partial-${randomBytes(4).toString("hex")}`;
  try {
    await pipeline(
      Readable.from(text),
      createGzip(),
      cipher,
      frame,
      createWriteStream(partial, { flags: "wx", mode: 0o600 }),
    );
    const handle = await open(partial, "r+");
    await handle.sync();
    await handle.close();
    if (options.overwrite) {
      await rename(partial, file);
    } else {
      // link() fails when the name was taken meanwhile, where rename() would replace it.
      await link(partial, file);
      await unlink(partial);
    }
    await syncDirectory(path.dirname(file));
  } catch (error) {
    await unlink(partial).catch(() => undefined);
    if ((error as NodeJS.ErrnoException).code === "EEXIST") {
      throw new OpsError("file_exists", `${file} already exists; choose another name or pass --force.`);
    }
    throw error;
  }
  return { bytes, sha256: hash.digest("hex") };
}

/**
 * Decrypts and decompresses the file, handing each text line to onLine. The authentication tag is
 * checked only at the end, so callers either ignore lines until this resolves or write them inside a
 * transaction they roll back when it rejects.
 */
export async function readEncryptedFile(
  file: string,
  masterKey: Buffer,
  onLine: (line: string) => Promise<void> | void,
): Promise<void> {
  const size = await fileSize(file);
  if (size < MAGIC.length) throw notABackup(file);
  const handle = await open(file, "r");
  const preamble = Buffer.alloc(PREAMBLE_BYTES);
  const tag = Buffer.alloc(TAG_BYTES);
  try {
    await handle.read(preamble, 0, PREAMBLE_BYTES, 0);
    if (!preamble.subarray(0, MAGIC.length).equals(MAGIC)) throw notABackup(file);
    if (size <= PREAMBLE_BYTES + TAG_BYTES) throw damaged();
    await handle.read(tag, 0, TAG_BYTES, size - TAG_BYTES);
  } finally {
    await handle.close();
  }
  const ivStart = MAGIC.length + SALT_BYTES;
  const salt = preamble.subarray(MAGIC.length, ivStart);
  const iv = preamble.subarray(ivStart, ivStart + IV_BYTES);
  const storedCheck = preamble.subarray(ivStart + IV_BYTES, PREAMBLE_BYTES);
  const { key, check } = deriveKeys(masterKey, salt);
  if (!timingSafeEqual(check, storedCheck)) {
    throw new OpsError(
      "wrong_key",
      "This backup was made with a different master key. Run the command with the master key of the deployment that made it (after a master key rotation: the key from before it).",
    );
  }
  const decipher = createDecipheriv("aes-256-gcm", key, iv);
  decipher.setAAD(preamble);
  decipher.setAuthTag(tag);
  let consumerError: unknown;
  const deliver = async (line: string) => {
    try {
      await onLine(line);
    } catch (error) {
      consumerError = error;
      throw error;
    }
  };
  try {
    await pipeline(
      createReadStream(file, { start: PREAMBLE_BYTES, end: size - TAG_BYTES - 1 }),
      decipher,
      createGunzip(),
      async (chunks: AsyncIterable<Buffer>) => {
        const decoder = new StringDecoder("utf8");
        let pending = "";
        for await (const chunk of chunks) {
          pending += decoder.write(chunk);
          let start = 0;
          for (let newline = pending.indexOf("\n"); newline !== -1; newline = pending.indexOf("\n", start)) {
            await deliver(pending.slice(start, newline));
            start = newline + 1;
          }
          pending = pending.slice(start);
        }
        pending += decoder.end();
        if (pending) await deliver(pending);
      },
    );
  } catch (error) {
    if (consumerError !== undefined) throw consumerError;
    // Reading the file failed (permissions, disk): say so rather than blame the backup.
    if ((error as NodeJS.ErrnoException).syscall) throw error;
    // Authentication and decompression failures both mean the bytes are not the ones written.
    throw damaged();
  }
}

function notABackup(file: string): OpsError {
  return new OpsError("not_a_backup", `${file} is not a Safepath backup.`);
}

function damaged(): OpsError {
  return new OpsError("damaged", "The backup file is damaged or has been altered: its authentication check failed.");
}

async function fileSize(file: string): Promise<number> {
  return (await stat(file)).size;
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw error;
  }
}

/** Makes a rename durable; some platforms cannot open a directory, and there it is skipped. */
export async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort only: the file itself was already flushed.
  }
}
