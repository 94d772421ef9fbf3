import type { FastifyRequest } from "fastify";
import { sql } from "kysely";
import { type Actor, ANONYMOUS } from "../../access/actor.js";
import { AppError } from "../../access/errors.js";
import { requestInfo } from "../../access/guard.js";
import { recordOutside, runScoped } from "../../access/scoped-db.js";
import type { MfaState } from "../../db/schema.js";
import type { Services } from "../../services.js";
import { verifyAgainstDummy, verifyPassword } from "./passwords.js";
import { createSession, type NewSession } from "./sessions.js";
import { finishedSignIn } from "./sign-in-record.js";

/** Acts for a sign-in attempt inside the organisation of the account being signed in to. */
function signInActor(organisationId: string): Actor {
  return { ...ANONYMOUS, kind: "system", label: "system:sign-in", via: "system", organisationId };
}

/**
 * Checks e-mail and password, counts failures towards a lockout, and opens a session whose MFA state
 * says what the second step is. The answer for an unknown e-mail, a wrong password and a disabled
 * account is the same, and takes the same time.
 */
export async function signIn(
  services: Services,
  request: FastifyRequest,
  email: string,
  password: string,
): Promise<NewSession> {
  const { db } = services.database;
  const info = { ...requestInfo(request), action: "auth.sign_in" };
  // Before anyone is known there is no actor to scope by; this one lookup reads credentials only.
  const user = await db
    .selectFrom("users as u")
    .innerJoin("organisations as o", "o.id", "u.organisation_id")
    .select([
      "u.id",
      "u.organisation_id",
      "u.password_hash",
      "u.failed_sign_ins",
      "u.locked_until",
      "u.disabled_at",
      "u.mfa_enabled_at",
      "o.mfa_required",
      "o.disabled_at as organisation_disabled_at",
    ])
    .where(sql`lower(u.email)`, "=", email.toLowerCase())
    .executeTakeFirst();

  if (!user) {
    await verifyAgainstDummy(password);
    await recordOutside(services.database, ANONYMOUS, info, {
      action: info.action,
      outcome: "failed",
      detail: { code: "unknown_account" },
    });
    throw new AppError("invalid_credentials");
  }
  const actor = signInActor(user.organisation_id);
  const audit = (outcome: "allowed" | "denied" | "failed", code: string) => ({
    action: info.action,
    outcome,
    recordType: "user",
    recordId: user.id,
    detail: { code },
  });

  const passwordOk = await verifyPassword(user.password_hash, password);
  // Only someone who knows the password learns that the account is locked; everyone else gets the
  // answer an unknown e-mail gets, after the same hashing time.
  if (user.locked_until && user.locked_until.getTime() > Date.now()) {
    await recordOutside(
      services.database,
      actor,
      info,
      audit("denied", passwordOk ? "account_locked" : "locked_wrong_password"),
    );
    throw new AppError(passwordOk ? "account_locked" : "invalid_credentials");
  }
  if (!passwordOk) {
    const failures = user.failed_sign_ins + 1;
    const lock = failures >= services.config.lockoutThreshold;
    await runScoped(services.database, actor, info, async (scoped) => {
      await scoped
        .updateTable("users")
        .set({
          failed_sign_ins: lock ? 0 : failures,
          locked_until: lock ? new Date(Date.now() + services.config.lockoutMs) : null,
        })
        .where("id", "=", user.id)
        .execute();
      scoped.audit(audit("failed", lock ? "locked_now" : "wrong_password"));
    });
    throw new AppError(lock ? "account_locked" : "invalid_credentials");
  }
  if (user.disabled_at || user.organisation_disabled_at) {
    await recordOutside(services.database, actor, info, audit("denied", "account_disabled"));
    throw new AppError("invalid_credentials");
  }

  const mfaState: MfaState = user.mfa_enabled_at ? "pending" : user.mfa_required ? "enrol_required" : "complete";
  return runScoped(services.database, actor, info, async (scoped) => {
    await scoped
      .updateTable("users")
      .set({
        failed_sign_ins: 0,
        locked_until: null,
        ...(mfaState === "complete" ? finishedSignIn() : {}),
      })
      .where("id", "=", user.id)
      .execute();
    // Expired sessions are swept here rather than by a timer: sign-in is when they pile up.
    await scoped.deleteFrom("sessions").where("user_id", "=", user.id).where("expires_at", "<", new Date()).execute();
    scoped.audit(audit("allowed", mfaState === "complete" ? "signed_in" : `mfa_${mfaState}`));
    return createSession(scoped.tx, services.config, {
      organisationId: user.organisation_id,
      userId: user.id,
      mfaState,
      clientIp: request.ip ?? null,
      userAgent: request.headers["user-agent"],
    });
  });
}
