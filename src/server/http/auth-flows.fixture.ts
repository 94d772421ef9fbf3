import type { FastifyInstance } from "fastify";
import * as OTPAuth from "otpauth";
import { afterAll, beforeAll, expect } from "vitest";
import type { Role } from "../../shared/access/permissions.js";
import type { DatabaseKind } from "../db/connect.js";
import {
  auditEntriesAfter,
  type Credentials,
  createDemoApp,
  createTestUser,
  type SessionCache,
  send,
  signIn,
  type TestApp,
  type TestSession,
} from "../testing/http.js";

/*
 * What the sign-in and account-flow tests share: a demo deployment with a low lockout threshold, rate limit
 * and idle timeout, and a record of every e-mail address and password they use, none of which may reach
 * the audit trail.
 */

export const LOCKOUT_THRESHOLD = 3;
export const LOGIN_RATE_LIMIT = 3;
export const STRONG_PASSWORD = "Velvet-Harbour-Lantern-42";

export const totpNow = (secret: string, offsetMs = 0) =>
  new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + offsetMs });

export interface AuthFlows {
  testApp: TestApp;
  app: FastifyInstance;
  sessions: SessionCache;
  organisationId: string;
  /** Every e-mail and password the file signs in with. */
  secrets: Set<string>;
}

/** The deployment of one test file (hooks registered in the calling describe), and its helpers. */
export function useAuthFlows(kind: DatabaseKind) {
  const flows = { secrets: new Set<string>() } as AuthFlows;
  beforeAll(async () => {
    const demo = await createDemoApp(kind, {
      SAFEPATH_LOCKOUT_THRESHOLD: String(LOCKOUT_THRESHOLD),
      SAFEPATH_LOGIN_RATE_LIMIT: String(LOGIN_RATE_LIMIT),
      SAFEPATH_SESSION_IDLE_MINUTES: "1",
    });
    Object.assign(flows, {
      testApp: demo.testApp,
      app: demo.app,
      sessions: demo.sessions,
      organisationId: demo.demo.mainOrganisationId,
    });
  });
  afterAll(async () => {
    await flows.testApp?.close();
  });

  const db = () => flows.testApp.services.database.db;
  const newUser = async (
    roles: Role[] = ["caseworker"],
    extra: { emailName?: string; displayName?: string; organisationId?: string } = {},
  ) => {
    const user = await createTestUser(flows.testApp, { organisationId: flows.organisationId, roles, ...extra });
    flows.secrets.add(user.email).add(user.password);
    return user;
  };
  const attempt = (credentials: Credentials, remoteAddress?: string) => {
    flows.secrets.add(credentials.email).add(credentials.password);
    return signIn(flows.app, credentials, remoteAddress ? { remoteAddress } : {});
  };
  const get = (url: string, session: TestSession) => send(flows.app, { method: "GET", url, session });
  const post = (url: string, session: TestSession, payload?: unknown) =>
    send(flows.app, { method: "POST", url, session, payload });
  const sessionCount = async (userId: string) =>
    Number(
      (
        await db()
          .selectFrom("sessions")
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .where("user_id", "=", userId)
          .executeTakeFirstOrThrow()
      ).n,
    );
  const signInAudit = async (after: bigint) =>
    (await auditEntriesAfter(flows.testApp, after))
      .filter((e) => e.action === "auth.sign_in")
      .map((e) => [e.outcome, (e.detail as { code: string }).code]);
  /** No audit entry of the deployment holds any e-mail address or password the file used. */
  const expectNoSecretsInAudit = async (minimumSecrets: number) => {
    const everything = await db().selectFrom("audit_log").selectAll().execute();
    expect(everything.length).toBeGreaterThan(20);
    expect(flows.secrets.size).toBeGreaterThanOrEqual(minimumSecrets);
    for (const entry of everything) {
      const text = JSON.stringify(entry).toLowerCase();
      for (const secret of flows.secrets)
        expect(text, `audit entry ${entry.seq} (${entry.action})`).not.toContain(secret.toLowerCase());
    }
  };
  return { flows, db, newUser, attempt, get, post, sessionCount, signInAudit, expectNoSecretsInAudit };
}
