import Fastify, { type FastifyInstance } from "fastify";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type Permission, ROLE_DEFINITIONS, ROLES, type Role } from "../../shared/access/permissions.js";
import { testDatabaseKinds } from "../testing/databases.js";
import {
  auditEntriesOfRequest,
  type Credentials,
  createDemoApp,
  createTestUser,
  errorOf,
  type HttpMethod,
  send,
  signInOrThrow,
  type TestApp,
  type TestSession,
  type TestUser,
} from "../testing/http.js";
import {
  CASE_RECORD_KINDS,
  type CaseRecordKind,
  caseRecordBodies,
  createCaseRecords,
  pngUpload,
} from "../testing/record-fixtures.js";
import type { Access } from "./access.js";

/**
 * Every route the app registers, collected by the same onRoute hook that refuses undeclared ones.
 * Fastify has no route listing after start, so the hook is wrapped before the app is built.
 */
const registered = vi.hoisted(
  () => new Map<string, { method: string; url: string; access: unknown; temporaryPassword: boolean }>(),
);
vi.mock("./guard.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("./guard.js")>();
  return {
    ...actual,
    requireDeclaredAccess(app: FastifyInstance) {
      app.addHook("onRoute", (route) => {
        for (const method of [route.method].flat()) {
          registered.set(`${method} ${route.url}`, {
            method,
            url: route.url,
            access: route.config?.access,
            temporaryPassword: route.config?.allowsTemporaryPassword === true,
          });
        }
      });
      actual.requireDeclaredAccess(app);
    },
  };
});

/**
 * Who may do what. A change here is a change to access control: review it as one.
 * "<permission>: <roles that hold it>", plus "(temporary password)" where a user who must still change
 * a temporary password is let in. The web app's catch-all route is not registered in API tests.
 */
