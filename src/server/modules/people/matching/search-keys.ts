import { birthDateKey, birthYearKey, type CountryCode, emailKey, identityKey, phoneKey } from "./contact-keys.js";
import { nameTokens } from "./latin-skeleton.js";
import { phoneticKeys } from "./phonetic.js";
import { splitQueryText } from "./query-text.js";
import { trigrams } from "./trigrams.js";

/*
 * The plain blind-index keys of a person and of a search. The caller HMACs `kind` together with `value`
 * (the same value under two kinds must not collide) and stores or looks up only the result; a person is a
 * match for a query when they share keys.
 *
 * Single words of a common name are shared by thousands of people; two words of one name together are
 * not. name_pair is two words of one name in either order ("kovalenko olena"), the same full name; name_block is
 * one word with the first letters of another ("olena kov"), which still finds a name with a typo in the
 * rest of the other word. Searches of two or more words find people by these (see people-search.service.ts).
 *
 * birth_date carries two values for a full date: the date and its year. A full-date match therefore shares
 * two birth_date keys and a same-year match one, which lets ranking.ts tell them apart from per-kind counts.
 */

export type KeyKind =
  | "name"
  | "name_phonetic"
  | "name_trigram"
  | "name_pair"
  | "name_block"
  | "birth_date"
  | "phone"
  | "identity"
  | "email";

/**
 * The version of the keys `indexKeys` makes. Stored people whose keys are older get the missing ones on
 * start (search-keys-upgrade.ts). 2 added name_pair and name_block.
 */
export const SEARCH_KEYS_VERSION = 2;

/** Letters of a word that go into a block key: enough to tell Kovalenko from Koval'chuk's neighbours. */
const BLOCK_PREFIX = 3;

export interface SearchKey {
  kind: KeyKind;
  value: string;
}

export interface IdentifyingFields {
  /** Full names in any order and script: the name, aliases, maiden names, names as written in documents. */
  names: string[];
  /** ISO date ("1990-04-12") or a bare year ("1990") when only that is known. */
  birthDate?: string | null;
  phones?: string[];
  identityNumbers?: string[];
  emails?: string[];
}

export interface KeyOptions {
  /** Country for phone numbers written without an international prefix ("067 123 45 67"). */
  defaultCountry?: CountryCode;
}

/** A search box is not a place for an essay; longer input only multiplies keys to hash and look up. */
export const MAX_QUERY_NAME_TOKENS = 8;

class KeySet {
  readonly #seen = new Set<string>();
  readonly keys: SearchKey[] = [];

  add(kind: KeyKind, value: string | undefined): void {
    if (!value) return;
    const id = `${kind}\u0000${value}`;
    if (this.#seen.has(id)) return;
    this.#seen.add(id);
    this.keys.push({ kind, value });
  }

  /** The words of one full name: each word alone, and every two words of it together. */
  addNameTokens(tokens: readonly string[]): void {
    for (const token of tokens) this.add("name", token);
    for (const token of tokens) for (const code of phoneticKeys(token)) this.add("name_phonetic", code);
    for (const token of tokens) for (const gram of trigrams(token)) this.add("name_trigram", gram);
    for (const [i, a] of tokens.entries()) {
      for (const [j, b] of tokens.entries()) {
        if (i === j) continue;
        if (i < j) this.add("name_pair", a < b ? `${a} ${b}` : `${b} ${a}`);
        this.add("name_block", `${a} ${b.slice(0, BLOCK_PREFIX)}`);
      }
    }
  }

  addBirthDate(raw: string): void {
    this.add("birth_date", birthDateKey(raw));
    this.add("birth_date", birthYearKey(raw));
  }
}

/** Everything to store for a person, without duplicates. */
export function indexKeys(person: IdentifyingFields, options: KeyOptions = {}): SearchKey[] {
  const set = new KeySet();
  for (const name of person.names) set.addNameTokens(nameTokens(name));
  if (person.birthDate) set.addBirthDate(person.birthDate);
  for (const phone of person.phones ?? []) set.add("phone", phoneKey(phone, options.defaultCountry));
  for (const number of person.identityNumbers ?? []) set.add("identity", identityKey(number));
  for (const email of person.emails ?? []) set.add("email", emailKey(email));
  return set.keys;
}

/**
 * What a free-text search looks for: the name keys of its words and, for parts that look like a date,
 * year, phone number, document number or e-mail address, keys of those kinds too.
 */
export function queryKeys(text: string, options: KeyOptions = {}): SearchKey[] {
  const parts = splitQueryText(text);
  const set = new KeySet();
  set.addNameTokens(nameTokens(parts.nameText).slice(0, MAX_QUERY_NAME_TOKENS));
  for (const date of parts.birthDates) set.addBirthDate(date);
  for (const phone of parts.phones) set.add("phone", phoneKey(phone, options.defaultCountry));
  for (const number of parts.identityNumbers) set.add("identity", identityKey(number));
  for (const email of parts.emails) set.add("email", emailKey(email));
  return set.keys;
}
