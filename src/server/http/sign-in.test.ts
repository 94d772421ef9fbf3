import { describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../testing/databases.js";
import { auditEntriesOfRequest, errorOf, lastAuditSeq, signInOrThrow, type TestSession } from "../testing/http.js";
import { LOCKOUT_THRESHOLD, LOGIN_RATE_LIMIT, useAuthFlows } from "./auth-flows.fixture.js";

describe.each(testDatabaseKinds())("sign-in (%s)", (kind) => {
  const { flows, db, newUser, attempt, get, post, signInAudit, expectNoSecretsInAudit } = useAuthFlows(kind);

  it("signs in with the right password: httpOnly strict cookie, CSRF token, audited", async () => {
    const user = await newUser();
    const before = await lastAuditSeq(flows.testApp);
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
    const organisation = await flows.testApp.services.database.db
      .selectFrom("organisations")
      .select("time_zone")
      .where("id", "=", user.organisationId)
      .executeTakeFirstOrThrow();
    expect(me.json().user.organisation).toMatchObject({ id: user.organisationId, timeZone: organisation.time_zone });
    expect(await signInAudit(before)).toEqual([["allowed", "signed_in"]]);
  });

  it("gives the same answer for a wrong password and an unknown e-mail", async () => {
    const user = await newUser();
    const before = await lastAuditSeq(flows.testApp);
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
    const before = await lastAuditSeq(flows.testApp);
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
    const reset = await post(`/api/users/${user.id}/reset-password`, await flows.sessions.of("organisation_admin"));
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
      .poll(async () => (await auditEntriesOfRequest(flows.testApp, requestId)).map((e) => [e.outcome, e.detail]))
      .toEqual([["denied", { code: "rate_limited" }]]);
    expect((await attempt(user, "203.0.113.8")).response.statusCode).toBe(200);
  });

  it("shows the previous sign-in, not the current one", async () => {
    const user = await newUser(["caseworker"]);
    const first = await signInOrThrow(flows.app, user);
    expect((await get("/api/auth/session", first)).json()).toMatchObject({ user: { lastSignInAt: null } });
    const { last_sign_in_at: firstAt } = await db()
      .selectFrom("users")
      .select("last_sign_in_at")
      .where("id", "=", user.id)
      .executeTakeFirstOrThrow();
    const second = await signInOrThrow(flows.app, user);
    expect((await get("/api/auth/session", second)).json()).toMatchObject({
      user: { lastSignInAt: firstAt?.toISOString() },
    });
  });

  it("audits every sign-in attempt and never writes an e-mail address or a password into the trail", async () => {
    const user = await newUser(["caseworker"]);
    const before = await lastAuditSeq(flows.testApp);
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
    await expectNoSecretsInAudit(10);
  });
});
