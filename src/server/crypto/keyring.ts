import { createHmac, randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { Schema } from "../db/schema.js";
import { open, seal } from "./aead.js";

type Purpose = "data" | "index";
type Executor = Kysely<Schema>;

/**
 * Where a key is used: a transaction and the organisation it acts for. The scoped handle is one, so
 * request code can only ever use its own organisation's keys, even when they are cached.
 */
export interface KeyScope {
  readonly tx: Executor;
  readonly organisationId: string;
}

const FIELD_PREFIX = "sp1";

export class DecryptionError extends Error {
  constructor() {
    super("An encrypted value could not be decrypted (wrong key or altered data).");
  }
}

/** An organisation's current data key, with what a sealed field records of it. */
interface DataKit {
  organisationId: string;
  dataVersion: number;
  dataKey: Buffer;
}

/** See Keyring.sealingKit. Plain data, so that it can be handed to a worker thread. */
export interface SealingKit extends DataKit {
  indexKey: Buffer;
}

/**
 * Organisation keys wrapped by the master key. Unwrapped keys stay in memory for the life of the
 * process; they are looked up through the caller's transaction so row-level security applies.
 */
export class Keyring {
  private readonly cache = new Map<string, Buffer>();
  private readonly versions = new Map<string, number>();

  constructor(private readonly masterKey: Buffer) {}

  wrap(organisationId: string, purpose: Purpose, version: number, key: Buffer): string {
    return seal(this.masterKey, key, wrapContext(organisationId, purpose, version)).toString("base64");
  }

  unwrap(organisationId: string, purpose: Purpose, version: number, wrapped: string): Buffer {
    try {
      return open(this.masterKey, Buffer.from(wrapped, "base64"), wrapContext(organisationId, purpose, version));
    } catch {
      throw new DecryptionError();
    }
  }

  /**
   * A referral's own key, wrapped by the master key for that referral alone: both organisations of the
   * referral open what was shared without either holding the other's organisation key.
   */
  wrapReferralKey(referralId: string, key: Buffer): string {
    return seal(this.masterKey, key, `safepath:referral-key:${referralId}`).toString("base64");
  }

  unwrapReferralKey(referralId: string, wrapped: string): Buffer {
    try {
      return open(this.masterKey, Buffer.from(wrapped, "base64"), `safepath:referral-key:${referralId}`);
    } catch {
      throw new DecryptionError();
    }
  }

  /** Creates the first data and blind-index keys of a new organisation, in the caller's transaction. */
  async createOrganisationKeys(db: Executor, organisationId: string): Promise<void> {
    const rows = (["data", "index"] as const).map((purpose) => ({
      organisation_id: organisationId,
      purpose,
      version: 1,
      wrapped_key: this.wrap(organisationId, purpose, 1, randomBytes(32)),
    }));
    await db.insertInto("organisation_keys").values(rows).execute();
  }

  /** Adds a new data-key version and retires the current one; values are re-encrypted by the caller. */
  async addDataKeyVersion(db: Executor, organisationId: string): Promise<number> {
    const current = await this.currentVersion(db, organisationId, "data");
    const version = current + 1;
    await db
      .updateTable("organisation_keys")
      .set({ retired_at: new Date() })
      .where("organisation_id", "=", organisationId)
      .where("purpose", "=", "data")
      .where("retired_at", "is", null)
      .execute();
    await db
      .insertInto("organisation_keys")
      .values({
        organisation_id: organisationId,
        purpose: "data",
        version,
        wrapped_key: this.wrap(organisationId, "data", version, randomBytes(32)),
      })
      .execute();
    // Read again on next use: if this transaction rolls back, the old version is still current.
    this.versions.delete(`${organisationId}:data`);
    return version;
  }

  async encryptField(scope: KeyScope, context: string, plaintext: string): Promise<string> {
    return sealField(await this.dataKit(scope), context, plaintext);
  }

  /**
   * The organisation's current data key and its blind-index key, for sealing and hashing new records away
   * from the database (a worker thread building an import's rows). Keys stay inside this process.
   */
  async sealingKit(scope: KeyScope): Promise<SealingKit> {
    return { ...(await this.dataKit(scope)), indexKey: await this.indexKey(scope) };
  }

  /** The current data key with its version: what sealing a field needs. */
  private async dataKit(scope: KeyScope): Promise<DataKit> {
    const { tx: db, organisationId } = scope;
    const dataVersion = await this.currentVersion(db, organisationId, "data");
    return { organisationId, dataVersion, dataKey: await this.key(db, organisationId, "data", dataVersion) };
  }

  async decryptField(scope: KeyScope, context: string, stored: string): Promise<string> {
    const { tx: db, organisationId } = scope;
    const [prefix, versionText, body] = stored.split(".");
    const version = Number(versionText);
    if (prefix !== FIELD_PREFIX || !Number.isInteger(version) || !body) throw new DecryptionError();
    const key = await this.key(db, organisationId, "data", version);
    try {
      return open(key, Buffer.from(body, "base64url"), fieldContext(organisationId, context)).toString("utf8");
    } catch {
      throw new DecryptionError();
    }
  }

  /** Keyed HMAC-SHA-256 of an already normalised value: equal inputs match, the index reveals nothing else. */
  async blindIndex(scope: KeyScope, field: string, normalised: string): Promise<string> {
    const { tx: db, organisationId } = scope;
    const key = await this.key(db, organisationId, "index", 1);
    return indexHmac(key, field, normalised);
  }

  /** The blind-index key itself, for hashing many values in one synchronous pass (see search-index.ts). */
  async indexKey(scope: KeyScope): Promise<Buffer> {
    return this.key(scope.tx, scope.organisationId, "index", 1);
  }

  async currentVersion(db: Executor, organisationId: string, purpose: Purpose): Promise<number> {
    const cacheKey = `${organisationId}:${purpose}`;
    const cached = this.versions.get(cacheKey);
    if (cached) return cached;
    const row = await db
      .selectFrom("organisation_keys")
      .select(({ fn }) => fn.max("version").as("version"))
      .where("organisation_id", "=", organisationId)
      .where("purpose", "=", purpose)
      .executeTakeFirst();
    const version = Number(row?.version ?? 0);
    if (!version) throw new Error("organisation has no keys");
    this.versions.set(cacheKey, version);
    return version;
  }

  /** Forgets cached keys, after a rotation in this or another process. */
  clearCache(): void {
    this.cache.clear();
    this.versions.clear();
  }

  private async key(db: Executor, organisationId: string, purpose: Purpose, version: number): Promise<Buffer> {
    const cacheKey = `${organisationId}:${purpose}:${version}`;
    const cached = this.cache.get(cacheKey);
    if (cached) return cached;
    const row = await db
      .selectFrom("organisation_keys")
      .select("wrapped_key")
      .where("organisation_id", "=", organisationId)
      .where("purpose", "=", purpose)
      .where("version", "=", version)
      .executeTakeFirst();
    if (!row) throw new DecryptionError();
    const key = this.unwrap(organisationId, purpose, version, row.wrapped_key);
    this.cache.set(cacheKey, key);
    return key;
  }
}

/** A field sealed with the organisation's data key, as encryptField stores it. */
export function sealField(kit: DataKit, context: string, plaintext: string): string {
  const sealed = seal(kit.dataKey, Buffer.from(plaintext, "utf8"), fieldContext(kit.organisationId, context));
  return `${FIELD_PREFIX}.${kit.dataVersion}.${sealed.toString("base64url")}`;
}

export function indexHmac(key: Buffer, field: string, normalised: string): string {
  return createHmac("sha256", key).update(`${field}\u0000${normalised}`).digest("base64url").slice(0, 32);
}

function wrapContext(organisationId: string, purpose: Purpose, version: number): string {
  return `safepath:organisation-key:${organisationId}:${purpose}:${version}`;
}

function fieldContext(organisationId: string, context: string): string {
  return `safepath:field:${organisationId}:${context}`;
}
