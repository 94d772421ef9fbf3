import { createCipheriv, createDecipheriv, randomFillSync } from "node:crypto";

const NONCE_BYTES = 12;
/** Nonces drawn from the system's CSPRNG 256 at a time: one call per nonce cost more than the sealing. */
const NONCES_PER_DRAW = 256;
const noncePool = Buffer.alloc(NONCE_BYTES * NONCES_PER_DRAW);
let nextNonce = NONCES_PER_DRAW;

/** A fresh random nonce; each slice of the pool is handed out once, then the pool is drawn again. */
function randomNonce(): Buffer {
  if (nextNonce === NONCES_PER_DRAW) {
    randomFillSync(noncePool);
    nextNonce = 0;
  }
  const start = nextNonce * NONCE_BYTES;
  nextNonce += 1;
  return Buffer.from(noncePool.subarray(start, start + NONCE_BYTES));
}

/** AES-256-GCM with a random 96-bit nonce. Output: nonce ‖ tag ‖ ciphertext. */
export function seal(key: Buffer, plaintext: Buffer, associatedData: string): Buffer {
  const iv = randomNonce();
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(associatedData, "utf8"));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

/** Throws when the key, the associated data or a single byte is wrong. */
export function open(key: Buffer, sealed: Buffer, associatedData: string): Buffer {
  if (sealed.length < 28) throw new Error("ciphertext too short");
  const decipher = createDecipheriv("aes-256-gcm", key, sealed.subarray(0, 12));
  decipher.setAAD(Buffer.from(associatedData, "utf8"));
  decipher.setAuthTag(sealed.subarray(12, 28));
  return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]);
}
