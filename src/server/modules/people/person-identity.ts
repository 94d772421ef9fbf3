import type { z } from "zod";
import type { personIdentity } from "../../../shared/api/people.js";
import type { RecordKey } from "../../crypto/record-keys.js";
import type { IdentifyingFields } from "./matching/search-keys.js";

export type PersonIdentity = z.infer<typeof personIdentity>;

const FIELD = "people.identity";

export function sealIdentity(key: RecordKey, identity: PersonIdentity): string {
  return key.sealJson(FIELD, identity);
}

/** The identity, or null when the person's key is gone (erased). */
export function openIdentity(key: RecordKey | undefined, sealed: string | null): PersonIdentity | null {
  if (!key || !sealed) return null;
  return key.openJson<PersonIdentity>(FIELD, sealed);
}

/** The name a screen shows: given name(s) then family name, as HTCDS stores them. */
export function displayName(identity: PersonIdentity | null): string {
  if (!identity) return "";
  const parts = [identity.firstName, identity.middleName, identity.secondName].filter(Boolean);
  return parts.length > 0 ? parts.join(" ") : (identity.otherNames?.[0] ?? "");
}

/** What search and duplicate detection index: every name and spelling, birth date and contacts. */
export function identifyingFields(identity: PersonIdentity, birthYear?: number | null): IdentifyingFields {
  const fullName = [identity.firstName, identity.middleName, identity.secondName].filter(Boolean).join(" ");
  return {
    names: [fullName, ...(identity.otherNames ?? [])].filter((name) => name.trim() !== ""),
    birthDate: identity.birthDate ?? (birthYear ? String(birthYear) : null),
    phones: identity.phones ?? [],
    identityNumbers: (identity.identityDocuments ?? []).map((document) => document.number),
    emails: identity.emails ?? [],
  };
}

/** Birth year for statistics: from the full birth date when known. */
export function birthYearOf(identity: PersonIdentity, given: number | null | undefined): number | null {
  if (identity.birthDate) return Number(identity.birthDate.slice(0, 4));
  return given ?? null;
}
