import { VERIFICATION_MONTHS } from "./vocab.js";

/** Entries last verified before this moment are due for verification. */
export function verificationCutoff(now: Date): Date {
  const cutoff = new Date(now.getTime());
  cutoff.setUTCMonth(cutoff.getUTCMonth() - VERIFICATION_MONTHS);
  return cutoff;
}

/** Never verified, or not for VERIFICATION_MONTHS: the directory flags the entry. */
export function isVerificationDue(verifiedAt: Date | string | null, now: Date): boolean {
  if (verifiedAt === null) return true;
  return new Date(verifiedAt).getTime() < verificationCutoff(now).getTime();
}
