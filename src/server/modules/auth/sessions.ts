import { randomBytes } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import { hashSecret, SESSION_COOKIE } from "../../access/authenticate.js";
import type { Config } from "../../config.js";
import type { MfaState, Schema } from "../../db/schema.js";

export interface NewSession {
  token: string;
  csrfToken: string;
  mfaState: MfaState;
}

/** Stores a session (only the hash of its token) in the caller's transaction. */
export async function createSession(
  db: Kysely<Schema>,
  config: Config,
  input: {
    organisationId: string;
    userId: string;
    mfaState: MfaState;
    clientIp: string | null;
    userAgent: string | undefined;
  },
): Promise<NewSession> {
  const token = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(24).toString("base64url");
  await db
    .insertInto("sessions")
    .values({
      id: hashSecret(token),
      organisation_id: input.organisationId,
      user_id: input.userId,
      csrf_token: csrfToken,
      mfa_state: input.mfaState,
      expires_at: new Date(Date.now() + config.sessionAbsoluteMs),
      client_ip: input.clientIp,
      user_agent: input.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return { token, csrfToken, mfaState: input.mfaState };
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, config: Config, token: string): void {
  void reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "strict",
    secure: request.protocol === "https",
    path: "/",
    maxAge: Math.floor(config.sessionAbsoluteMs / 1000),
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  void reply.clearCookie(SESSION_COOKIE, { path: "/" });
}
