import Fastify from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Permission, ROLE_DEFINITIONS, ROLES } from "../../shared/access/permissions.js";
import { testDatabaseKinds } from "../testing/databases.js";
import { createTestUser, errorOf, send, signInOrThrow } from "../testing/http.js";
import {
  buildFixture,
  describeAccess,
  expectAudit,
  type Fixture,
  fill,
  isPermission,
  rolesWith,
  routeList,
} from "../testing/permission-fixture.js";
import { EXPECTED_PERMISSION_MAP } from "./expected-permissions.js";
import { requireDeclaredAccess } from "./guard.js";

describe("access declarations", () => {
  it("a route without config.access stops the app from starting", async () => {
    const undeclared = Fastify();
    requireDeclaredAccess(undeclared);
    void undeclared.register(async (plugin) => {
      plugin.get("/api/forgotten", async () => ({ ok: true }));
    });
    await expect(undeclared.ready()).rejects.toThrow(/GET \/api\/forgotten does not declare its access/);

    const declared = Fastify();
    requireDeclaredAccess(declared);
    void declared.register(async (plugin) => {
      plugin.get("/api/declared", { config: { access: "public" } }, async () => ({ ok: true }));
    });
    await expect(declared.ready()).resolves.toBeDefined();
    await Promise.all([undeclared.close(), declared.close()]);
  });
});

describe.each(testDatabaseKinds())("route permissions (%s)", (kind) => {
  let f: Fixture;

  beforeAll(async () => {
    f = await buildFixture(kind);
  });
  afterAll(async () => {
    await f?.testApp.close();
  });

  it("matches the reviewed permission map", () => {
    const actual = Object.fromEntries(routeList(f.app).map((r) => [`${r.method} ${r.url}`, describeAccess(r)]));
    expect(actual).toEqual(EXPECTED_PERMISSION_MAP);
    // Fastify answers HEAD for every GET; the twin must require exactly what the GET requires.
    const routes = f.app.declaredRoutes;
    for (const head of routes.filter((r) => r.method === "HEAD")) {
      expect(routes.find((r) => r.method === "GET" && r.url === head.url)?.access, head.url).toBe(head.access);
    }
  });

  it("lists x-permission on every operation of the OpenAPI document, equal to the route's access", async () => {
    const response = await send(f.app, { method: "GET", url: "/api/openapi.json" });
    expect(response.statusCode).toBe(200);
    const doc = response.json() as { paths: Record<string, Record<string, { "x-permission"?: unknown }>> };
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({
        key: `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ":$1")}`,
        op,
      })),
    );
    expect(operations.length).toBeGreaterThan(20);
    for (const { key, op } of operations) {
      expect([key, typeof op["x-permission"]]).toEqual([key, "string"]);
      const route = f.app.declaredRoutes.find((r) => `${r.method} ${r.url}` === key);
      expect(op["x-permission"], key).toBe(route?.access);
    }
    // Every route but the document itself is documented.
    const documented = new Set(operations.map((o) => o.key));
    const undocumented = routeList(f.app).filter((r) => !documented.has(`${r.method} ${r.url}`));
    expect(undocumented.map((r) => `${r.method} ${r.url}`)).toEqual(["GET /api/openapi.json"]);
  });

  it("answers 401 to an anonymous caller on every non-public route, and audits it as denied", async () => {
    const routes = routeList(f.app).filter((r) => r.access !== "public");
    expect(routes.length).toBeGreaterThan(20);
    for (const route of routes) {
      const response = await send(f.app, { method: route.method, url: fill(route.url, f.own) });
      expect([route.url, route.method, response.statusCode, errorOf(response).code]).toEqual([
        route.url,
        route.method,
        401,
        "unauthenticated",
      ]);
      await expectAudit(f.testApp, errorOf(response).requestId, { outcome: "denied", code: "unauthenticated" });
    }
  }, 120_000);

  it("answers 403 to every role that lacks a route's permission (and to a user with no role), and audits it", async () => {
    const routes = routeList(f.app).filter((r) => isPermission(r.access));
    let checked = 0;
    for (const route of routes) {
      const permission = route.access as Permission;
      const lacking = ROLES.filter((role) => !ROLE_DEFINITIONS[role].permissions.includes(permission));
      const callers = [...(await Promise.all(lacking.map((role) => f.sessions.of(role)))), f.noRole];
      for (const session of callers) {
        const response = await send(f.app, { method: route.method, url: fill(route.url, f.own), session });
        expect([route.method, route.url, response.statusCode, errorOf(response).code]).toEqual([
          route.method,
          route.url,
          403,
          "forbidden",
        ]);
        await expectAudit(f.testApp, errorOf(response).requestId, { outcome: "denied", code: "forbidden" });
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(routes.length);
  }, 120_000);

  it("lets every role that holds a read permission past the guard", async () => {
    for (const route of routeList(f.app).filter((r) => r.method === "GET" && isPermission(r.access))) {
      for (const role of rolesWith(route.access as Permission)) {
        const response = await send(f.app, {
          method: "GET",
          url: fill(route.url, f.own),
          session: await f.sessions.of(role),
        });
        expect([route.url, role, [401, 403].includes(response.statusCode)]).toEqual([route.url, role, false]);
      }
    }
  }, 120_000);

  it("answers 403 mfa_required on every route past the sign-in step to a session that has not passed MFA", async () => {
    const pending = await createTestUser(f.testApp, {
      organisationId: f.own.organisation,
      roles: ["organisation_admin", "auditor"],
    });
    await f.testApp.services.database.db
      .updateTable("users")
      .set({ mfa_enabled_at: new Date() })
      .where("id", "=", pending.id)
      .execute();
    const session = await signInOrThrow(f.app, pending);
    for (const route of routeList(f.app).filter((r) => r.access !== "public" && r.access !== "sign_in_step")) {
      const response = await send(f.app, { method: route.method, url: fill(route.url, f.own), session });
      expect([route.method, route.url, response.statusCode, errorOf(response).code]).toEqual([
        route.method,
        route.url,
        403,
        "mfa_required",
      ]);
      await expectAudit(f.testApp, errorOf(response).requestId, { outcome: "denied", code: "mfa_required" });
    }
  }, 120_000);

  it("answers 403 password_change_required past the sign-in step to a temporary password, except where it may be changed", async () => {
    const temporary = await createTestUser(f.testApp, {
      organisationId: f.own.organisation,
      roles: ["organisation_admin", "auditor"],
    });
    await f.testApp.services.database.db
      .updateTable("users")
      .set({ must_change_password: true })
      .where("id", "=", temporary.id)
      .execute();
    const session = await signInOrThrow(f.app, temporary);
    const routes = routeList(f.app).filter(
      (r) => r.access !== "public" && r.access !== "sign_in_step" && !r.temporaryPassword,
    );
    for (const route of routes) {
      const response = await send(f.app, { method: route.method, url: fill(route.url, f.own), session });
      expect([route.method, route.url, response.statusCode, errorOf(response).code]).toEqual([
        route.method,
        route.url,
        403,
        "password_change_required",
      ]);
      await expectAudit(f.testApp, errorOf(response).requestId, {
        outcome: "denied",
        code: "password_change_required",
      });
    }
    const allowed = await send(f.app, { method: "PATCH", url: "/api/me", session, payload: { locale: "uk" } });
    expect(allowed.statusCode).toBe(200);
  }, 120_000);

  /** Tenant tables whose row-level security the second run switches off, leaving the application's filter alone. */
});
