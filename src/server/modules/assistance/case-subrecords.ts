import type { Selectable } from "kysely";
import { addDays, todayIso } from "../../../shared/dates.js";
import { invalidField } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { type RecordKey, RecordKeys } from "../../crypto/record-keys.js";
import type { Schema } from "../../db/schema.js";
import type { Services } from "../../services.js";
import { diff } from "../cases/case-history.js";
import { caseChanged } from "../cases/case-subrecord.js";

/**
 * Helpers shared by the records kept under a case (events, plans, assistance): their clear columns,
 * their free text sealed under the case key, and the one way each of them is added and changed.
 */

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

type SubrecordTable = "trafficking_events" | "support_plans" | "assistance";
type SubrecordRow<T extends SubrecordTable> = Selectable<Schema[T]>;

/** What sets one kind of record apart: its table, its columns and the names history and audit give it. */
export interface SubrecordKind<T extends SubrecordTable> {
  table: T;
  /** Names the record in its case's history entries, e.g. "eventId". */
  idName: string;
  /** History actions (`added`, `updated`) and audit actions (`add`, `update`). */
  actions: { added: string; add: string; updated: string; update: string };
  clear: ColumnMap;
  sealed: readonly string[];
  /** Who recorded it. */
  authorColumn: "created_by" | "recorded_by";
  /** The table keeps its own "updated" time. */
  tracksUpdates: boolean;
}

/** Binds the sealed column's ciphertext to its row. */
export function sealedFieldOf(kind: SubrecordKind<SubrecordTable>, id: string): string {
  return `${kind.table}.sealed:${id}`;
}

export function caseKeyOf(db: ScopedDb, services: Services, caseId: string): Promise<RecordKey | undefined> {
  return new RecordKeys(services.keyring).loadOne(db, caseId);
}

/** Adds a record to a case the caller has locked and checked the input against. */
export async function insertSubrecord<T extends SubrecordTable>(
  db: ScopedDb,
  services: Services,
  kind: SubrecordKind<T>,
  caseId: string,
  input: object,
): Promise<{ row: SubrecordRow<T>; key: RecordKey | undefined }> {
  const key = await caseKeyOf(db, services, caseId);
  const id = crypto.randomUUID();
  const clear = clearInputOf(kind.clear, input);
  const sealed = sealChange(key, sealedFieldOf(kind, id), kind.sealed, {}, input);
  const [row] = await db
    .insertInto(kind.table, [
      {
        organisation_id: db.organisationId,
        id,
        case_id: caseId,
        ...columnsOf(kind.clear, clear),
        sealed: sealed.stored ?? null,
        [kind.authorColumn]: db.actor.userId,
      },
    ])
    .returningAll()
    .execute();
  const changes = { [kind.idName]: id, ...diff({}, clear), ...namedOnly(sealed.changed) };
  await caseChanged(db, { caseId, action: kind.actions.added, changes });
  db.audit({ action: kind.actions.add, recordType: "case", recordId: caseId, recordIds: [id] });
  return { row: row as SubrecordRow<T>, key };
}

/**
 * Applies a checked patch to a record reached through its case. `stored` holds the clear values as the
 * API speaks them, so that history records real changes only.
 */
export async function updateSubrecord<T extends SubrecordTable>(
  db: ScopedDb,
  services: Services,
  kind: SubrecordKind<T>,
  row: SubrecordRow<T> & { id: string; case_id: string; sealed: string | null },
  patch: object,
  stored: Record<string, unknown>,
): Promise<{ row: SubrecordRow<T>; key: RecordKey | undefined }> {
  const { id, case_id: caseId } = row;
  const key = await caseKeyOf(db, services, caseId);
  const field = sealedFieldOf(kind, id);
  const previous = openSealed<Record<string, unknown>>(key, field, row.sealed);
  const sealed = sealChange(key, field, kind.sealed, previous, patch);
  const clear = clearInputOf(kind.clear, patch);
  const changes = { ...diff(stored, clear), ...namedOnly(sealed.changed) };
  let updated: SubrecordRow<T> = row;
  if (Object.keys(changes).length > 0) {
    const set: Record<string, unknown> = columnsOf(kind.clear, clear);
    if (kind.tracksUpdates) set.updated_at = new Date();
    if (sealed.stored !== undefined) set.sealed = sealed.stored;
    // The cast names one of the tables only for Kysely's column checks: all of them have these columns.
    const [written] = await db
      .updateTable(kind.table as "assistance")
      .set(set)
      .where("id", "=", id)
      .returningAll()
      .execute();
    if (written) updated = written as SubrecordRow<T>;
    await caseChanged(db, { caseId, action: kind.actions.updated, changes: { [kind.idName]: id, ...changes } });
  }
  db.audit({
    action: kind.actions.update,
    recordType: "case",
    recordId: caseId,
    recordIds: [id],
    detail: { fields: Object.keys(changes) },
  });
  return { row: updated, key };
}