const EXPECTED_PERMISSION_MAP: Record<string, string> = {
  "GET /api/health": "public",
  "POST /api/auth/sign-in": "public",
  "GET /api/openapi.json": "public",
  "GET /api/auth/session": "sign_in_step",
  "POST /api/auth/sign-out": "sign_in_step",
  "POST /api/auth/mfa/enrol": "sign_in_step",
  "POST /api/auth/mfa/confirm": "sign_in_step",
  "POST /api/auth/mfa/verify": "sign_in_step",
  "POST /api/auth/sign-out-everywhere": "signed_in",
  "POST /api/auth/password": "signed_in (temporary password)",
  "PATCH /api/me": "signed_in (temporary password)",
  "POST /api/auth/mfa/disable": "signed_in",
  "GET /api/auth/tokens": "signed_in",
  "POST /api/auth/tokens": "signed_in",
  "DELETE /api/auth/tokens/:id": "signed_in",
  "GET /api/organisations":
    "organisation.read: deployment_admin organisation_admin supervisor caseworker hotline_operator screener me_officer partner_caseworker auditor",
  "GET /api/organisations/:id":
    "organisation.read: deployment_admin organisation_admin supervisor caseworker hotline_operator screener me_officer partner_caseworker auditor",
  "POST /api/organisations": "deployment.manage: deployment_admin",
  "PATCH /api/organisations/:id": "organisation.manage: deployment_admin organisation_admin",
  "GET /api/users": "user.read: deployment_admin organisation_admin supervisor auditor",
  "GET /api/users/:id": "user.read: deployment_admin organisation_admin supervisor auditor",
  "POST /api/users": "user.manage: deployment_admin organisation_admin",
  "PATCH /api/users/:id": "user.manage: deployment_admin organisation_admin",
  "POST /api/users/:id/reset-password": "user.manage: deployment_admin organisation_admin",
  "POST /api/users/:id/reset-mfa": "user.manage: deployment_admin organisation_admin",
  "GET /api/teams": "user.read: deployment_admin organisation_admin supervisor auditor",
  "POST /api/teams": "user.manage: deployment_admin organisation_admin",
  "GET /api/audit": "audit.read: deployment_admin organisation_admin auditor",
  "GET /api/audit/export.csv": "audit.export: auditor",
  "POST /api/cases/export": "personal_data.export: supervisor",
  "POST /api/cases/import": "case.import: supervisor",
  "GET /api/cases": "case.read: supervisor caseworker hotline_operator partner_caseworker",
  "POST /api/cases": "case.write: supervisor caseworker partner_caseworker",
  "GET /api/cases/:id": "case.read: supervisor caseworker hotline_operator partner_caseworker",
  "PATCH /api/cases/:id": "case.write: supervisor caseworker partner_caseworker",
  "POST /api/cases/:id/people": "case.write: supervisor caseworker partner_caseworker",
  "POST /api/cases/:id/transition": "case.write: supervisor caseworker partner_caseworker",
  "POST /api/cases/:id/assign": "case.assign: supervisor",
  "GET /api/cases/:id/history": "case.read: supervisor caseworker hotline_operator partner_caseworker",
  "GET /api/cases/:id/access-log": "case.read: supervisor caseworker hotline_operator partner_caseworker",
  "POST /api/people/search": "case.read: supervisor caseworker hotline_operator partner_caseworker",
  "POST /api/people/duplicates": "case.write: supervisor caseworker partner_caseworker",
  "GET /api/people/:id": "case.read: supervisor caseworker hotline_operator partner_caseworker",
  "PATCH /api/people/:id": "case.write: supervisor caseworker partner_caseworker",
  "GET /api/people/:id/consents": "case.read: supervisor caseworker hotline_operator partner_caseworker",
  "POST /api/people/:id/consents": "case.write: supervisor caseworker partner_caseworker",
  "POST /api/people/:id/merge": "case.write: supervisor caseworker partner_caseworker",
  "POST /api/person-merges/:id/undo": "case.write: supervisor caseworker partner_caseworker",
  "POST /api/people/:id/erase": "person.erase: supervisor",
  "GET /api/cases/:id/events": "case.read: supervisor caseworker hotline_operator partner_caseworker",
  "POST /api/cases/:id/events": "case.write: supervisor caseworker partner_caseworker",
  "PATCH /api/trafficking-events/:id": "case.write: supervisor caseworker partner_caseworker",
  "DELETE /api/trafficking-events/:id": "case.write: supervisor caseworker partner_caseworker",
  "GET /api/cases/:id/plans": "case.read: supervisor caseworker hotline_operator partner_caseworker",
  "POST /api/cases/:id/plans": "case.write: supervisor caseworker partner_caseworker",
  "PATCH /api/support-plans/:id": "case.write: supervisor caseworker partner_caseworker",
  "GET /api/cases/:id/assistance": "case.read: supervisor caseworker hotline_operator partner_caseworker",
  "POST /api/cases/:id/assistance": "case.write: supervisor caseworker partner_caseworker",
  "PATCH /api/assistance/:id": "case.write: supervisor caseworker partner_caseworker",
  "GET /api/assistance-types": "signed_in",
  "POST /api/assistance-types": "vocabulary.manage: organisation_admin",
  "PATCH /api/assistance-types/:id": "vocabulary.manage: organisation_admin",
  "GET /api/cases/:id/notes": "case.read: supervisor caseworker hotline_operator partner_caseworker",
  "POST /api/cases/:id/notes": "case.write: supervisor caseworker partner_caseworker",
  "GET /api/cases/:id/tasks": "case.read: supervisor caseworker hotline_operator partner_caseworker",
  "POST /api/cases/:id/tasks": "case.write: supervisor caseworker partner_caseworker",
  "PATCH /api/tasks/:id": "case.write: supervisor caseworker partner_caseworker",
  "GET /api/tasks": "case.read: supervisor caseworker hotline_operator partner_caseworker",
  "GET /api/cases/:id/attachments": "case.read: supervisor caseworker hotline_operator partner_caseworker",
  "POST /api/cases/:id/attachments": "case.write: supervisor caseworker partner_caseworker",
  "GET /api/attachments/:id": "case.read: supervisor caseworker hotline_operator partner_caseworker",
};

const STEP_ACCESS = new Set<unknown>(["public", "signed_in", "sign_in_step"]);
const rolesWith = (permission: Permission) =>
  ROLES.filter((role) => ROLE_DEFINITIONS[role].permissions.includes(permission));
