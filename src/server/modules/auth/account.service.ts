import { isRole, permissionsOf } from "../../../shared/access/permissions.js";
import { isLanguage } from "../../../shared/i18n/languages.js";
import { AppError } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { hashPassword, passwordProblems, verifyPassword } from "./passwords.js";

export async function currentSession(db: ScopedDb) {
  const row = await db
    .selectFrom("users")
    .innerJoin("organisations as o", "o.id", "users.organisation_id")
    .innerJoin("sessions as s", "s.user_id", "users.id")
    .select([
      "users.id",
      "users.email",
      "users.display_name",
      "users.locale",
      "users.roles",
      "users.mfa_enabled_at",
      "users.must_change_password",
      "users.previous_sign_in_at",
      "o.id as organisation_id",
      "o.name as organisation_name",
      "o.mfa_required",
      "o.time_zone",
      "s.mfa_state",
      "s.csrf_token",
    ])
    .where("users.id", "=", db.actor.userId)
    .where("s.id", "=", db.actor.sessionId ?? "")
    .executeTakeFirst();
  if (!row) throw new AppError("unauthenticated");
  const roles = row.roles.filter(isRole);
  return {
    mfaState: row.mfa_state,
    csrfToken: row.csrf_token,
    user: {
      id: row.id,
      email: row.email,
      displayName: row.display_name,
      locale: isLanguage(row.locale) ? row.locale : ("en" as const),
      roles,
      permissions: [...permissionsOf(roles)],
      mfaEnabled: row.mfa_enabled_at !== null,
      mustChangePassword: row.must_change_password,
      // The sign-in before this one: "now" would tell the user nothing.
      lastSignInAt: row.previous_sign_in_at?.toISOString() ?? null,
      organisation: {
        id: row.organisation_id,
        name: row.organisation_name,
        mfaRequired: row.mfa_required,
        timeZone: row.time_zone,
      },
    },
  };
}

export async function signOut(db: ScopedDb, options: { everywhere: boolean }): Promise<void> {
  const query = db.deleteFrom("sessions").where("user_id", "=", db.actor.userId);
  await (options.everywhere ? query : query.where("id", "=", db.actor.sessionId ?? "")).execute();
  db.audit({
    action: options.everywhere ? "auth.sign_out_everywhere" : "auth.sign_out",
    recordType: "user",
    recordId: db.actor.userId ?? undefined,
  });
}

/** Changing the password ends every other session of the user: a stolen session dies with the old password. */
export async function changePassword(db: ScopedDb, currentPassword: string, newPassword: string): Promise<void> {
  const user = await db
    .selectFrom("users")
    .select(["id", "email", "display_name", "password_hash"])
    .where("id", "=", db.actor.userId)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.password_hash, currentPassword))) {
    throw new AppError("validation", [{ field: "body.currentPassword", problem: "current_password" }]);
  }
  if (currentPassword === newPassword)
    throw new AppError("weak_password", [{ field: "body.newPassword", problem: "password_reused" }]);
  const problems = await passwordProblems(newPassword, { email: user.email, displayName: user.display_name });
  if (problems.length) throw new AppError("weak_password", problems);
  await db
    .updateTable("users")
    .set({
      password_hash: await hashPassword(newPassword),
      password_changed_at: new Date(),
      must_change_password: false,
      updated_at: new Date(),
    })
    .where("id", "=", user.id)
    .execute();
  await db
    .deleteFrom("sessions")
    .where("user_id", "=", user.id)
    .where("id", "!=", db.actor.sessionId ?? "")
    .execute();
  db.audit({ action: "auth.change_password", recordType: "user", recordId: user.id });
}

export async function updateMe(
  db: ScopedDb,
  input: { displayName?: string | undefined; locale?: string | undefined },
): Promise<void> {
  await db
    .updateTable("users")
    .set({
      ...(input.displayName ? { display_name: input.displayName } : {}),
      ...(input.locale ? { locale: input.locale } : {}),
      updated_at: new Date(),
    })
    .where("id", "=", db.actor.userId)
    .execute();
  db.audit({
    action: "account.update",
    recordType: "user",
    recordId: db.actor.userId ?? undefined,
    detail: { fields: Object.keys(input) },
  });
}
