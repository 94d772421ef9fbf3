import type { FastifyRequest } from "fastify";
import { AppError } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { mfaSecretContext } from "../../ops/encrypted-columns.js";
import type { Services } from "../../services.js";
import { acceptTotp, enrolmentDetails, generateRecoveryCodes, hashRecoveryCode, newTotpSecret } from "./mfa.js";
import { createSession, type NewSession } from "./sessions.js";
import { finishedSignIn } from "./sign-in-record.js";

function requireStep(db: ScopedDb, allowed: ReadonlyArray<string>): void {
  // A session that has only passed the password may not replace the second factor it has not passed.
  if (!allowed.includes(db.actor.mfaState ?? "complete")) throw new AppError("mfa_required");
}

async function loadUser(db: ScopedDb) {
  return db
    .selectFrom("users")
    .innerJoin("organisations as o", "o.id", "users.organisation_id")
    .select([
      "users.id",
      "users.email",
      "users.mfa_secret",
      "users.mfa_enabled_at",
      "users.mfa_last_counter",
      "o.mfa_required",
    ])
    .where("users.id", "=", db.actor.userId)
    .executeTakeFirstOrThrow();
}

export async function startEnrolment(services: Services, db: ScopedDb) {
  requireStep(db, ["enrol_required", "complete"]);
  const user = await loadUser(db);
  // A factor in use is replaced only by turning it off first (which needs a code from it).
  if (user.mfa_enabled_at) throw new AppError("conflict");
  const secret = newTotpSecret();
  const stored = await services.keyring.encryptField(db, mfaSecretContext(user.id), secret);
  await db.updateTable("users").set({ mfa_secret: stored }).where("id", "=", user.id).execute();
  db.audit({ action: "auth.mfa_enrol_start", recordType: "user", recordId: user.id });
  return enrolmentDetails(secret, user.email);
}

/**
 * Confirms a new authenticator and returns the recovery codes (shown once). When enrolment was the
 * second sign-in step, the sign-in completes here and, as after a verified code, the session is replaced.
 */
export async function confirmEnrolment(
  services: Services,
  db: ScopedDb,
  request: FastifyRequest,
  code: string,
): Promise<{ recoveryCodes: string[]; session: NewSession | undefined }> {
  requireStep(db, ["enrol_required", "complete"]);
  const user = await loadUser(db);
  if (!user.mfa_secret || user.mfa_enabled_at) throw new AppError("conflict");
  const secret = await services.keyring.decryptField(db, mfaSecretContext(user.id), user.mfa_secret);
  const counter = acceptTotp(secret, code, null);
  if (counter === undefined) throw new AppError("invalid_code", [{ field: "body.code", problem: "invalid" }]);
  const codes = generateRecoveryCodes();
  await db
    .updateTable("users")
    .set({ mfa_enabled_at: new Date(), mfa_last_counter: String(counter) })
    .where("id", "=", user.id)
    .execute();
  await db.deleteFrom("recovery_codes").where("user_id", "=", user.id).execute();
  await db
    .insertInto(
      "recovery_codes",
      codes.map((c) => ({ organisation_id: db.organisationId, user_id: user.id, code_hash: hashRecoveryCode(c) })),
    )
    .execute();
  db.audit({ action: "auth.mfa_enrolled", recordType: "user", recordId: user.id });
  const session = db.actor.mfaState === "enrol_required" ? await completeSignIn(services, db, request) : undefined;
  return { recoveryCodes: codes, session };
}

/** Ends the session that was in a sign-in step and opens a finished one with a new token. */
async function completeSignIn(services: Services, db: ScopedDb, request: FastifyRequest): Promise<NewSession> {
  const userId = db.actor.userId ?? "";
  await db
    .deleteFrom("sessions")
    .where("id", "=", db.actor.sessionId ?? "")
    .execute();
  await db.updateTable("users").set(finishedSignIn()).where("id", "=", userId).execute();
  return createSession(db.tx, services.config, {
    organisationId: db.organisationId,
    userId,
    mfaState: "complete",
    clientIp: request.ip ?? null,
    userAgent: request.headers["user-agent"],
  });
}

/**
 * The second sign-in step: a TOTP code or an unused recovery code. Success replaces the session with a
 * new one (new token, new CSRF token), so a token seen before the step is worthless after it.
 */
export async function verifySecondFactor(
  services: Services,
  db: ScopedDb,
  request: FastifyRequest,
  code: string,
): Promise<NewSession> {
  requireStep(db, ["pending"]);
  const user = await loadUser(db);
  if (!user.mfa_secret || !user.mfa_enabled_at) throw new AppError("conflict");
  const secret = await services.keyring.decryptField(db, mfaSecretContext(user.id), user.mfa_secret);
  const last = user.mfa_last_counter === null ? null : Number(user.mfa_last_counter);
  const counter = acceptTotp(secret, code, last);
  let method = "totp";
  if (counter !== undefined) {
    await db
      .updateTable("users")
      .set({ mfa_last_counter: String(counter) })
      .where("id", "=", user.id)
      .execute();
  } else {
    const used = await db
      .updateTable("recovery_codes")
      .set({ used_at: new Date() })
      .where("user_id", "=", user.id)
      .where("code_hash", "=", hashRecoveryCode(code))
      .where("used_at", "is", null)
      .executeTakeFirst();
    if (Number(used.numUpdatedRows) !== 1)
      throw new AppError("invalid_code", [{ field: "body.code", problem: "invalid" }]);
    method = "recovery_code";
  }
  db.audit({ action: "auth.mfa_verified", recordType: "user", recordId: user.id, detail: { method } });
  return completeSignIn(services, db, request);
}

export async function disableMfa(services: Services, db: ScopedDb, code: string): Promise<void> {
  const user = await loadUser(db);
  if (user.mfa_required)
    throw new AppError("forbidden", [{ field: "body.code", problem: "mfa_required_by_organisation" }]);
  if (!user.mfa_enabled_at || !user.mfa_secret) throw new AppError("conflict");
  const secret = await services.keyring.decryptField(db, mfaSecretContext(user.id), user.mfa_secret);
  const last = user.mfa_last_counter === null ? null : Number(user.mfa_last_counter);
  if (acceptTotp(secret, code, last) === undefined)
    throw new AppError("invalid_code", [{ field: "body.code", problem: "invalid" }]);
  await db
    .updateTable("users")
    .set({ mfa_enabled_at: null, mfa_secret: null, mfa_last_counter: null })
    .where("id", "=", user.id)
    .execute();
  await db.deleteFrom("recovery_codes").where("user_id", "=", user.id).execute();
  db.audit({ action: "auth.mfa_disabled", recordType: "user", recordId: user.id });
}
