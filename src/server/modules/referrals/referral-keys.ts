import { randomBytes } from "node:crypto";
import type { SharedValues } from "../../../shared/api/referrals.js";
import { RecordKey } from "../../crypto/record-keys.js";
import type { Services } from "../../services.js";

/** Organisation part of a referral key's sealing context: the key belongs to the referral, not to either party. */
const REFERRAL_SCOPE = "referral";

/** A new key for a referral, and its wrapped form to store on the row. */
export function newReferralKey(services: Services, referralId: string): { key: RecordKey; wrapped: string } {
  const raw = randomBytes(32);
  return {
    key: new RecordKey(REFERRAL_SCOPE, referralId, raw),
    wrapped: services.keyring.wrapReferralKey(referralId, raw),
  };
}

/** The referral's key, or undefined once it was destroyed (the person's data erased). */
export function referralKeyOf(
  services: Services,
  row: { id: string; wrapped_key: string | null },
): RecordKey | undefined {
  if (!row.wrapped_key) return undefined;
  return new RecordKey(REFERRAL_SCOPE, row.id, services.keyring.unwrapReferralKey(row.id, row.wrapped_key));
}

/** What the receiver was given: the shared values and the sender's message (empty once the key is gone). */
export function openPayload(
  services: Services,
  row: { id: string; wrapped_key: string | null; shared_payload: string | null },
): { shared: SharedValues; message: string | null } {
  const key = referralKeyOf(services, row);
  if (!key || !row.shared_payload) return { shared: {}, message: null };
  return key.openJson(PAYLOAD_FIELD, row.shared_payload);
}

export const PAYLOAD_FIELD = "referrals.shared_payload";
export const commentField = (commentId: string) => `referral_comments.body:${commentId}`;
