import { addDays, todayIso } from "../../../shared/dates.js";
import { invalidField, notFound } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import type { RecordKey } from "../../crypto/record-keys.js";
import { findCaseForUpdate } from "../cases/case-access.js";

/**
 * Helpers shared by the records kept under a case (events, plans, assistance): reaching them through
 * the case's scope, sealing their free text under the case key, and keeping the case's "updated" current.
 */

/**
 * A record looked up by its own id, reached through its case: a record whose case is out of reach is
 * missing, as the case is. Locks the case, then the record, in the order every case change locks them.
 */
export async function reachThroughCase<R extends { case_id: string }>(
  db: ScopedDb,
  load: (lock: boolean) => Promise<R | undefined>,
) {
  const first = await load(false);
  if (!first) throw notFound();
  const caseRow = await findCaseForUpdate(db, first.case_id);
  const row = await load(true);
  if (!row || row.case_id !== first.case_id) throw notFound();
  return { row, caseRow };
}

/** Work on a case's records shows in case lists sorted by "updated". */
export async function touchCase(db: ScopedDb, caseId: string): Promise<void> {
  await db.updateTable("cases").set({ updated_at: new Date() }).where("id", "=", caseId).execute();
}

export function checkNotInFuture(value: string | null | undefined, field: string): void {
  if (value && value > addDays(todayIso(), 1)) throw invalidField(field, "in_future");
}

/** API field name → column, for the fields a record keeps in clear. */
export type ColumnMap = Readonly<Record<string, string>>;

/** The clear values of a row under their API names (what history and diffs speak). */
export function clearValuesOf(map: ColumnMap, row: object): Record<string, unknown> {
  const values = row as Record<string, unknown>;
  return Object.fromEntries(Object.entries(map).map(([field, column]) => [field, values[column] ?? null]));
}

/** The clear fields an input sets (undefined means "leave as is"), under their API names. */
export function clearInputOf(map: ColumnMap, input: object): Record<string, unknown> {
  const values = input as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(map).flatMap((field) => (values[field] === undefined ? [] : [[field, values[field]]])),
  );
}

export function columnsOf(map: ColumnMap, values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values).flatMap(([field, value]) => (map[field] ? [[map[field], value]] : [])),
  );
}

export function openSealed<T extends object>(
  key: RecordKey | undefined,
  field: string,
  stored: string | null,
): Partial<T> {
  return key && stored ? key.openJson<Partial<T>>(field, stored) : {};
}

export interface SealedChange {
  /** The new ciphertext (null: nothing left to seal), or undefined to leave the column as it is. */
  stored: string | null | undefined;
  /** Names of the sealed fields that changed: history names them, never their values. */
  changed: string[];
}

/**
 * Seals the record's free text after a change. Once the case's identifying data was erased its key is
 * gone: new text is refused rather than kept in clear or silently dropped.
 */
export function sealChange(
  key: RecordKey | undefined,
  field: string,
  names: readonly string[],
  previous: Record<string, unknown>,
  input: object,
): SealedChange {
  const values = input as Record<string, unknown>;
  const given = names.filter((name) => values[name] !== undefined);
  if (!key) {
    const refused = given.find((name) => values[name] !== null);
    if (refused) throw invalidField(`body.${refused}`, "case_erased");
    return { stored: undefined, changed: [] };
  }
  const changed = given.filter((name) => JSON.stringify(previous[name] ?? null) !== JSON.stringify(values[name]));
  if (changed.length === 0) return { stored: undefined, changed };
  const next: Record<string, unknown> = {};
  for (const name of names) next[name] = (changed.includes(name) ? values[name] : previous[name]) ?? null;
  const empty = Object.values(next).every((value) => value === null);
  return { stored: empty ? null : key.sealJson(field, next), changed };
}

/** Sealed fields appear in history by name only. */
export function namedOnly(names: readonly string[]): Record<string, true> {
  return Object.fromEntries(names.map((name) => [name, true]));
}
