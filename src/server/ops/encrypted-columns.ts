import { recordKeyContext } from "../crypto/record-keys.js";
import type { Schema } from "../db/schema.js";

/**
 * Every column that holds values sealed with an organisation's data key. Key rotation re-encrypts
 * exactly these: a capability that adds an encrypted column adds it here, with the context its
 * module seals the value with (a different context makes the value undecryptable).
 */
export interface EncryptedColumn {
  table: keyof Schema & string;
  column: string;
  /** A unique column that names the row, used to page through the table and in the context. */
  key: string;
  organisationColumn: string;
  context: (key: string) => string;
}

/** The context the authenticator secret of a user is sealed with. */
export const mfaSecretContext = (userId: string) => `users.mfa_secret:${userId}`;
/** The context an organisation's private key for referral packages is sealed with. */
export const packageKeyContext = (organisationId: string) => `package_keys.sealed_private_key:${organisationId}`;

export const ENCRYPTED_COLUMNS: readonly EncryptedColumn[] = [
  { table: "users", column: "mfa_secret", key: "id", organisationColumn: "organisation_id", context: mfaSecretContext },
  // Person and case values are sealed with their own record keys; rotating re-wraps those keys.
  {
    table: "record_keys",
    column: "wrapped_key",
    key: "subject_id",
    organisationColumn: "organisation_id",
    context: recordKeyContext,
  },
  // The private key other deployments' referral packages are sealed for.
  {
    table: "package_keys",
    column: "sealed_private_key",
    key: "organisation_id",
    organisationColumn: "organisation_id",
    context: packageKeyContext,
  },
];
