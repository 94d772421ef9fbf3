import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { Decrypter, Encrypter, generateX25519Identity, identityToRecipient } from "age-encryption";

/**
 * Package files in the age format (age-encryption.org/v1), through the age-encryption library: readable with
 * any age tool (`age -d`), and by Safepath's import. Nothing here is cryptography of our own — only the choice
 * of library calls, and reading the header's plain-text stanza lines to refuse a file before decrypting it.
 */

export type AgeSecret = { password: string } | { recipient: string };
export type AgeOpener = { password: string } | { identity: string };

/** The file is not for this password or key: age found no stanza it could open. */
export class AgeNoMatch extends Error {}
/** Not an age file, damaged, or its password stanza asks for more work than we allow. */
export class AgeUnreadable extends Error {}

const VERSION_LINE = "age-encryption.org/v1\n";
/**
 * scrypt work factor (log2 N) of password files: age's own default. Each step doubles the time and memory of
 * opening the file (18 ≈ 256 MiB and a second or two); a file asking for more is refused before opening.
 */
export const SCRYPT_WORK_FACTOR = 18;

export interface AgeHeader {
  /** Sealed with a password (scrypt stanza) rather than for public keys. */
  password: boolean;
  workFactor: number | null;
}

/** What the file's plain-text header says, or undefined when it is not a binary age file. */
export function readAgeHeader(bytes: Uint8Array): AgeHeader | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
  if (!head.startsWith(VERSION_LINE)) return undefined;
  const scrypt = /^-> scrypt \S+ (\d+)$/m.exec(head);
  return { password: scrypt !== null, workFactor: scrypt ? Number(scrypt[1]) : null };
}

/** A new key pair for receiving packages: the private key ("AGE-SECRET-KEY-1…") and its public key ("age1…"). */
export async function newAgeKeyPair(): Promise<{ identity: string; recipient: string }> {
  const identity = await generateX25519Identity();
  return { identity, recipient: await identityToRecipient(identity) };
}

/** Whether the text is an age public key ("age1…", X25519 or post-quantum hybrid) the library accepts. */
export function isAgeRecipient(text: string): boolean {
  if (!text.startsWith("age1")) return false;
  try {
    new Encrypter().addRecipient(text);
    return true;
  } catch {
    return false;
  }
}

export async function ageEncrypt(plaintext: Uint8Array, secret: AgeSecret): Promise<Buffer> {
  if ("password" in secret) return inWorker({ op: "encrypt", password: secret.password, data: plaintext });
  const encrypter = new Encrypter();
  encrypter.addRecipient(secret.recipient);
  return Buffer.from(await encrypter.encrypt(plaintext));
}

export async function ageDecrypt(file: Uint8Array, opener: AgeOpener): Promise<Buffer> {
  const header = readAgeHeader(file);
  if (!header) throw new AgeUnreadable("not an age file");
  if (header.workFactor !== null && header.workFactor > SCRYPT_WORK_FACTOR) throw new AgeUnreadable("work factor");
  if ("password" in opener) {
    if (!header.password) throw new AgeNoMatch("sealed for a key");
    return inWorker({ op: "decrypt", password: opener.password, data: file });
  }
  if (header.password) throw new AgeNoMatch("sealed with a password");
  const decrypter = new Decrypter();
  decrypter.addIdentity(opener.identity);
  try {
    return Buffer.from(await decrypter.decrypt(file));
  } catch (error) {
    throw classified((error as Error).message);
  }
}

function classified(message: string): Error {
  return message.includes("no identity matched") ? new AgeNoMatch(message) : new AgeUnreadable(message);
}

const LIBRARY_URL = pathToFileURL(createRequire(import.meta.url).resolve("age-encryption")).href;

/**
 * scrypt runs synchronously inside the library for seconds: in a worker thread it keeps the event loop (every
 * other request) free. The worker is plain JavaScript importing the installed library, so it runs the same from
 * the sources and from the build.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
import(workerData.library).then(async (age) => {
  try {
    let out;
    if (workerData.op === "encrypt") {
      const encrypter = new age.Encrypter();
      encrypter.setPassphrase(workerData.password);
      encrypter.setScryptWorkFactor(workerData.workFactor);
      out = await encrypter.encrypt(workerData.data);
    } else {
      const decrypter = new age.Decrypter();
      decrypter.addPassphrase(workerData.password);
      out = await decrypter.decrypt(workerData.data);
    }
    parentPort.postMessage({ ok: true, data: out }, [out.buffer]);
  } catch (error) {
    parentPort.postMessage({ ok: false, message: String(error && error.message) });
  }
});`;

type WorkerReply = { ok: true; data: Uint8Array } | { ok: false; message: string };

function inWorker(task: { op: "encrypt" | "decrypt"; password: string; data: Uint8Array }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { ...task, library: LIBRARY_URL, workFactor: SCRYPT_WORK_FACTOR },
    });
    worker.once("message", (reply: WorkerReply) => {
      void worker.terminate();
      if (reply.ok) resolve(Buffer.from(reply.data));
      else reject(classified(reply.message));
    });
    worker.once("error", (error) => reject(new AgeUnreadable(error.message)));
    worker.once("exit", (code) => {
      if (code !== 0) reject(new AgeUnreadable(`worker exit ${code}`));
    });
  });
}
