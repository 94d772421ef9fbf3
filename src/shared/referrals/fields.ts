/**
 * What a referral can carry to the receiving organisation, field by field. The sender ticks exactly what is
 * shared; nothing else of the case or the person ever reaches the receiver.
 */
export const SHAREABLE_FIELDS = [
  "name",
  "otherNames",
  "birthDate",
  "birthYear",
  "sex",
  "gender",
  "citizenships",
  "languages",
  "phones",
  "emails",
  "address",
  "identityDocuments",
  "migrationStatuses",
  "vulnerabilityFlags",
  "disability",
  "exploitationTypes",
] as const;
export type ShareableField = (typeof SHAREABLE_FIELDS)[number];

/** The minimum a service needs to reach the person and speak with them: the default selection. */
export const DEFAULT_SHARED_FIELDS: readonly ShareableField[] = ["name", "phones", "languages", "sex", "birthYear"];

/** Fields that identify the person: sealed wherever they are kept. */
export const IDENTIFYING_SHARED_FIELDS: ReadonlySet<ShareableField> = new Set([
  "name",
  "otherNames",
  "birthDate",
  "phones",
  "emails",
  "address",
  "identityDocuments",
]);

export function isShareableField(value: string): value is ShareableField {
  return (SHAREABLE_FIELDS as readonly string[]).includes(value);
}
