import type { ScopedDb } from "../../access/scoped-db.js";
import { indexHmac, type Keyring } from "../../crypto/keyring.js";
import { insertSearchKeys } from "../htcds-exchange/import-insert.js";
import type { SearchKey } from "./matching/search-keys.js";

/**
 * A blind index entry: the kind in clear (to count matches by kind), the value as a keyed HMAC stored as
 * the signed 64-bit integer of its first eight bytes (storedSearchKey), in decimal as the driver gives it.
 */
export interface BlindKey {
  kind: string;
  key: string;
}

/** The form person_search_keys stores an HMAC of indexHmac in (migration 0016 converts stored ones alike). */
export function storedSearchKey(hmac: string): string {
  return Buffer.from(hmac, "base64url").readBigInt64BE(0).toString();
}

export async function blindKeys(db: ScopedDb, keyring: Keyring, keys: readonly SearchKey[]): Promise<BlindKey[]> {
  return (await blindKeysOfEach(db, keyring, [keys]))[0] ?? [];
}

/** The blind keys of several people at once (an import): one key lookup, then one pass over all values. */
export async function blindKeysOfEach(
  db: ScopedDb,
  keyring: Keyring,
  keysOfEach: readonly (readonly SearchKey[])[],
): Promise<BlindKey[][]> {
  return blindKeysWith(await keyring.indexKey(db), keysOfEach);
}

/** blindKeysOfEach with the organisation's index key at hand: no database, so a worker thread can run it. */
export function blindKeysWith(indexKey: Buffer, keysOfEach: readonly (readonly SearchKey[])[]): BlindKey[][] {
  return keysOfEach.map((keys) => {
    const seen = new Set<string>();
    const out: BlindKey[] = [];
    for (const { kind, value } of keys) {
      const key = storedSearchKey(indexHmac(indexKey, kind, value));
      const id = `${kind}:${key}`;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push({ kind, key });
    }
    return out;
  });
}

/** Replaces a person's blind index entries (after intake, an edit, a merge or an erasure). */
export async function writeSearchKeys(
  db: ScopedDb,
  keyring: Keyring,
  personId: string,
  keys: readonly SearchKey[],
  options: { newPerson?: boolean } = {},
): Promise<void> {
  // A person just created has no entries to replace: statements less on the intake path.
  if (!options.newPerson) {
    await db.deleteFrom("person_search_keys").where("person_id", "=", personId).execute();
    await db.deleteFrom("person_name_trigrams").where("person_id", "=", personId).execute();
  }
  const blind = await blindKeys(db, keyring, keys);
  await insertSearchKeys(db, {
    kinds: blind.map((key) => key.kind),
    keys: blind.map((key) => key.key),
    personIds: blind.map(() => personId),
  });
}
