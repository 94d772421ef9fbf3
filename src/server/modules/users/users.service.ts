import { type Selectable, sql } from "kysely";
import type { z } from "zod";
import { isRole, type Role } from "../../../shared/access/permissions.js";
import type { userInput, userPatch } from "../../../shared/api/admin.js";
import { isDeploymentAdmin } from "../../access/actor.js";
import { AppError, forbidden, invalidField, notFound } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import type { UsersTable } from "../../db/schema.js";
import { decodeCursor, pageOf } from "../../http/keyset.js";
import { generatePassword, hashPassword } from "../auth/passwords.js";

type UserInput = z.infer<typeof userInput>;
type UserPatch = z.infer<typeof userPatch>;

/** The columns an API answer needs: password hashes and authenticator secrets never leave the database. */
export const USER_COLUMNS = [
  "id",
  "organisation_id",
  "email",
  "display_name",
  "roles",
  "team_id",
  "locale",
  "mfa_enabled_at",
  "disabled_at",
  "locked_until",
  "last_sign_in_at",
  "created_at",
] as const;

type UserApiRow = Pick<Selectable<UsersTable>, (typeof USER_COLUMNS)[number]>;

export function toApiUser(row: UserApiRow) {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    email: row.email,
    displayName: row.display_name,
    roles: row.roles.filter(isRole),
    teamId: row.team_id,
    locale: row.locale,
    mfaEnabled: row.mfa_enabled_at !== null,
    disabled: row.disabled_at !== null,
    locked: row.locked_until !== null && row.locked_until.getTime() > Date.now(),
    lastSignInAt: row.last_sign_in_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
  };
}

/** Only a deployment administrator makes another deployment administrator. */
function assertRolesGrantable(db: ScopedDb, roles: readonly Role[]): void {
  if (roles.includes("deployment_admin") && !isDeploymentAdmin(db.actor))
    throw invalidField("body.roles", "role_not_allowed");
}

/**
 * Only a deployment administrator changes, resets or disables a deployment administrator's account:
 * an organisation administrator of the same organisation would otherwise take it over (a reset hands
 * them the temporary password) and with it every organisation of the deployment.
 */
async function assertManageable(db: ScopedDb, id: string): Promise<void> {
  if (isDeploymentAdmin(db.actor)) return;
  const target = await db.selectFrom("users").select("roles").where("id", "=", id).executeTakeFirst();
  if (target?.roles.includes("deployment_admin")) throw forbidden();
}

