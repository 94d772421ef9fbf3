import { sql } from "kysely";
import { systemActor } from "../access/actor.js";
import { runScoped, type ScopedDb } from "../access/scoped-db.js";
import { appendAudit } from "../audit/writer.js";
import { Keyring } from "../crypto/keyring.js";
import { keyCheckValue, MasterKeyError } from "../crypto/master-key.js";
import type { Database } from "../db/connect.js";
import { ENCRYPTED_COLUMNS, type EncryptedColumn } from "./encrypted-columns.js";

/** Values re-encrypted per statement. */
const BATCH = 500;

export interface DataKeyRotation {
  organisationId: string;
  version: number;
  reencrypted: number;
}

/**
 * Gives every organisation a new data key and re-encrypts its values under it: one transaction per
 * organisation, acting as that organisation, so row-level security confines each step to its rows.
 */
export async function rotateDataKeys(
  database: Database,
  keyring: Keyring,
  columns: readonly EncryptedColumn[] = ENCRYPTED_COLUMNS,
): Promise<DataKeyRotation[]> {
  const organisations = await database.db.selectFrom("organisations").select("id").orderBy("id").execute();
  const results: DataKeyRotation[] = [];
  for (const { id } of organisations) {
    const actor = systemActor("rotate-keys", { organisationId: id });
    const info = { requestId: "cli", clientIp: null, action: "system.rotate_keys" };
    try {
      const result = await runScoped(database, actor, info, async (db) => {
        const version = await keyring.addDataKeyVersion(db.tx, id);
        // addDataKeyVersion leaves the previous version cached as current; forget it.
        keyring.clearCache();
        let reencrypted = 0;
        for (const column of columns) reencrypted += await reencryptColumn(db, keyring, column, version);
        db.audit({ action: "system.rotate_keys", detail: { mode: "data", version, reencrypted } });
        return { organisationId: id, version, reencrypted };
      });
      results.push(result);
    } finally {
      // On rollback the cache would name a key version that does not exist.
      keyring.clearCache();
    }
  }
  return results;
}

async function reencryptColumn(db: ScopedDb, keyring: Keyring, c: EncryptedColumn, version: number): Promise<number> {
  const organisationId = db.organisationId;
  const current = `sp1.${version}.`;
  let after: string | undefined;
  let count = 0;
  for (;;) {
    const page = await sql<{ key: string; value: string }>`
      SELECT ${sql.ref(c.key)}::text AS key, ${sql.ref(c.column)} AS value FROM ${sql.table(c.table)}
      WHERE ${sql.ref(c.organisationColumn)} = ${organisationId} AND ${sql.ref(c.column)} IS NOT NULL
        ${after === undefined ? sql`` : sql`AND ${sql.ref(c.key)} > ${after}`}
      ORDER BY ${sql.ref(c.key)} LIMIT ${BATCH}`.execute(db.tx);
    if (page.rows.length === 0) return count;
    const updates: Record<string, string>[] = [];
    for (const row of page.rows) {
      if (row.value.startsWith(current)) continue;
      const context = c.context(row.key);
      const plaintext = await keyring.decryptField(db, context, row.value);
      updates.push({ [c.key]: row.key, [c.column]: await keyring.encryptField(db, context, plaintext) });
    }
    if (updates.length) {
      // One statement per page; json_populate_recordset gives the key its column's type for the join.
      await sql`
        UPDATE ${sql.table(c.table)} AS t SET ${sql.ref(c.column)} = v.${sql.ref(c.column)}
        FROM json_populate_recordset(NULL::${sql.table(c.table)}, ${JSON.stringify(updates)}::json) AS v
        WHERE t.${sql.ref(c.key)} = v.${sql.ref(c.key)} AND t.${sql.ref(c.organisationColumn)} = ${organisationId}`.execute(
        db.tx,
      );
      count += updates.length;
    }
    after = page.rows.at(-1)?.key;
  }
}

/**
 * Re-wraps every organisation key under a new master key and records the new key's check value, in
 * one transaction as the tables' owner (the application role may not change `meta`). The old key
 * stops working the moment this commits.
 */
export async function rotateMasterKey(
  database: Database,
  oldKey: Buffer,
  newKey: Buffer,
): Promise<{ rewrapped: number }> {
  const previous = new Keyring(oldKey);
  const next = new Keyring(newKey);
  return database.db.transaction().execute(async (tx) => {
    // Locks the check value: a second rotation running at the same time waits, then fails here.
    const stored = await tx
      .selectFrom("meta")
      .select("value")
      .where("key", "=", "master_key_check")
      .forUpdate()
      .executeTakeFirst();
    if (stored?.value !== keyCheckValue(oldKey)) {
      throw new MasterKeyError("The database's master key changed while the rotation started; nothing was changed.");
    }
    const keys = await tx
      .selectFrom("organisation_keys")
      .select(["organisation_id", "purpose", "version", "wrapped_key"])
      .forUpdate()
      .execute();
    for (const k of keys) {
      const raw = previous.unwrap(k.organisation_id, k.purpose, k.version, k.wrapped_key);
      await tx
        .updateTable("organisation_keys")
        .set({ wrapped_key: next.wrap(k.organisation_id, k.purpose, k.version, raw) })
        .where("organisation_id", "=", k.organisation_id)
        .where("purpose", "=", k.purpose)
        .where("version", "=", k.version)
        .execute();
    }
    // Referral keys are wrapped by the master key itself (both parties open them): re-wrapped with the rest.
    const referralKeys = await tx
      .selectFrom("referrals")
      .select(["id", "wrapped_key"])
      .where("wrapped_key", "is not", null)
      .forUpdate()
      .execute();
    for (const referral of referralKeys) {
      const raw = previous.unwrapReferralKey(referral.id, referral.wrapped_key as string);
      await tx
        .updateTable("referrals")
        .set({ wrapped_key: next.wrapReferralKey(referral.id, raw) })
        .where("id", "=", referral.id)
        .execute();
    }
    await tx
      .updateTable("meta")
      .set({ value: keyCheckValue(newKey) })
      .where("key", "=", "master_key_check")
      .execute();
    // Appended in the same transaction (as the owner, through the trail's own function): the
    // entry exists exactly when the rotation does.
    await appendAudit(
      tx,
      systemActor("rotate-keys", "deployment"),
      { requestId: "cli", clientIp: null },
      {
        action: "system.rotate_keys",
        organisationId: null,
        detail: { mode: "master", keys: keys.length, referralKeys: referralKeys.length },
      },
    );
    return { rewrapped: keys.length + referralKeys.length };
  });
}
