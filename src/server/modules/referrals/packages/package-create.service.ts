import { createHash, randomBytes } from "node:crypto";
import { sql } from "kysely";
import type { PackageInput, PackageSummary } from "../../../../shared/api/referral-packages.js";
import { OPEN_STATUSES } from "../../../../shared/referrals/status.js";
import { AppError, invalidField, notFound } from "../../../access/errors.js";
import type { ScopedDb } from "../../../access/scoped-db.js";
import type { Services } from "../../../services.js";
import { findOutgoing } from "../referral-access.js";
import { recordStep } from "../referral-story.js";
import { type AgeSecret, ageEncrypt, isAgeRecipient } from "./age-files.js";
import { buildBundle } from "./package-bundle.js";

const DAY_MS = 24 * 60 * 60 * 1000;
export const DOWNLOAD_PATH = "/api/referral-packages/";

/** 32 random bytes in the link; only their SHA-256 is stored, so a copy of the database opens no package. */
export const tokenHash = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

/** What to seal with, from the input: exactly one of a password and a public key, as the method says. */
function secretOf(input: PackageInput): AgeSecret {
  if (input.method === "password") {
    if (input.recipient !== undefined) throw invalidField("body.recipient", "package_method_mismatch");
    if (input.password === undefined) throw invalidField("body.password", "required");
    return { password: input.password };
  }
  if (input.password !== undefined) throw invalidField("body.password", "package_method_mismatch");
  if (!input.recipient) throw invalidField("body.recipient", "required");
  if (!isAgeRecipient(input.recipient)) throw invalidField("body.recipient", "package_recipient_invalid");
  return { recipient: input.recipient };
}

/**
 * A referral the sender may package: its own (within the actor's record scope), to a provider outside the
 * deployment, sent and still open. Anything else answers 409: the referral travels in Safepath, or is over.
 */
async function packageableReferral(db: ScopedDb, referralId: string) {
  const referral = await findOutgoing(db, referralId, { forUpdate: true });
  if (referral.to_organisation_id !== null || referral.imported_at !== null) throw new AppError("conflict");
  if (!OPEN_STATUSES.includes(referral.status)) throw new AppError("conflict");
  return referral;
}

/** Packages past their date keep no ciphertext, even when nobody ever asks for them again. */
async function emptyExpired(db: ScopedDb): Promise<void> {
  await db
    .updateTable("referral_packages")
    .set({ content: null })
    .where("expires_at", "<=", new Date())
    .where("content", "is not", null)
    .execute();
}

/**
 * Seals the referral's package for its recipient and stores it behind a one-time link. The link's token is
 * returned once and never stored, logged or audited.
 */
export async function createPackage(db: ScopedDb, services: Services, referralId: string, input: PackageInput) {
  const secret = secretOf(input);
  const referral = await packageableReferral(db, referralId);
  const id = crypto.randomUUID();
  const bundle = await buildBundle(db, services, referral, id, input.language);
  const content = await ageEncrypt(Buffer.from(JSON.stringify(bundle), "utf8"), secret);
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + input.expiresInDays * DAY_MS);
  await emptyExpired(db);
  await db
    .insertInto("referral_packages", [
      {
        organisation_id: db.organisationId,
        id,
        referral_id: referral.id,
        token_hash: tokenHash(token),
        method: input.method,
        recipient: "recipient" in secret ? secret.recipient : null,
        language: input.language,
        content,
        size_bytes: content.length,
        expires_at: expiresAt,
        created_by: db.actor.userId,
      },
    ])
    .execute();
  await recordStep(db, referral, {
    action: "package",
    from: referral.status,
    to: referral.status,
    detail: { packageId: id, method: input.method, language: input.language, expiresInDays: input.expiresInDays },
  });
  return { packageId: id, downloadPath: `${DOWNLOAD_PATH}${token}`, expiresAt: expiresAt.toISOString() };
}

/** The referral's packages, newest first, with what became of each link. */
export async function listPackages(db: ScopedDb, referralId: string): Promise<PackageSummary[]> {
  const referral = await findOutgoing(db, referralId);
  const rows = await db
    .selectFrom("referral_packages")
    .leftJoin("users", (join) =>
      join.onRef("users.id", "=", "referral_packages.created_by").on(db.tenantFilter("users")),
    )
    .select([
      "referral_packages.id",
      "referral_packages.method",
      "referral_packages.language",
      "referral_packages.size_bytes",
      "referral_packages.created_at",
      "referral_packages.expires_at",
      "referral_packages.downloaded_at",
      "referral_packages.refused_attempts",
      "referral_packages.last_refused_at",
      "referral_packages.delivered_at",
      "users.display_name",
    ])
    .where("referral_packages.referral_id", "=", referral.id)
    .orderBy("referral_packages.created_at", "desc")
    .orderBy("referral_packages.id", "desc")
    .execute();
  const now = new Date();
  const iso = (value: Date | null) => (value ? value.toISOString() : null);
  return rows.map((row) => ({
    id: row.id,
    method: row.method,
    language: row.language as PackageSummary["language"],
    sizeBytes: row.size_bytes,
    createdAt: row.created_at.toISOString(),
    createdBy: row.display_name,
    expiresAt: row.expires_at.toISOString(),
    downloadedAt: iso(row.downloaded_at),
    refusedAttempts: row.refused_attempts,
    lastRefusedAt: iso(row.last_refused_at),
    deliveredAt: iso(row.delivered_at),
    state: row.downloaded_at ? "downloaded" : row.expires_at <= now ? "expired" : "waiting",
  }));
}

/**
 * The sender learnt (by phone, e-mail) that the provider has the package. Once per package: a second mark
 * answers 409 and keeps the first date.
 */
export async function markDelivered(db: ScopedDb, referralId: string, packageId: string): Promise<void> {
  const referral = await findOutgoing(db, referralId, { forUpdate: true });
  const updated = await db
    .updateTable("referral_packages")
    .set({ delivered_at: sql`now()` })
    .where("id", "=", packageId)
    .where("referral_id", "=", referral.id)
    .where("delivered_at", "is", null)
    .returning("id")
    .executeTakeFirst();
  if (!updated) {
    const exists = await db
      .selectFrom("referral_packages")
      .select("id")
      .where("id", "=", packageId)
      .where("referral_id", "=", referral.id)
      .executeTakeFirst();
    throw exists ? new AppError("conflict") : notFound();
  }
  await recordStep(db, referral, {
    action: "package_delivered",
    from: referral.status,
    to: referral.status,
    detail: { packageId },
  });
}
