import { type PackageBundle, packageBundle } from "../../../../shared/api/referral-packages.js";
import type { SharedValues } from "../../../../shared/api/referrals.js";
import { AppError, invalidField } from "../../../access/errors.js";
import type { ScopedDb } from "../../../access/scoped-db.js";
import type { Services } from "../../../services.js";
import { dueAt } from "../referral-create.service.js";
import { newReferralKey, PAYLOAD_FIELD } from "../referral-keys.js";
import { recordStep } from "../referral-story.js";
import { AgeNoMatch, type AgeOpener, ageDecrypt, readAgeHeader } from "./age-files.js";
import { ownProviderId } from "./own-provider.js";
import { packageIdentity } from "./package-keys.service.js";

/**
 * A package from another deployment becomes an incoming referral here. The file is opened with the password
 * the sender gave by another channel, or with the organisation's own private key; then checked field by field,
 * since whoever made the file is outside this deployment's control.
 */

const unreadable = () => invalidField("body.file", "package_unreadable");

async function decrypted(file: Buffer, opener: AgeOpener, field: string, problem: string): Promise<Buffer> {
  try {
    return await ageDecrypt(file, opener);
  } catch (error) {
    throw error instanceof AgeNoMatch ? invalidField(field, problem) : unreadable();
  }
}

/** Whether the file is sealed with a password (else for public keys); a file that is not age at all is refused. */
export function sealedWithPassword(file: Buffer): boolean {
  const header = readAgeHeader(file);
  if (!header) throw unreadable();
  return header.password;
}

/** Opens a password-sealed file (seconds of work, done before any transaction starts). */
export async function openWithPassword(file: Buffer, password: string | undefined): Promise<Buffer> {
  if (!password) throw invalidField("body.password", "required");
  return decrypted(file, { password }, "body.password", "package_wrong_password");
}

/** Opens a file sealed for the organisation's public key. */
export async function openWithOwnKey(db: ScopedDb, services: Services, file: Buffer): Promise<Buffer> {
  const identity = await packageIdentity(db, services);
  if (!identity) throw invalidField("body.file", "package_not_for_us");
  return decrypted(file, { identity }, "body.file", "package_not_for_us");
}

/** The bundle, checked: a field that is missing or wrong is named in the answer. */
export function parseBundle(plaintext: Buffer): PackageBundle {
  let json: unknown;
  try {
    json = JSON.parse(plaintext.toString("utf8"));
  } catch {
    throw unreadable();
  }
  const parsed = packageBundle.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw invalidField("body.file", "package_invalid_field", { path: issue?.path.join(".") || "format" });
}

/** Only the values the sender ticked, whatever else the file holds. */
function sharedOnly(bundle: PackageBundle): SharedValues {
  const shared: SharedValues = {};
  for (const field of bundle.sharedFields)
    if (bundle.person[field] !== undefined) Object.assign(shared, { [field]: bundle.person[field] });
  return shared;
}

/**
 * The incoming referral: held by the importing organisation on both sides (there is no sender here), sealed
 * under a referral key of its own as any referral, so that it reads, answers and converses like one sent in
 * this deployment. The same package twice answers 409.
 */
export async function importPackage(db: ScopedDb, services: Services, bundle: PackageBundle): Promise<string> {
  const { referral, from } = bundle;
  const already = await db
    .selectFrom("referrals")
    .select("id")
    .where("organisation_id", "=", db.organisationId)
    .where("imported_at", "is not", null)
    .where("number", "=", referral.number)
    .where("imported_from", "=", from.organisationName)
    .executeTakeFirst();
  if (already) throw new AppError("conflict");
  const own = await db
    .selectFrom("organisations")
    .select(["name", "org_type", "country", "phone"])
    .where("id", "=", db.organisationId)
    .executeTakeFirstOrThrow();
  const providerId = await ownProviderId(db, own);
  const id = crypto.randomUUID();
  const { key, wrapped } = newReferralKey(services, id);
  const now = new Date();
  const row = {
    organisation_id: db.organisationId,
    id,
    number: referral.number,
    to_organisation_id: db.organisationId,
    from_organisation_name: from.organisationName,
    to_organisation_name: own.name,
    case_id: null,
    provider_id: providerId,
    service_type: referral.serviceType,
    urgency: referral.urgency,
    reason: referral.reason,
    status: "sent" as const,
    shared_fields: [...new Set(bundle.sharedFields)],
    shared_payload: key.sealJson(PAYLOAD_FIELD, { shared: sharedOnly(bundle), message: referral.message }),
    wrapped_key: wrapped,
    sent_at: referral.sentAt && !Number.isNaN(Date.parse(referral.sentAt)) ? new Date(referral.sentAt) : now,
    // The answer is due from when it arrived here, by the urgency the sender gave.
    due_at: dueAt(now, referral.urgency),
    imported_at: now,
    imported_from: from.organisationName,
  };
  await db.insertInto("referrals", [row]).execute();
  await recordStep(db, row, {
    action: "import",
    from: null,
    to: "sent",
    detail: { packageId: bundle.packageId, fields: bundle.sharedFields },
  });
  return id;
}
