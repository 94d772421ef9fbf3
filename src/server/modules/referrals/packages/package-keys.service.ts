import type { ScopedDb } from "../../../access/scoped-db.js";
import { packageKeyContext } from "../../../ops/encrypted-columns.js";
import type { Services } from "../../../services.js";
import { newAgeKeyPair } from "./age-files.js";

/**
 * The organisation's age key pair for packages sent to it from other deployments. The private key is sealed
 * with the organisation's data key (key rotation re-encrypts it: src/server/ops/encrypted-columns.ts).
 */

/** The organisation's public key, made on first use. Two first uses at once keep whichever was stored first. */
export async function packagePublicKey(db: ScopedDb, services: Services): Promise<string> {
  const existing = await db.selectFrom("package_keys").select("public_key").executeTakeFirst();
  if (existing) return existing.public_key;
  const pair = await newAgeKeyPair();
  const sealed = await services.keyring.encryptField(db, packageKeyContext(db.organisationId), pair.identity);
  const inserted = await db
    .insertInto("package_keys", [
      { organisation_id: db.organisationId, public_key: pair.recipient, sealed_private_key: sealed },
    ])
    .onConflict((oc) => oc.column("organisation_id").doNothing())
    .returning("public_key")
    .executeTakeFirst();
  if (inserted) {
    db.audit({ action: "referral.package_key.create", detail: { publicKey: pair.recipient } });
    return inserted.public_key;
  }
  const stored = await db.selectFrom("package_keys").select("public_key").executeTakeFirstOrThrow();
  return stored.public_key;
}

/** The organisation's private key, or undefined when it never made one (then nothing was sealed for it). */
export async function packageIdentity(db: ScopedDb, services: Services): Promise<string | undefined> {
  const row = await db.selectFrom("package_keys").select("sealed_private_key").executeTakeFirst();
  if (!row) return undefined;
  return services.keyring.decryptField(db, packageKeyContext(db.organisationId), row.sealed_private_key);
}
