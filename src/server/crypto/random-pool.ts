import { randomFillSync } from "node:crypto";

/**
 * Random bytes that are not secrets (nonces, record ids), drawn from the system's CSPRNG a few kilobytes at
 * a time: one call per value cost more than the sealing or the insert it served. Each byte is handed out
 * once, as a copy; the pool is drawn again when it runs out. Keys are never taken from it, so no key
 * material lingers in a shared buffer.
 */
export class RandomPool {
  readonly #pool: Buffer;
  #next: number;

  constructor(size = 4096) {
    this.#pool = Buffer.alloc(size);
    this.#next = size;
  }

  take(length: number): Buffer {
    if (length > this.#pool.length) throw new RangeError(`at most ${this.#pool.length} bytes at a time`);
    if (this.#next + length > this.#pool.length) {
      randomFillSync(this.#pool);
      this.#next = 0;
    }
    const start = this.#next;
    this.#next += length;
    return Buffer.from(this.#pool.subarray(start, start + length));
  }
}
