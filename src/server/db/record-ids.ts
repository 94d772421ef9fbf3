import { v7 } from "uuid";
import { RandomPool } from "../crypto/random-pool.js";

const randomness = new RandomPool(16 * 256);

/**
 * The id of a new case, person, consent or history entry: a UUID whose first 48 bits are the time it was
 * made (RFC 9562 version 7), the other 74 random. Records made together sort together, so a bulk write
 * appends to the end of each primary-key index instead of touching a random page per row: at a million
 * cases, random ids made every row of an import read and rewrite an index page the cache no longer held.
 * The time in an id is the record's creation time, which its history shows anyway (docs/decisions.md).
 */
export const newRecordId = (): string => v7({ random: randomness.take(16) });
