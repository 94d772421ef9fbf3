import { invalidField } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { type RecordKey, RecordKeys } from "../../crypto/record-keys.js";
import type { Services } from "../../services.js";
import { findCaseForUpdate } from "../cases/case-access.js";

/**
 * The case a note, task or attachment is written to, locked so that writes to one case do not interleave,
 * with its key (undefined once its identifying data was erased).
 */
export async function caseForWrite(db: ScopedDb, services: Services, caseId: string) {
  const row = await findCaseForUpdate(db, caseId);
  const key = await new RecordKeys(services.keyring).loadOne(db, caseId);
  return { row, key };
}

/** New sealed text needs the case's key; after erasure there is none and nothing new is sealed. */
export function requireKey(key: RecordKey | undefined, field: string): RecordKey {
  if (!key) throw invalidField(field, "case_erased");
  return key;
}

/** Opens a sealed text column, or null when the key is gone (erasure) or the column was blanked. */
export function openText(key: RecordKey | undefined, field: string, stored: string | null): string | null {
  if (!key || !stored) return null;
  return key.open(field, stored);
}
