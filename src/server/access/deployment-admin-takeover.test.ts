import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../testing/databases.js";
import {
  auditEntriesOfRequest,
  createDemoApp,
  createTestUser,
  errorOf,
  type SessionCache,
  send,
  signIn,
  signInOrThrow,
  type TestApp,
  type TestUser,
} from "../testing/http.js";

/**
 * A deployment administrator belongs to an organisation like everyone else. Its organisation
 * administrator manages that organisation's users, but must not be able to reset, change or disable
 * the deployment administrator: a password reset hands over a temporary password, and with it every
 * organisation of the deployment.
 */
describe.each(testDatabaseKinds())("deployment administrator accounts (%s)", (kind) => {
  let testApp: TestApp;
  let app: FastifyInstance;
  let sessions: SessionCache;
  let target: TestUser;

  beforeAll(async () => {
    const demo = await createDemoApp(kind);
    ({ testApp, app, sessions } = demo);
    target = await createTestUser(testApp, {
      organisationId: demo.demo.mainOrganisationId,
      roles: ["deployment_admin"],
    });
  });
  afterAll(async () => {
    await testApp?.close();
  });

  const targetRow = () =>
    testApp.services.database.db.selectFrom("users").selectAll().where("id", "=", target.id).executeTakeFirstOrThrow();

  it("cannot be reset, changed or disabled by an organisation administrator", async () => {
    const orgAdmin = await sessions.of("organisation_admin");
    const targetSession = await signInOrThrow(app, target);
    const before = JSON.stringify(await targetRow());
    // The account is visible to the organisation administrator: the answer is 403, not 404.
    expect((await send(app, { method: "GET", url: `/api/users/${target.id}`, session: orgAdmin })).statusCode).toBe(
      200,
    );

    for (const attempt of [
      { method: "POST" as const, url: `/api/users/${target.id}/reset-password` },
      { method: "POST" as const, url: `/api/users/${target.id}/reset-mfa` },
      { method: "PATCH" as const, url: `/api/users/${target.id}`, payload: { disabled: true } },
      { method: "PATCH" as const, url: `/api/users/${target.id}`, payload: { roles: ["caseworker"] } },
      { method: "PATCH" as const, url: `/api/users/${target.id}`, payload: { displayName: "Renamed" } },
    ]) {
      const response = await send(app, { ...attempt, session: orgAdmin });
      expect([attempt.url, attempt.payload, response.statusCode, errorOf(response).code]).toEqual([
        attempt.url,
        attempt.payload,
        403,
        "forbidden",
      ]);
      expect(response.body).not.toContain("temporaryPassword");
      const audit = await auditEntriesOfRequest(testApp, errorOf(response).requestId ?? "");
      expect(audit.map((e) => [e.outcome, (e.detail as { code?: string }).code])).toEqual([["failed", "forbidden"]]);
    }
    expect(JSON.stringify(await targetRow())).toBe(before);
    expect((await send(app, { method: "GET", url: "/api/auth/session", session: targetSession })).statusCode).toBe(200);
    expect((await signIn(app, target)).response.statusCode).toBe(200);
  });

  it("stays manageable by a deployment administrator, and organisation administrators keep managing everyone else", async () => {
    const orgAdmin = await sessions.of("organisation_admin");
    const colleague = await createTestUser(testApp, { organisationId: target.organisationId, roles: ["caseworker"] });
    const reset = await send(app, {
      method: "POST",
      url: `/api/users/${colleague.id}/reset-password`,
      session: orgAdmin,
    });
    expect(reset.statusCode).toBe(200);

    const deployment = await sessions.of("deployment_admin");
    const resetAdmin = await send(app, {
      method: "POST",
      url: `/api/users/${target.id}/reset-password`,
      session: deployment,
    });
    expect(resetAdmin.statusCode).toBe(200);
    const { temporaryPassword } = resetAdmin.json() as { temporaryPassword: string };
    expect((await signIn(app, { email: target.email, password: temporaryPassword })).response.statusCode).toBe(200);
  });
});
