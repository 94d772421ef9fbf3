import type { ScopedDb } from "../../access/scoped-db.js";
import type { Keyring } from "../../crypto/keyring.js";
import type { KeyKind, SearchKey } from "./matching/search-keys.js";

/*
 * A person's blind-index keys live in one array on the person (people.search_keys, GIN-indexed). Each
 * element is a one-letter code of the key's kind followed by the HMAC of kind and value under the
 * organisation's index key: the database can match and count keys per kind, and sees no plaintext.
 */

const KIND_CODE: Readonly<Record<KeyKind, string>> = {
  name: "n",
  name_phonetic: "p",
  name_trigram: "t",
  birth_date: "b",
  phone: "h",
  identity: "i",
  email: "e",
};
const KIND_OF_CODE = new Map<string, KeyKind>(Object.entries(KIND_CODE).map(([kind, code]) => [code, kind as KeyKind]));

/** The kind of a stored key, from its first letter. */
export function kindOfKey(key: string): KeyKind | undefined {
  return KIND_OF_CODE.get(key.charAt(0));
}

/** The stored keys of a person or a query, in order, without repeats. */
export async function blindKeys(db: ScopedDb, keyring: Keyring, keys: readonly SearchKey[]): Promise<string[]> {
  return (await blindKeysOfEach(db, keyring, [keys]))[0] ?? [];
}

/** The stored keys of several people at once (an import): one key lookup, then one pass over all values. */
export async function blindKeysOfEach(
  db: ScopedDb,
  keyring: Keyring,
  keysOfEach: readonly (readonly SearchKey[])[],
): Promise<string[][]> {
  const hashes = await keyring.blindIndexMany(
    db,
    keysOfEach.flatMap((keys) => keys.map(({ kind, value }) => [kind, value] as const)),
  );
  let next = 0;
  return keysOfEach.map((keys) => {
    const out = new Set<string>();
    for (const { kind } of keys) out.add(KIND_CODE[kind] + (hashes[next++] as string));
    return [...out];
  });
}