export async function listUsers(
  db: ScopedDb,
  query: { q?: string | undefined; organisationId?: string | undefined; limit: number; cursor?: string | undefined },
) {
  const after = decodeCursor(query.cursor, 2);
  let q = db
    .selectFrom("users")
    .select(USER_COLUMNS)
    .orderBy(sql`lower(display_name)`)
    .orderBy("id")
    .limit(query.limit + 1);
  if (query.organisationId) q = q.where("organisation_id", "=", query.organisationId);
  if (query.q) {
    const pattern = `%${query.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb.or([eb(sql`lower(display_name)`, "like", pattern), eb(sql`lower(email)`, "like", pattern)]));
  }
  if (after) q = q.where(sql<boolean>`(lower(display_name), id) > (${after[0]}, ${after[1]}::uuid)`);
  const page = pageOf(await q.execute(), query.limit, (row) => [row.display_name.toLowerCase(), row.id]);
  db.audit({ action: "user.list", recordType: "user", recordIds: page.items.map((row) => row.id) });
  return { items: page.items.map(toApiUser), nextCursor: page.nextCursor };
}

export async function getUser(db: ScopedDb, id: string) {
  const row = await db.selectFrom("users").select(USER_COLUMNS).where("id", "=", id).executeTakeFirst();
  if (!row) throw notFound();
  db.audit({ action: "user.read", recordType: "user", recordId: id, organisationId: row.organisation_id });
  return toApiUser(row);
}

/** Creates an account with a temporary password that must be changed at first sign-in. */
export async function createUser(db: ScopedDb, input: UserInput, options: { password?: string } = {}) {
  assertRolesGrantable(db, input.roles);
  const organisationId = db.organisationFor(input.organisationId);
  const taken = await db.tx
    .selectFrom("users")
    .select("id")
    .where(sql`lower(email)`, "=", input.email.toLowerCase())
    .executeTakeFirst();
  if (taken) throw new AppError("conflict", [{ field: "body.email", problem: "taken" }]);
  const temporaryPassword = options.password ?? generatePassword();
  const row = (await db
    .insertInto("users", [
      {
        organisation_id: organisationId,
        email: input.email,
        display_name: input.displayName,
        roles: [...new Set(input.roles)],
        team_id: input.teamId ?? null,
        locale: input.locale ?? "en",
        password_hash: await hashPassword(temporaryPassword),
        must_change_password: options.password === undefined,
      },
    ])
    .returning(USER_COLUMNS)
    .executeTakeFirstOrThrow()) as UserApiRow;
  db.audit({
    action: "user.create",
    recordType: "user",
    recordId: row.id,
    organisationId,
    detail: { roles: row.roles },
  });
  return { user: toApiUser(row), temporaryPassword };
}

export async function updateUser(db: ScopedDb, id: string, patch: UserPatch) {
  await assertManageable(db, id);
  if (patch.roles) assertRolesGrantable(db, patch.roles);
  if (id === db.actor.userId && (patch.disabled || patch.roles))
    throw invalidField(patch.disabled ? "body.disabled" : "body.roles", "role_not_allowed");
  const row = await db
    .updateTable("users")
    .set({
      ...(patch.displayName ? { display_name: patch.displayName } : {}),
      ...(patch.roles ? { roles: [...new Set(patch.roles)] } : {}),
      ...(patch.teamId !== undefined ? { team_id: patch.teamId } : {}),
      ...(patch.locale ? { locale: patch.locale } : {}),
      ...(patch.disabled === undefined ? {} : { disabled_at: patch.disabled ? new Date() : null }),
      updated_at: new Date(),
    })
    .where("id", "=", id)
    .returning(USER_COLUMNS)
    .executeTakeFirst();
  if (!row) throw notFound();
  // A disabled account or a changed role takes effect now, not at the next sign-in.
  if (patch.disabled || patch.roles) await db.deleteFrom("sessions").where("user_id", "=", id).execute();
  db.audit({
    action: "user.update",
    recordType: "user",
    recordId: id,
    organisationId: row.organisation_id,
    detail: { fields: Object.keys(patch) },
  });
  return toApiUser(row as UserApiRow);
}

export async function resetPassword(db: ScopedDb, id: string) {
  await assertManageable(db, id);
  const temporaryPassword = generatePassword();
  const row = await db
    .updateTable("users")
    .set({
      password_hash: await hashPassword(temporaryPassword),
      must_change_password: true,
      failed_sign_ins: 0,
      locked_until: null,
      password_changed_at: new Date(),
    })
    .where("id", "=", id)
    .returning(["id", "organisation_id"])
    .executeTakeFirst();
  if (!row) throw notFound();
  // A reset usually means the password may be known to someone else: everything it opened closes.
  await db.deleteFrom("sessions").where("user_id", "=", id).execute();
  await db
    .updateTable("api_tokens")
    .set({ revoked_at: new Date() })
    .where("user_id", "=", id)
    .where("revoked_at", "is", null)
    .execute();
  db.audit({ action: "user.reset_password", recordType: "user", recordId: id, organisationId: row.organisation_id });
  return { temporaryPassword };
}

/** For a lost phone: the user enrols a new authenticator at next sign-in if the organisation requires one. */
export async function resetMfa(db: ScopedDb, id: string) {
  await assertManageable(db, id);
  const row = await db
    .updateTable("users")
    .set({ mfa_enabled_at: null, mfa_secret: null, mfa_last_counter: null })
    .where("id", "=", id)
    .returning(["id", "organisation_id"])
    .executeTakeFirst();
  if (!row) throw notFound();
  await db.deleteFrom("sessions").where("user_id", "=", id).execute();
  await db.tx.deleteFrom("recovery_codes").where("user_id", "=", id).execute();
  db.audit({ action: "user.reset_mfa", recordType: "user", recordId: id, organisationId: row.organisation_id });
}
