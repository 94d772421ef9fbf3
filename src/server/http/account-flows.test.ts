import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../testing/databases.js";
import { errorOf, lastAuditSeq, send, signInOrThrow, type TestSession } from "../testing/http.js";
import { STRONG_PASSWORD, totpNow, useAuthFlows } from "./auth-flows.fixture.js";

describe.each(testDatabaseKinds())("account flows: second factor, passwords, disabling, idle sessions (%s)", (kind) => {
  const { flows, db, newUser, attempt, get, post, sessionCount, signInAudit, expectNoSecretsInAudit } =
    useAuthFlows(kind);

  it("enrols an authenticator, then asks for it at sign-in; codes and recovery codes work once", async () => {
    const user = await newUser(["organisation_admin"]);
    const first = await signInOrThrow(flows.app, user);
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
    const deployment = await flows.sessions.of("deployment_admin");
    const created = await post("/api/organisations", deployment, {
      name: `Two Step Org ${Date.now()}`,
      type: "NGO",
      country: "PL",
    });
    expect(created.statusCode).toBe(201);
    const mfaOrg = (created.json() as { id: string }).id;
    const admin = await newUser(["organisation_admin"], { organisationId: mfaOrg });
    const member = await newUser(["organisation_admin"], { organisationId: mfaOrg });
    const adminSession = await signInOrThrow(flows.app, admin);
    const patched = await send(flows.app, {
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
      await send(flows.app, { method: "PATCH", url: "/api/me", session: s, payload: { displayName: "X" } }),
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
    const here = await signInOrThrow(flows.app, user);
    const elsewhere = await signInOrThrow(flows.app, user);
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
    flows.secrets.add(STRONG_PASSWORD);
    expect((await get("/api/auth/session", elsewhere)).statusCode).toBe(401);
    expect((await get("/api/auth/session", here)).statusCode).toBe(200);
    expect((await attempt(user)).response.statusCode).toBe(401);
    expect((await attempt({ email: user.email, password: STRONG_PASSWORD })).response.statusCode).toBe(200);
  });

  it("ends the sessions and tokens of a user whose password an administrator resets, who must then change it", async () => {
    const user = await newUser();
    const session = await signInOrThrow(flows.app, user);
    const { token } = (await post("/api/auth/tokens", session, { name: "script" })).json() as { token: string };
    const reset = await post(`/api/users/${user.id}/reset-password`, await flows.sessions.of("organisation_admin"));
    expect(reset.statusCode).toBe(200);
    // The reset also revokes the user's API tokens.
    expect((await send(flows.app, { method: "GET", url: "/api/auth/tokens", token })).statusCode).toBe(401);
    const temporary = (reset.json() as { temporaryPassword: string }).temporaryPassword;
    flows.secrets.add(temporary);
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
    const session = await signInOrThrow(flows.app, user);
    const { token } = (await post("/api/auth/tokens", session, { name: "laptop" })).json() as { token: string };
    const admin = await flows.sessions.of("organisation_admin");
    const disable = await send(flows.app, {
      method: "PATCH",
      url: `/api/users/${user.id}`,
      session: admin,
      payload: { disabled: true },
    });
    expect(disable.json()).toMatchObject({ disabled: true });
    expect((await get("/api/auth/session", session)).statusCode).toBe(401);
    expect(await sessionCount(user.id)).toBe(0);
    expect((await send(flows.app, { method: "GET", url: "/api/auth/tokens", token })).statusCode).toBe(401);
    const before = await lastAuditSeq(flows.testApp);
    const refused = await attempt(user);
    expect([refused.response.statusCode, errorOf(refused.response).code, refused.session]).toEqual([
      401,
      "invalid_credentials",
      undefined,
    ]);
    expect(await signInAudit(before)).toEqual([["denied", "account_disabled"]]);
    await send(flows.app, {
      method: "PATCH",
      url: `/api/users/${user.id}`,
      session: admin,
      payload: { disabled: false },
    });
    expect((await attempt(user)).response.statusCode).toBe(200);
  });

  it("ends a session idle for longer than SAFEPATH_SESSION_IDLE_MINUTES, but not one in use", async () => {
    const user = await newUser();
    const idle = await signInOrThrow(flows.app, user);
    await db()
      .updateTable("sessions")
      .set({ last_seen_at: sql`now() - interval '2 minutes'` })
      .where("user_id", "=", user.id)
      .execute();
    const response = await get("/api/auth/session", idle);
    expect([response.statusCode, errorOf(response).code]).toEqual([401, "unauthenticated"]);
    expect(await sessionCount(user.id)).toBe(0);

    // Used 40 s ago, then again 30 s later: 70 s since sign-in, but never a minute idle.
    const active = await signInOrThrow(flows.app, user);
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

  it("never writes an e-mail address or a password of these flows into the audit trail", async () => {
    await expectNoSecretsInAudit(10);
  });
});
