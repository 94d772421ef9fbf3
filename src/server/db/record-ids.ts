import { v7 } from "uuid";
import { RandomPool } from "../crypto/random-pool.js";

const randomness = new RandomPool(16 * 256);

/** The time of the last id made and its counter (RFC 9562, section 6.2, method 1). */
const last = { msecs: -1, counter: 0 };
const COUNTER_MAX = 0xffffffff;

/**
 * The id of a new case, person, consent or history entry: a UUID whose first 48 bits are the time it was
 * made (RFC 9562 version 7), the rest a counter and random bits. Records made together sort together, so
 * a bulk write appends to the end of each primary-key index instead of touching a random page per row: at
 * a million cases, random ids made every row of an import read and rewrite an index page the cache no
 * longer held. The time in an id is the record's creation time, which its history shows anyway
 * (docs/decisions.md).
 *
 * Ids made in one millisecond count up from a random start, so a later id sorts after an earlier one in
 * this process: PGlite's clock reads in milliseconds, and two steps of one request recorded at the same
 * moment are told apart, in order, by their ids.
 */
export function newRecordId(): string {
  const random = randomness.take(16);
  const now = Date.now();
  if (now > last.msecs) {
    last.msecs = now;
    // A random start below 2^30 leaves room for a billion more ids in the same millisecond.
    last.counter = random.readUInt32BE(6) & 0x3fffffff;
  } else if (last.counter < COUNTER_MAX) {
    last.counter++;
  } else {
    last.msecs++;
    last.counter = 0;
  }
  return v7({ random, msecs: last.msecs, seq: last.counter });
}