const describeAccess = (route: Route) =>
  (STEP_ACCESS.has(route.access)
    ? route.access
    : `${route.access}: ${rolesWith(route.access as Permission).join(" ")}`) +
  (route.temporaryPassword ? " (temporary password)" : "");

interface Route {
  method: HttpMethod;
  url: string;
  access: Access;
  temporaryPassword: boolean;
}

/** The app's routes without Fastify's automatic HEAD twins of GET routes (checked to mirror them). */
function routeList(): Route[] {
  return [...registered.values()]
    .filter((route) => route.method !== "HEAD")
    .map((route) => ({ ...route, method: route.method as HttpMethod, access: route.access as Access }))
    .sort((a, b) => `${a.url} ${a.method}`.localeCompare(`${b.url} ${b.method}`));
}

const isPermission = (access: Access): access is Permission => !STEP_ACCESS.has(access);

/** The record an `:id` names, by the path segment before it. A new kind of record needs a fixture here. */
type RecordKind = "organisation" | "user" | "token" | CaseRecordKind;
const RECORD_KIND_OF_SEGMENT: Record<string, RecordKind> = {
  organisations: "organisation",
  users: "user",
  tokens: "token",
  ...CASE_RECORD_KINDS,
};

function recordKindOf(url: string): RecordKind | undefined {
  const segments = url.split("/");
  const at = segments.indexOf(":id");
  if (at < 0) return undefined;
  const kind = RECORD_KIND_OF_SEGMENT[segments[at - 1] ?? ""];
  if (!kind) throw new Error(`No fixture for the :id of ${url}: add its record kind to RECORD_KIND_OF_SEGMENT.`);
  return kind;
}

function fill(url: string, ids: Record<RecordKind, string>): string {
  if (/:(?!id\b)\w+/.test(url)) throw new Error(`Route ${url} has a path parameter the test cannot fill.`);
  const kind = recordKindOf(url);
  return kind ? url.replace(":id", ids[kind]) : url;
}

/** Bodies that pass validation, so that a cross-organisation write fails on the record, not the input. */
const VALID_BODY: Record<string, unknown> = {
  "PATCH /api/organisations/:id": { name: "Taken Over Organisation" },
  "PATCH /api/users/:id": { displayName: "Taken Over", disabled: true },
};
const validBody = (route: Route) => VALID_BODY[`${route.method} ${route.url}`];

interface Fixture {
  testApp: TestApp;
  app: FastifyInstance;
  sessions: { of(role: Role): Promise<TestSession> };
  /** Records of the organisation every demo role works in. */
  own: Record<RecordKind, string>;
  /** Records of another organisation, with a signed-in owner whose session must survive. */
  other: Record<RecordKind, string> & { user: string; userAccount: TestUser };
  noRole: TestSession;
}

async function tokenOf(app: FastifyInstance, session: TestSession): Promise<{ id: string; token: string }> {
  const response = await send(app, { method: "POST", url: "/api/auth/tokens", session, payload: { name: "fixture" } });
  if (response.statusCode !== 201) throw new Error(`token fixture failed: ${response.body}`);
  return response.json() as { id: string; token: string };
}

async function expectAudit(
  testApp: TestApp,
  requestId: string | undefined,
  expected: { outcome: string; code: string },
) {
  expect(requestId).toBeTruthy();
  const entries = await auditEntriesOfRequest(testApp, requestId ?? "");
  expect(entries.map((e) => ({ outcome: e.outcome, code: (e.detail as { code?: string } | null)?.code }))).toEqual([
    expected,
  ]);
}

