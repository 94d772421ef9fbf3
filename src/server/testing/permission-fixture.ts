import type { FastifyInstance } from "fastify";
import { expect } from "vitest";
import { type Permission, ROLE_DEFINITIONS, ROLES, type Role } from "../../shared/access/permissions.js";
import type { Access } from "../access/access.js";
import type { DatabaseKind } from "../db/connect.js";
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
} from "./http.js";
import {
  CASE_RECORD_KINDS,
  type CaseRecordKind,
  caseRecordBodies,
  createCaseRecords,
  pngUpload,
} from "./record-fixtures.js";

export const STEP_ACCESS = new Set<unknown>(["public", "signed_in", "sign_in_step"]);
export const rolesWith = (permission: Permission) =>
  ROLES.filter((role) => ROLE_DEFINITIONS[role].permissions.includes(permission));
export const describeAccess = (route: Route) =>
  (STEP_ACCESS.has(route.access)
    ? route.access
    : `${route.access}: ${rolesWith(route.access as Permission).join(" ")}`) +
  (route.temporaryPassword ? " (temporary password)" : "");

export interface Route {
  method: HttpMethod;
  url: string;
  access: Access;
  temporaryPassword: boolean;
}

/** The app's routes without Fastify's automatic HEAD twins of GET routes (checked to mirror them). */
export function routeList(app: FastifyInstance): Route[] {
  return app.declaredRoutes
    .filter((route) => route.method !== "HEAD")
    .map((route) => ({ ...route, method: route.method as HttpMethod }))
    .sort((a, b) => `${a.url} ${a.method}`.localeCompare(`${b.url} ${b.method}`));
}

export const isPermission = (access: Access): access is Permission => !STEP_ACCESS.has(access);

/** The record an `:id` names, by the path segment before it. A new kind of record needs a fixture here. */
export type RecordKind = "organisation" | "user" | "token" | CaseRecordKind;
const RECORD_KIND_OF_SEGMENT: Record<string, RecordKind> = {
  organisations: "organisation",
  users: "user",
  tokens: "token",
  ...CASE_RECORD_KINDS,
};

export function recordKindOf(url: string): RecordKind | undefined {
  const segments = url.split("/");
  const at = segments.indexOf(":id");
  if (at < 0) return undefined;
  const kind = RECORD_KIND_OF_SEGMENT[segments[at - 1] ?? ""];
  if (!kind) throw new Error(`No fixture for the :id of ${url}: add its record kind to RECORD_KIND_OF_SEGMENT.`);
  return kind;
}

export function fill(url: string, ids: Record<RecordKind, string>): string {
  if (/:(?!id\b)\w+/.test(url)) throw new Error(`Route ${url} has a path parameter the test cannot fill.`);
  const kind = recordKindOf(url);
  return kind ? url.replace(":id", ids[kind]) : url;
}

/** Bodies that pass validation, so that a cross-organisation write fails on the record, not the input. */
export const VALID_BODY: Record<string, unknown> = {
  "PATCH /api/organisations/:id": { name: "Taken Over Organisation" },
  "PATCH /api/users/:id": { displayName: "Taken Over", disabled: true },
};
export const validBody = (route: Route) => VALID_BODY[`${route.method} ${route.url}`];

export interface Fixture {
  testApp: TestApp;
  app: FastifyInstance;
  sessions: { of(role: Role): Promise<TestSession> };
  /** Records of the organisation every demo role works in. */
  own: Record<RecordKind, string>;
  /** Records of another organisation, with a signed-in owner whose session must survive. */
  other: Record<RecordKind, string> & { user: string; userAccount: TestUser };
  noRole: TestSession;
}

export async function tokenOf(app: FastifyInstance, session: TestSession): Promise<{ id: string; token: string }> {
  const response = await send(app, { method: "POST", url: "/api/auth/tokens", session, payload: { name: "fixture" } });
  if (response.statusCode !== 201) throw new Error(`token fixture failed: ${response.body}`);
  return response.json() as { id: string; token: string };
}

export async function expectAudit(
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

/**
 * The demo deployment with one record of every kind in two organisations, the sessions to reach them,
 * and a user with no role: what the permission suites run against.
 */
export async function buildFixture(kind: DatabaseKind): Promise<Fixture> {
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
  const otherOperator = await createTestUser(testApp, { organisationId: otherId, roles: ["hotline_operator"] });
  const ownRecords = await createCaseRecords(
    app,
    {
      caseworker: await sessions.of("caseworker"),
      admin: await sessions.of("organisation_admin"),
      operator: await sessions.of("hotline_operator"),
    },
    "Own",
  );
  const otherRecords = await createCaseRecords(
    app,
    {
      caseworker: await signInOrThrow(app, otherCaseworker),
      admin: await signInOrThrow(app, otherUser),
      operator: await signInOrThrow(app, otherOperator),
    },
    "Other",
  );
  const ownCaseworker = await testApp.services.database.db
    .selectFrom("users")
    .select("id")
    .where("email", "=", demo.accountOf("caseworker").email)
    .executeTakeFirstOrThrow();
  Object.assign(VALID_BODY, caseRecordBodies(ownRecords, ownCaseworker.id));
  return {
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
}

/** Case tables whose rows of the other organisation must come out of the 404 run unchanged. */
export const CASE_TABLES = [
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
  "articles",
  "article_versions",
  "hotline_contacts",
  "hotline_consultations",
  "law_enforcement_reports",
  "hotline_topics",
  "service_providers",
  "services",
] as const;
export const TENANT_TABLES = [
  ...CASE_TABLES,
  "person_search_keys",
  "person_name_trigrams",
  "forms",
  "form_versions",
  "screenings",
  "screening_counts",
  "hotline_counts",
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

/**
 * The service directory is one for the whole deployment: another organisation's entry is rightly read (200),
 * while every change of it answers 404. Its own tests cover these reads.
 */
const READABLE_ACROSS_ORGANISATIONS = new Set(["GET /api/directory/providers/:id", "GET /api/directory/services/:id"]);

/** Every :id route, called on the other organisation's record by a role allowed the route: 404, nothing changed. */
export async function expectCrossOrganisation404(f: Fixture) {
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
  const routes = routeList(f.app).filter(
    (r) => recordKindOf(r.url) !== undefined && !READABLE_ACROSS_ORGANISATIONS.has(`${r.method} ${r.url}`),
  );
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
