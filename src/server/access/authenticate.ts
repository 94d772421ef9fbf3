import { createHash } from "node:crypto";
import type { FastifyRequest } from "fastify";
import { isRole } from "../../shared/access/permissions.js";
import type { MfaState } from "../db/schema.js";
import type { Services } from "../services.js";
import { type Actor, ANONYMOUS, userActor } from "./actor.js";

export const SESSION_COOKIE = "safepath_session";
/** Tokens start with this, so that secret scanners and people recognise a leaked one. */
export const API_TOKEN_PREFIX = "sp_pat_";

// Refreshing last-seen on every request would make every read a write; a minute is precise enough.
const TOUCH_AFTER_MS = 60_000;

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/**
 * Finds who is calling: a personal API token in the Authorization header or a session cookie.
 * These lookups run before an actor exists, so they are the only request-time queries outside the
 * scoped handle; they read credentials only and return no personal data.
 */
export async function authenticate(services: Services, request: FastifyRequest): Promise<Actor> {
  const header = request.headers.authorization;
  if (header?.startsWith("Bearer ")) return (await fromApiToken(services, header.slice(7).trim())) ?? ANONYMOUS;
  const cookie = request.cookies[SESSION_COOKIE];
  if (cookie) return (await fromSession(services, cookie)) ?? ANONYMOUS;
  return ANONYMOUS;
}

/** What an actor is built from, read with the session or token it belongs to. */
const ACCOUNT_COLUMNS = ["u.id as user_id", "u.organisation_id", "u.team_id", "u.roles", "u.locale"] as const;

async function fromSession(services: Services, token: string): Promise<Actor | undefined> {
  const { db } = services.database;
  const now = Date.now();
  const row = await db
    .selectFrom("sessions as s")
    .innerJoin("users as u", "u.id", "s.user_id")
    .innerJoin("organisations as o", "o.id", "u.organisation_id")
    .select([
      "s.id",
      "s.mfa_state",
      "s.csrf_token",
      "s.last_seen_at",
      "s.expires_at",
      "u.must_change_password",
      ...ACCOUNT_COLUMNS,
    ])
    .where("s.id", "=", hashSecret(token))
    .where("u.disabled_at", "is", null)
    .where("o.disabled_at", "is", null)
    .executeTakeFirst();
  if (!row) return undefined;
  const idleExpired = row.last_seen_at.getTime() + services.config.sessionIdleMs < now;
  if (row.expires_at.getTime() <= now || idleExpired) {
    await db.deleteFrom("sessions").where("id", "=", row.id).execute();
    return undefined;
  }
  // Well within the idle limit too: with a one-minute limit, refreshing only after a minute would end
  // sessions in constant use.
  if (now - row.last_seen_at.getTime() > Math.min(TOUCH_AFTER_MS, services.config.sessionIdleMs / 4)) {
    await db
      .updateTable("sessions")
      .set({ last_seen_at: new Date(now) })
      .where("id", "=", row.id)
      .execute();
  }
  return userActor({
    userId: row.user_id,
    organisationId: row.organisation_id,
    teamId: row.team_id,
    roles: row.roles.filter(isRole),
    via: "session",
    sessionId: row.id,
    mfaState: row.mfa_state as MfaState,
    csrfToken: row.csrf_token,
    mustChangePassword: row.must_change_password,
    locale: row.locale,
  });
}

async function fromApiToken(services: Services, token: string): Promise<Actor | undefined> {
  if (!token.startsWith(API_TOKEN_PREFIX)) return undefined;
  const { db } = services.database;
  const row = await db
    .selectFrom("api_tokens as t")
    .innerJoin("users as u", "u.id", "t.user_id")
    .innerJoin("organisations as o", "o.id", "u.organisation_id")
    .select(["t.id", "t.expires_at", "t.last_used_at", ...ACCOUNT_COLUMNS])
    .where("t.token_hash", "=", hashSecret(token))
    .where("t.revoked_at", "is", null)
    .where("u.disabled_at", "is", null)
    .where("o.disabled_at", "is", null)
    .executeTakeFirst();
  if (!row || (row.expires_at && row.expires_at.getTime() <= Date.now())) return undefined;
  if (!row.last_used_at || Date.now() - row.last_used_at.getTime() > TOUCH_AFTER_MS) {
    await db.updateTable("api_tokens").set({ last_used_at: new Date() }).where("id", "=", row.id).execute();
  }
  return userActor({
    userId: row.user_id,
    organisationId: row.organisation_id,
    teamId: row.team_id,
    roles: row.roles.filter(isRole),
    via: "token",
    locale: row.locale,
  });
}
