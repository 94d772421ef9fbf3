import { randomBytes } from "node:crypto";
import type { ScopedDb } from "../access/scoped-db.js";
import { open, seal } from "./aead.js";
import { DecryptionError, type Keyring, type SealingKit, sealField } from "./keyring.js";

const PREFIX = "rk1";

/** The context a record key is sealed with under the organisation key; key rotation re-seals with it. */
export const recordKeyContext = (subjectId: string) => `record_keys:${subjectId}`;

/**
 * The data key of one person or one case. Identifying values of that record are sealed with it, so that
 * destroying the key (erasure) makes them unreadable everywhere, backups included once restored.
 */
export class RecordKey {
  constructor(
    readonly organisationId: string,
    readonly subjectId: string,
    private readonly key: Buffer,
  ) {}

  seal(field: string, plaintext: string): string {
    return `${PREFIX}.${seal(this.key, Buffer.from(plaintext, "utf8"), this.context(field)).toString("base64url")}`;
  }

  open(field: string, stored: string): string {
    const [prefix, body] = stored.split(".");
    if (prefix !== PREFIX || !body) throw new DecryptionError();
    return this.openBuffer(field, Buffer.from(body, "base64url")).toString("utf8");
  }

  sealJson(field: string, value: unknown): string {
    return this.seal(field, JSON.stringify(value));
  }

  /**
   * sealJson of an object whose values are all optional, or null when none is set: a row with nothing to
   * hide stores no ciphertext and costs no encryption (an import seals several such objects per row).
   * Readers take a null as the empty object.
   */
  sealFields(field: string, value: object): string | null {
    return Object.values(value).some((v) => v !== undefined && v !== null) ? this.sealJson(field, value) : null;
  }

  openJson<T>(field: string, stored: string): T {
    return JSON.parse(this.open(field, stored)) as T;
  }

  sealBytes(field: string, bytes: Buffer): Buffer {
    return seal(this.key, bytes, this.context(field));
  }

  openBytes(field: string, sealed: Buffer): Buffer {
    return this.openBuffer(field, sealed);
  }

  private openBuffer(field: string, sealed: Buffer): Buffer {
    try {
      return open(this.key, sealed, this.context(field));
    } catch {
      throw new DecryptionError();
    }
  }

  // Binding the record and field means a value copied to another row or column does not open.
  private context(field: string): string {
    return `safepath:record:${this.organisationId}:${this.subjectId}:${field}`;
  }
}

/** New record keys and their rows for record_keys, wrapped with the organisation's data key (see make). */
export function newRecordKeys(kit: SealingKit, subjectIds: readonly string[]) {
  const keys = new Map<string, RecordKey>();
  const rows: { organisation_id: string; subject_id: string; wrapped_key: string }[] = [];
  for (const subjectId of subjectIds) {
    const key = randomBytes(32);
    keys.set(subjectId, new RecordKey(kit.organisationId, subjectId, key));
    rows.push({
      organisation_id: kit.organisationId,
      subject_id: subjectId,
      wrapped_key: sealField(kit, recordKeyContext(subjectId), key.toString("base64")),
    });
  }
  return { keys, rows };
}

/** Creates, loads and destroys record keys through the request's scoped handle. */
export class RecordKeys {
  constructor(private readonly keyring: Keyring) {}

  async create(db: ScopedDb, subjectIds: string[]): Promise<Map<string, RecordKey>> {
    const { keys, rows } = await this.make(db, subjectIds);
    if (rows.length > 0) await db.insertInto("record_keys", rows).execute();
    return keys;
  }

  /**
   * New keys and their wrapped rows, not yet stored: a bulk write seals the next records with them while
   * the database still writes the ones before. The rows must be stored in the same transaction.
   */
  async make(db: ScopedDb, subjectIds: readonly string[]) {
    return newRecordKeys(await this.keyring.sealingKit(db), subjectIds);
  }

  /** Keys of the records that still have one; an erased record is simply absent from the map. */
  async load(db: ScopedDb, subjectIds: readonly string[]): Promise<Map<string, RecordKey>> {
    const wanted = [...new Set(subjectIds)];
    if (wanted.length === 0) return new Map();
    const rows = await db
      .selectFrom("record_keys")
      .select(["subject_id", "wrapped_key"])
      .where("subject_id", "in", wanted)
      .execute();
    return this.unwrap(db, rows);
  }

  /** Keys from record_keys rows read along with their records (one statement less for a list). */
  async unwrap(
    db: ScopedDb,
    rows: readonly { subject_id: string; wrapped_key: string | null }[],
  ): Promise<Map<string, RecordKey>> {
    const keys = new Map<string, RecordKey>();
    for (const row of rows) {
      if (row.wrapped_key === null) continue;
      const raw = await this.keyring.decryptField(db, recordKeyContext(row.subject_id), row.wrapped_key);
      keys.set(row.subject_id, new RecordKey(db.organisationId, row.subject_id, Buffer.from(raw, "base64")));
    }
    return keys;
  }

  async loadOne(db: ScopedDb, subjectId: string): Promise<RecordKey | undefined> {
    return (await this.load(db, [subjectId])).get(subjectId);
  }

  /** Crypto-shredding: without the key, every value sealed with it is noise. Returns how many were destroyed. */
  async destroy(db: ScopedDb, subjectIds: readonly string[]): Promise<number> {
    if (subjectIds.length === 0) return 0;
    const result = await db
      .deleteFrom("record_keys")
      .where("subject_id", "in", [...subjectIds])
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