describe("access declarations", () => {
  it("a route without config.access stops the app from starting", async () => {
    const { requireDeclaredAccess } = await vi.importActual<typeof import("./guard.js")>("./guard.js");
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
    registered.clear();
    const { testApp, app, demo, sessions } = await createDemoApp(kind);
    const ownId = demo.mainOrganisationId;
    const otherName = Object.keys(demo.organisationIds).find((name) => demo.organisationIds[name] !== ownId) ?? "";
    const otherId = demo.organisationIds[otherName] ?? "";
    const ownUser = await createTestUser(testApp, { organisationId: ownId, roles: ["caseworker"] });
    const otherUser = await createTestUser(testApp, { organisationId: otherId, roles: ["organisation_admin"] });
    const noRoleUser = await createTestUser(testApp, { organisationId: ownId, roles: [] });
    const ownToken = await tokenOf(app, await signInOrThrow(app, ownUser));
    const otherToken = await tokenOf(app, await signInOrThrow(app, otherUser));
    const otherCaseworker = await createTestUser(testApp, { organisationId: otherId, roles: ["caseworker"] });
    const ownRecords = await createCaseRecords(
      app,
      { caseworker: await sessions.of("caseworker"), admin: await sessions.of("organisation_admin") },
      "Own",
    );
    const otherRecords = await createCaseRecords(
      app,
      { caseworker: await signInOrThrow(app, otherCaseworker), admin: await signInOrThrow(app, otherUser) },
      "Other",
    );
    const ownCaseworker = await testApp.services.database.db
      .selectFrom("users")
      .select("id")
      .where("email", "=", demo.accountOf("caseworker").email)
      .executeTakeFirstOrThrow();
    Object.assign(VALID_BODY, caseRecordBodies(ownRecords, ownCaseworker.id));
    f = {
      testApp,
      app,
      sessions,
      own: { organisation: ownId, user: ownUser.id, token: ownToken.id, ...ownRecords },
      other: {
        organisation: otherId,
        user: otherUser.id,
        token: otherToken.id,
        userAccount: otherUser,
        ...otherRecords,
      },
      noRole: await signInOrThrow(app, noRoleUser),
    };
  });
  afterAll(async () => {
    await f?.testApp.close();
  });

  it("matches the reviewed permission map", () => {
    const actual = Object.fromEntries(routeList().map((r) => [`${r.method} ${r.url}`, describeAccess(r)]));
    expect(actual).toEqual(EXPECTED_PERMISSION_MAP);
    // Fastify answers HEAD for every GET; the twin must require exactly what the GET requires.
    for (const head of [...registered.values()].filter((r) => r.method === "HEAD")) {
      expect(registered.get(`GET ${head.url}`)?.access, head.url).toBe(head.access);
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
      expect(op["x-permission"], key).toBe(registered.get(key)?.access);
    }
    // Every route but the document itself is documented.
    const documented = new Set(operations.map((o) => o.key));
    const undocumented = routeList().filter((r) => !documented.has(`${r.method} ${r.url}`));
    expect(undocumented.map((r) => `${r.method} ${r.url}`)).toEqual(["GET /api/openapi.json"]);
  });

  it("answers 401 to an anonymous caller on every non-public route, and audits it as denied", async () => {
    const routes = routeList().filter((r) => r.access !== "public");
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
  });

  it("answers 403 to every role that lacks a route's permission (and to a user with no role), and audits it", async () => {
    const routes = routeList().filter((r) => isPermission(r.access));
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
  });

  it("lets every role that holds a read permission past the guard", async () => {
    for (const route of routeList().filter((r) => r.method === "GET" && isPermission(r.access))) {
      for (const role of rolesWith(route.access as Permission)) {
        const response = await send(f.app, {
          method: "GET",
          url: fill(route.url, f.own),
          session: await f.sessions.of(role),
        });
        expect([route.url, role, [401, 403].includes(response.statusCode)]).toEqual([route.url, role, false]);
      }
    }
  });

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
    for (const route of routeList().filter((r) => r.access !== "public" && r.access !== "sign_in_step")) {
      const response = await send(f.app, { method: route.method, url: fill(route.url, f.own), session });
      expect([route.method, route.url, response.statusCode, errorOf(response).code]).toEqual([
        route.method,
        route.url,
        403,
        "mfa_required",
      ]);
      await expectAudit(f.testApp, errorOf(response).requestId, { outcome: "denied", code: "mfa_required" });
    }
  });

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
    const routes = routeList().filter(
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
  });

  /** Tenant tables whose row-level security the second run switches off, leaving the application's filter alone. */
  /** Case tables whose rows of the other organisation must come out of the 404 run unchanged. */
  const CASE_TABLES = [
    "people",
    "cases",
    "case_people",
    "consents",
    "case_history",
    "person_merges",
    "record_keys",
    "trafficking_events",
    "support_plans",
    "assistance",
    "assistance_types",
    "case_notes",
    "tasks",
    "attachments",
  ] as const;
  const TENANT_TABLES = [
    ...CASE_TABLES,
    "person_search_keys",
    "case_number_counters",
    "organisations",
    "teams",
    "users",
    "recovery_codes",
    "sessions",
    "api_tokens",
    "organisation_keys",
    "audit_log",
  ];

  async function expectCrossOrganisation404() {
    const db = f.testApp.services.database.db;
    const otherState = async () =>
      JSON.stringify(
        await Promise.all([
          db.selectFrom("organisations").selectAll().where("id", "=", f.other.organisation).execute(),
          db.selectFrom("users").selectAll().where("id", "=", f.other.user).execute(),
          db.selectFrom("api_tokens").selectAll().where("id", "=", f.other.token).execute(),
          db
            .selectFrom("sessions")
            .select(["id", "mfa_state"])
            .where("user_id", "=", f.other.user)
            .orderBy("id")
            .execute(),
          ...CASE_TABLES.map((table) =>
            db
              .selectFrom(table)
              .selectAll()
              .where("organisation_id", "=", f.other.organisation)
              .execute()
              .then((rows) => rows.map((row) => JSON.stringify(row)).sort()),
          ),
        ]),
      );
    const routes = routeList().filter((r) => recordKindOf(r.url) !== undefined);
    expect(routes.map((r) => `${r.method} ${r.url}`)).toEqual(
      expect.arrayContaining(["DELETE /api/auth/tokens/:id", "POST /api/users/:id/reset-mfa"]),
    );
    for (const route of routes) {
      const caller = ROLES.find(
        (role) =>
          role !== "deployment_admin" &&
          (!isPermission(route.access) || ROLE_DEFINITIONS[role].permissions.includes(route.access)),
      );
      if (!caller) throw new Error(`no organisation-bound role may call ${route.url}`);
      const session = await f.sessions.of(caller);
      const before = await otherState();
      const body =
        route.url === "/api/cases/:id/attachments" && route.method === "POST"
          ? pngUpload()
          : { payload: validBody(route) };
      const response = await send(f.app, { method: route.method, url: fill(route.url, f.other), session, ...body });
      expect([route.method, route.url, caller, response.statusCode, errorOf(response).code]).toEqual([
        route.method,
        route.url,
        caller,
        404,
        "not_found",
      ]);
      expect(await otherState(), `${route.method} ${route.url} changed another organisation's data`).toBe(before);
      // The service's not-found is recorded as a failed operation: it cannot tell "elsewhere" from "nowhere".
      await expectAudit(f.testApp, errorOf(response).requestId, { outcome: "failed", code: "not_found" });
      if (route.method === "GET") {
        const own = await send(f.app, { method: "GET", url: fill(route.url, f.own), session });
        expect([route.url, own.statusCode]).toEqual([route.url, 200]);
        if (ROLE_DEFINITIONS.deployment_admin.permissions.includes(route.access as Permission)) {
          const deployment = await send(f.app, {
            method: "GET",
            url: fill(route.url, f.other),
            session: await f.sessions.of("deployment_admin"),
          });
          expect([route.url, deployment.statusCode]).toEqual([route.url, 200]);
        }
      }
    }
    // The other organisation's owner is still signed in.
    const still = await signInOrThrow(f.app, f.other.userAccount as Credentials);
    expect((await send(f.app, { method: "GET", url: "/api/auth/session", session: still })).statusCode).toBe(200);
  }

  it("answers 404 for another organisation's record on every :id route, and changes nothing", async () => {
    await expectCrossOrganisation404();
  });

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
      await expectCrossOrganisation404();
    } finally {
      await rls(true);
    }
  });

  describe("CSRF and API tokens", () => {
    it("refuses every state-changing cookie request without the right x-csrf-token", async () => {
      const user = await createTestUser(f.testApp, {
        organisationId: f.own.organisation,
        roles: ["organisation_admin"],
      });
      const session = await signInOrThrow(f.app, user);
      const routes = routeList().filter((r) => r.method !== "GET" && r.access !== "public");
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
