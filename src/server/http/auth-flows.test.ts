import type { FastifyInstance } from "fastify";
import { sql } from "kysely";
import * as OTPAuth from "otpauth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../shared/access/permissions.js";
import { testDatabaseKinds } from "../testing/databases.js";
import {
  auditEntriesAfter,
  auditEntriesOfRequest,
  type Credentials,
  createDemoApp,
  createTestUser,
  errorOf,
  lastAuditSeq,
  type SessionCache,
  send,
  signIn,
  signInOrThrow,
  type TestApp,
  type TestSession,
} from "../testing/http.js";

const LOCKOUT_THRESHOLD = 3;
const LOGIN_RATE_LIMIT = 3;
const STRONG_PASSWORD = "Velvet-Harbour-Lantern-42";

const totpNow = (secret: string, offsetMs = 0) =>
  new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + offsetMs });

describe.each(testDatabaseKinds())("sign-in and account flows (%s)", (kind) => {
  let testApp: TestApp;
  let app: FastifyInstance;
  let sessions: SessionCache;
  let organisationId: string;
  /** Every e-mail and password this file signs in with: none may reach the audit trail. */
  const secrets = new Set<string>();

  beforeAll(async () => {
    const demo = await createDemoApp(kind, {
      SAFEPATH_LOCKOUT_THRESHOLD: String(LOCKOUT_THRESHOLD),
      SAFEPATH_LOGIN_RATE_LIMIT: String(LOGIN_RATE_LIMIT),
      SAFEPATH_SESSION_IDLE_MINUTES: "1",
    });
    ({ testApp, app, sessions } = demo);
    organisationId = demo.demo.mainOrganisationId;
  });
  afterAll(async () => {
    await testApp?.close();
  });

  const db = () => testApp.services.database.db;
  const newUser = async (
    roles: Role[] = ["caseworker"],
    extra: { emailName?: string; displayName?: string; organisationId?: string } = {},
  ) => {
    const user = await createTestUser(testApp, { organisationId, roles, ...extra });
    secrets.add(user.email).add(user.password);
    return user;
  };
  const attempt = (credentials: Credentials, remoteAddress?: string) => {
    secrets.add(credentials.email).add(credentials.password);
    return signIn(app, credentials, remoteAddress ? { remoteAddress } : {});
  };
  const get = (url: string, session: TestSession) => send(app, { method: "GET", url, session });
  const post = (url: string, session: TestSession, payload?: unknown) =>
    send(app, { method: "POST", url, session, payload });
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
    (await auditEntriesAfter(testApp, after))
      .filter((e) => e.action === "auth.sign_in")
      .map((e) => [e.outcome, (e.detail as { code: string }).code]);

  it("signs in with the right password: httpOnly strict cookie, CSRF token, audited", async () => {
    const user = await newUser();
    const before = await lastAuditSeq(testApp);
    const { response, session } = await attempt(user);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ mfaState: "complete", csrfToken: expect.any(String) });
    const cookie = response.cookies.find((c) => c.name === "safepath_session");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/" });
    const me = await get("/api/auth/session", session as TestSession);
    expect(me.json()).toMatchObject({
      mfaState: "complete",
      user: { id: user.id, email: user.email, mustChangePassword: false },
    });
    // The organisation's time zone comes along: figures pages count "today" in it.
    const organisation = await testApp.services.database.db
      .selectFrom("organisations")
      .select("time_zone")
      .where("id", "=", user.organisationId)
      .executeTakeFirstOrThrow();
    expect(me.json().user.organisation).toMatchObject({ id: user.organisationId, timeZone: organisation.time_zone });
    expect(await signInAudit(before)).toEqual([["allowed", "signed_in"]]);
  });

  it("gives the same answer for a wrong password and an unknown e-mail", async () => {
    const user = await newUser();
    const before = await lastAuditSeq(testApp);
    const wrong = await attempt({ email: user.email, password: `${user.password}x` });
    const unknown = await attempt({ email: `nobody-${user.email}`, password: user.password });
    const shape = (r: typeof wrong.response) => ({
      status: r.statusCode,
      ...errorOf(r),
      requestId: undefined,
      cookie: r.headers["set-cookie"],
    });
    expect(shape(wrong.response)).toEqual({
      status: 401,
      code: "invalid_credentials",
      message: expect.any(String),
      requestId: undefined,
      cookie: undefined,
    });
    expect(shape(unknown.response)).toEqual(shape(wrong.response));
    expect(await signInAudit(before)).toEqual([
      ["failed", "wrong_password"],
      ["failed", "unknown_account"],
    ]);
  });

  it(`locks the account after ${LOCKOUT_THRESHOLD} failures, even for the right password, until an administrator resets it`, async () => {
    const user = await newUser();
    const before = await lastAuditSeq(testApp);
    const statuses: number[] = [];
    for (let i = 0; i < LOCKOUT_THRESHOLD; i++)
      statuses.push(
        (await attempt({ email: user.email, password: `wrong-${i}-${user.password}` })).response.statusCode,
      );
    expect(statuses).toEqual([...Array(LOCKOUT_THRESHOLD - 1).fill(401), 423]);
    const locked = await attempt(user);
    expect([locked.response.statusCode, errorOf(locked.response).code, locked.session]).toEqual([
      423,
      "account_locked",
      undefined,
    ]);
    // Without the password, a locked account looks like any failed sign-in: the lock is not revealed.
    const guessed = await attempt({ email: user.email, password: `still-wrong-${user.password}` });
    expect([guessed.response.statusCode, errorOf(guessed.response).code]).toEqual([401, "invalid_credentials"]);
    expect(await signInAudit(before)).toEqual([
      ...Array(LOCKOUT_THRESHOLD - 1).fill(["failed", "wrong_password"]),
      ["failed", "locked_now"],
      ["denied", "account_locked"],
      ["denied", "locked_wrong_password"],
    ]);
    const reset = await post(`/api/users/${user.id}/reset-password`, await sessions.of("organisation_admin"));
    const temporary = {
      email: user.email,
      password: (reset.json() as { temporaryPassword: string }).temporaryPassword,
    };
    expect((await attempt(temporary)).response.statusCode).toBe(200);
  });

  it(`answers 429 after ${LOGIN_RATE_LIMIT} sign-in attempts a minute from one address`, async () => {
    const user = await newUser();
    const address = "203.0.113.7";
    const statuses: number[] = [];
    for (let i = 0; i < LOGIN_RATE_LIMIT; i++)
      statuses.push(
        (await attempt({ email: `nobody${i}@example.org`, password: `Wrong-Password-${i}` }, address)).response
          .statusCode,
      );
    expect(statuses).toEqual(Array(LOGIN_RATE_LIMIT).fill(401));
    const limited = await attempt(user, address);
    expect([limited.response.statusCode, errorOf(limited.response).code, limited.session]).toEqual([
      429,
      "rate_limited",
      undefined,
    ]);
    // The refusal is audited (written without holding up the answer, so wait for it briefly).
    const requestId = errorOf(limited.response).requestId ?? "";
    await expect
      .poll(async () => (await auditEntriesOfRequest(testApp, requestId)).map((e) => [e.outcome, e.detail]))
      .toEqual([["denied", { code: "rate_limited" }]]);
    expect((await attempt(user, "203.0.113.8")).response.statusCode).toBe(200);
  });

  it("enrols an authenticator, then asks for it at sign-in; codes and recovery codes work once", async () => {
    const user = await newUser(["organisation_admin"]);
    const first = await signInOrThrow(app, user);
    const enrol = await post("/api/auth/mfa/enrol", first);
    expect(enrol.statusCode).toBe(200);
    const { secret } = enrol.json() as { secret: string };
    const enrolCode = totpNow(secret);
    const confirm = await post("/api/auth/mfa/confirm", first, { code: enrolCode });
    expect(confirm.statusCode).toBe(200);
    const { recoveryCodes } = confirm.json() as { recoveryCodes: string[] };
    expect(new Set(recoveryCodes).size).toBe(10);
    expect((await post("/api/auth/sign-out", first)).statusCode).toBe(200);
    expect((await get("/api/auth/session", first)).statusCode).toBe(401);

    const pending = (await attempt(user)).session as TestSession;
    expect((await get("/api/auth/session", pending)).json()).toMatchObject({ mfaState: "pending" });
    for (const denied of [
      await get("/api/users", pending),
      await post("/api/auth/mfa/enrol", pending),
      await post("/api/auth/tokens", pending, { name: "x" }),
    ]) {
      expect([denied.statusCode, errorOf(denied).code]).toEqual([403, "mfa_required"]);
    }
    const replay = await post("/api/auth/mfa/verify", pending, { code: enrolCode });
    expect([replay.statusCode, errorOf(replay).code]).toEqual([400, "invalid_code"]);

    const nextCode = totpNow(secret, 30_000);
    const verified = await post("/api/auth/mfa/verify", pending, { code: nextCode });
    expect(verified.json()).toMatchObject({ mfaState: "complete" });
    const cookie = verified.cookies.find((c) => c.name === "safepath_session")?.value ?? "";
    expect(cookie).not.toBe("");
    expect(cookie).not.toBe(pending.cookie);
    const complete = { cookie, csrfToken: (verified.json() as { csrfToken: string }).csrfToken };
    expect(complete.csrfToken).not.toBe(pending.csrfToken);
    expect((await get("/api/users", complete)).statusCode).toBe(200);
    expect((await get("/api/auth/session", pending)).statusCode).toBe(401);
    expect((await post("/api/auth/sign-out", complete)).statusCode).toBe(200);

    // The same code again, in a new session, is a replay.
    const again = (await attempt(user)).session as TestSession;
    expect(errorOf(await post("/api/auth/mfa/verify", again, { code: nextCode })).code).toBe("invalid_code");
    // A recovery code stands in for the authenticator, once.
    const recoveryCode = recoveryCodes[0] ?? "";
    expect((await post("/api/auth/mfa/verify", again, { code: recoveryCode.toUpperCase() })).statusCode).toBe(200);
    const third = (await attempt(user)).session as TestSession;
    const reused = await post("/api/auth/mfa/verify", third, { code: recoveryCode });
    expect([reused.statusCode, errorOf(reused).code]).toEqual([400, "invalid_code"]);
    expect((await post("/api/auth/mfa/verify", third, { code: recoveryCodes[1] })).statusCode).toBe(200);
  });

  it("makes users of an organisation that requires MFA enrol before anything else", async () => {
    const deployment = await sessions.of("deployment_admin");
    const created = await post("/api/organisations", deployment, {
      name: `Two Step Org ${Date.now()}`,
      type: "NGO",
      country: "PL",
    });
    expect(created.statusCode).toBe(201);
    const mfaOrg = (created.json() as { id: string }).id;
    const admin = await newUser(["organisation_admin"], { organisationId: mfaOrg });
    const member = await newUser(["organisation_admin"], { organisationId: mfaOrg });
    const adminSession = await signInOrThrow(app, admin);
    const patched = await send(app, {
      method: "PATCH",
      url: `/api/organisations/${mfaOrg}`,
      session: adminSession,
      payload: { mfaRequired: true },
    });
    expect(patched.json()).toMatchObject({ mfaRequired: true });

    const { response, session } = await attempt(member);
    expect(response.json()).toMatchObject({ mfaState: "enrol_required" });
    const s = session as TestSession;
    for (const denied of [
      await get("/api/organisations", s),
      await get("/api/users", s),
      await post("/api/auth/tokens", s, { name: "x" }),
      await send(app, { method: "PATCH", url: "/api/me", session: s, payload: { displayName: "X" } }),
      await post("/api/auth/mfa/verify", s, { code: "123456" }),
    ]) {
      expect([denied.statusCode, errorOf(denied).code]).toEqual([403, "mfa_required"]);
    }
    const { secret } = (await post("/api/auth/mfa/enrol", s)).json() as { secret: string };
    const confirm = await post("/api/auth/mfa/confirm", s, { code: totpNow(secret) });
    const confirmed = confirm.json() as { recoveryCodes: string[]; csrfToken: string };
    expect(confirmed.recoveryCodes).toHaveLength(10);
    // Enrolment finished the sign-in: the session was replaced, as after a verified code.
    const complete = {
      cookie: confirm.cookies.find((c) => c.name === "safepath_session")?.value ?? "",
      csrfToken: confirmed.csrfToken,
    };
    expect(complete.cookie).not.toBe(s.cookie);
    expect((await get("/api/auth/session", s)).statusCode).toBe(401);
    expect((await get("/api/users", complete)).statusCode).toBe(200);
    const signedIn = await db()
      .selectFrom("users")
      .select(["last_sign_in_at", "previous_sign_in_at"])
      .where("id", "=", member.id)
      .executeTakeFirstOrThrow();
    expect([signedIn.last_sign_in_at instanceof Date, signedIn.previous_sign_in_at]).toEqual([true, null]);
    // Required by the organisation: it cannot be switched off.
    const disable = await post("/api/auth/mfa/disable", complete, { code: totpNow(secret, 30_000) });
    expect([disable.statusCode, errorOf(disable).code]).toEqual([403, "forbidden"]);
  });

  it("refuses weak passwords naming body.newPassword; a change ends the user's other sessions", async () => {
    const user = await newUser(["caseworker"], { emailName: "walterpw", displayName: "Walter Kowalczyk" });
    const here = await signInOrThrow(app, user);
    const elsewhere = await signInOrThrow(app, user);
    const hashBefore = (
      await db().selectFrom("users").select("password_hash").where("id", "=", user.id).executeTakeFirstOrThrow()
    ).password_hash;
    for (const [newPassword, problem] of [
      ["password123456", "password_common"],
      ["Xy7!ab", "password_too_short"],
      ["Qz8#walterpwGlimmer", "password_contains_email"],
      ["Qz8#KowalczykGlimmer", "password_contains_email"],
      [user.password, "password_reused"],
    ] as const) {
      const response = await post("/api/auth/password", here, { currentPassword: user.password, newPassword });
      expect([
        newPassword,
        response.statusCode,
        errorOf(response).code,
        errorOf(response).fields?.map((f) => [f.field, f.problem]),
      ]).toEqual([newPassword, 400, "weak_password", [["body.newPassword", problem]]]);
      expect(response.body).not.toContain(newPassword);
    }
    const wrongCurrent = await post("/api/auth/password", here, {
      currentPassword: "not it at all",
      newPassword: STRONG_PASSWORD,
    });
    expect(errorOf(wrongCurrent).fields?.[0]).toMatchObject({
      field: "body.currentPassword",
      problem: "current_password",
    });
    expect(
      (await db().selectFrom("users").select("password_hash").where("id", "=", user.id).executeTakeFirstOrThrow())
        .password_hash,
    ).toBe(hashBefore);
    expect((await get("/api/auth/session", elsewhere)).statusCode).toBe(200);

    expect(
      (await post("/api/auth/password", here, { currentPassword: user.password, newPassword: STRONG_PASSWORD }))
        .statusCode,
    ).toBe(200);
    secrets.add(STRONG_PASSWORD);
    expect((await get("/api/auth/session", elsewhere)).statusCode).toBe(401);
    expect((await get("/api/auth/session", here)).statusCode).toBe(200);
    expect((await attempt(user)).response.statusCode).toBe(401);
    expect((await attempt({ email: user.email, password: STRONG_PASSWORD })).response.statusCode).toBe(200);
  });

  it("ends the sessions and tokens of a user whose password an administrator resets, who must then change it", async () => {
    const user = await newUser();
    const session = await signInOrThrow(app, user);
    const { token } = (await post("/api/auth/tokens", session, { name: "script" })).json() as { token: string };
    const reset = await post(`/api/users/${user.id}/reset-password`, await sessions.of("organisation_admin"));
    expect(reset.statusCode).toBe(200);
    // The reset also revokes the user's API tokens.
    expect((await send(app, { method: "GET", url: "/api/auth/tokens", token })).statusCode).toBe(401);
    const temporary = (reset.json() as { temporaryPassword: string }).temporaryPassword;
    secrets.add(temporary);
    expect((await get("/api/auth/session", session)).statusCode).toBe(401);
    expect(await sessionCount(user.id)).toBe(0);
    expect((await attempt(user)).response.statusCode).toBe(401);
    const fresh = (await attempt({ email: user.email, password: temporary })).session as TestSession;
    expect((await get("/api/auth/session", fresh)).json()).toMatchObject({ user: { mustChangePassword: true } });
    const blocked = await get("/api/organisations", fresh);
    expect([blocked.statusCode, errorOf(blocked).code]).toEqual([403, "password_change_required"]);
    expect(
      (await post("/api/auth/password", fresh, { currentPassword: temporary, newPassword: STRONG_PASSWORD }))
        .statusCode,
    ).toBe(200);
    expect((await get("/api/auth/session", fresh)).json()).toMatchObject({ user: { mustChangePassword: false } });
    expect((await get("/api/organisations", fresh)).statusCode).toBe(200);
  });

  it("shuts a disabled user out: sessions and tokens end, sign-in fails like a wrong password", async () => {
    const user = await newUser();
    const session = await signInOrThrow(app, user);
    const { token } = (await post("/api/auth/tokens", session, { name: "laptop" })).json() as { token: string };
    const admin = await sessions.of("organisation_admin");
    const disable = await send(app, {
      method: "PATCH",
      url: `/api/users/${user.id}`,
      session: admin,
      payload: { disabled: true },
    });
    expect(disable.json()).toMatchObject({ disabled: true });
    expect((await get("/api/auth/session", session)).statusCode).toBe(401);
    expect(await sessionCount(user.id)).toBe(0);
    expect((await send(app, { method: "GET", url: "/api/auth/tokens", token })).statusCode).toBe(401);
    const before = await lastAuditSeq(testApp);
    const refused = await attempt(user);
    expect([refused.response.statusCode, errorOf(refused.response).code, refused.session]).toEqual([
      401,
      "invalid_credentials",
      undefined,
    ]);
    expect(await signInAudit(before)).toEqual([["denied", "account_disabled"]]);
    await send(app, { method: "PATCH", url: `/api/users/${user.id}`, session: admin, payload: { disabled: false } });
    expect((await attempt(user)).response.statusCode).toBe(200);
  });

  it("ends a session idle for longer than SAFEPATH_SESSION_IDLE_MINUTES, but not one in use", async () => {
    const user = await newUser();
    const idle = await signInOrThrow(app, user);
    await db()
      .updateTable("sessions")
      .set({ last_seen_at: sql`now() - interval '2 minutes'` })
      .where("user_id", "=", user.id)
      .execute();
    const response = await get("/api/auth/session", idle);
    expect([response.statusCode, errorOf(response).code]).toEqual([401, "unauthenticated"]);
    expect(await sessionCount(user.id)).toBe(0);

    // Used 40 s ago, then again 30 s later: 70 s since sign-in, but never a minute idle.
    const active = await signInOrThrow(app, user);
    const age = (seconds: number) =>
      db()
        .updateTable("sessions")
        .set({ last_seen_at: sql`last_seen_at - ${`${seconds} seconds`}::interval` })
        .where("user_id", "=", user.id)
        .execute();
    await age(40);
    expect((await get("/api/auth/session", active)).statusCode).toBe(200);
    await age(30);
    expect((await get("/api/auth/session", active)).statusCode).toBe(200);
  });

  it("shows the previous sign-in, not the current one", async () => {
    const user = await newUser(["caseworker"]);
    const first = await signInOrThrow(app, user);
    expect((await get("/api/auth/session", first)).json()).toMatchObject({ user: { lastSignInAt: null } });
    const { last_sign_in_at: firstAt } = await db()
      .selectFrom("users")
      .select("last_sign_in_at")
      .where("id", "=", user.id)
      .executeTakeFirstOrThrow();
    const second = await signInOrThrow(app, user);
    expect((await get("/api/auth/session", second)).json()).toMatchObject({
      user: { lastSignInAt: firstAt?.toISOString() },
    });
  });

  it("audits every sign-in attempt and never writes an e-mail address or a password into the trail", async () => {
    const user = await newUser(["caseworker"]);
    const before = await lastAuditSeq(testApp);
    await attempt(user);
    await attempt({ email: user.email, password: "Not-The-Password-1" });
    await attempt({ email: "someone.else@example.org", password: user.password });
    await db().updateTable("users").set({ mfa_enabled_at: new Date() }).where("id", "=", user.id).execute();
    await attempt(user);
    expect(await signInAudit(before)).toEqual([
      ["allowed", "signed_in"],
      ["failed", "wrong_password"],
      ["failed", "unknown_account"],
      ["allowed", "mfa_pending"],
    ]);
    const everything = await db().selectFrom("audit_log").selectAll().execute();
    expect(everything.length).toBeGreaterThan(50);
    expect(secrets.size).toBeGreaterThan(20);
    for (const entry of everything) {
      const text = JSON.stringify(entry).toLowerCase();
      for (const secret of secrets)
        expect(text, `audit entry ${entry.seq} (${entry.action})`).not.toContain(secret.toLowerCase());
    }
  });
});
