import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../testing/databases.js";
import { createTestUser, errorOf, send, signInOrThrow } from "../testing/http.js";
import {
  buildFixture,
  expectAudit,
  expectCrossOrganisation404,
  type Fixture,
  fill,
  routeList,
  TENANT_TABLES,
  tokenOf,
} from "../testing/permission-fixture.js";

describe.each(testDatabaseKinds())("another organisation's records, CSRF and API tokens (%s)", (kind) => {
  let f: Fixture;

  beforeAll(async () => {
    f = await buildFixture(kind);
  });
  afterAll(async () => {
    await f?.testApp.close();
  });

  it("answers 404 for another organisation's record on every :id route, and changes nothing", async () => {
    await expectCrossOrganisation404(f);
  }, 120_000);

  it("answers the same with row-level security switched off: the application's filter holds alone", async () => {
    const db = f.testApp.services.database.db;
    const rls = (on: boolean) =>
      Promise.all(
        TENANT_TABLES.map((table) =>
          sql`ALTER TABLE ${sql.table(table)} ${on ? sql`ENABLE` : sql`DISABLE`} ROW LEVEL SECURITY`.execute(db),
        ),
      );
    await rls(false);
    try {
      await expectCrossOrganisation404(f);
    } finally {
      await rls(true);
    }
  }, 120_000);

  describe("CSRF and API tokens", () => {
    it("refuses every state-changing cookie request without the right x-csrf-token", async () => {
      const user = await createTestUser(f.testApp, {
        organisationId: f.own.organisation,
        roles: ["organisation_admin"],
      });
      const session = await signInOrThrow(f.app, user);
      const routes = routeList(f.app).filter((r) => r.method !== "GET" && r.access !== "public");
      expect(routes.length).toBeGreaterThan(10);
      for (const route of routes) {
        const wrongHeaders: Record<string, string>[] = [
          {},
          { "x-csrf-token": `${session.csrfToken}x` },
          { "x-csrf-token": "" },
        ];
        for (const headers of wrongHeaders) {
          const response = await send(f.app, {
            method: route.method,
            url: fill(route.url, f.own),
            session,
            csrf: false,
            headers,
          });
          expect([route.method, route.url, response.statusCode, errorOf(response).code]).toEqual([
            route.method,
            route.url,
            403,
            "csrf_failed",
          ]);
          await expectAudit(f.testApp, errorOf(response).requestId, { outcome: "denied", code: "csrf_failed" });
        }
      }
      // The session itself was never touched: the same cookie with its token still works.
      expect(
        (await send(f.app, { method: "POST", url: "/api/teams", session, payload: { name: "After CSRF" } })).statusCode,
      ).toBe(201);
    });

    it("takes a Bearer token without CSRF, with the owner's permissions only, until it is revoked", async () => {
      const user = await createTestUser(f.testApp, {
        organisationId: f.own.organisation,
        roles: ["organisation_admin"],
      });
      const session = await signInOrThrow(f.app, user);
      const { id, token } = await tokenOf(f.app, session);
      expect(token).toMatch(/^sp_pat_/);

      const list = await send(f.app, { method: "GET", url: "/api/users", token });
      expect(list.statusCode).toBe(200);
      const write = await send(f.app, {
        method: "POST",
        url: "/api/teams",
        token,
        payload: { name: "Made With Token" },
      });
      expect(write.statusCode).toBe(201);
      for (const denied of [
        {
          method: "POST" as const,
          url: "/api/organisations",
          payload: { name: "Not Allowed Org", type: "NGO", country: "PL" },
        },
        { method: "GET" as const, url: "/api/audit/export.csv?reason=checking" },
      ]) {
        const response = await send(f.app, { ...denied, token });
        expect([denied.url, response.statusCode, errorOf(response).code]).toEqual([denied.url, 403, "forbidden"]);
      }
      const unknown = await send(f.app, { method: "GET", url: "/api/users", token: `${token.slice(0, -2)}xx` });
      expect(unknown.statusCode).toBe(401);

      // A colleague's token, even to an organisation administrator, is somebody else's: 404, untouched.
      const colleagues = await send(f.app, { method: "DELETE", url: `/api/auth/tokens/${f.own.token}`, session });
      expect(colleagues.statusCode).toBe(404);
      const colleagueToken = await f.testApp.services.database.db
        .selectFrom("api_tokens")
        .select("revoked_at")
        .where("id", "=", f.own.token)
        .executeTakeFirstOrThrow();
      expect(colleagueToken.revoked_at).toBeNull();

      const revoke = await send(f.app, { method: "DELETE", url: `/api/auth/tokens/${id}`, session });
      expect(revoke.statusCode).toBe(200);
      const revoked = await send(f.app, { method: "GET", url: "/api/users", token });
      expect([revoked.statusCode, errorOf(revoked).code]).toEqual([401, "unauthenticated"]);
      await expectAudit(f.testApp, errorOf(revoked).requestId, { outcome: "denied", code: "unauthenticated" });
    });
  });
});
