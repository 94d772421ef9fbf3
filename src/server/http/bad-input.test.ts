import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import en from "../../shared/i18n/locales/en.json" with { type: "json" };
import uk from "../../shared/i18n/locales/uk.json" with { type: "json" };
import { testDatabaseKinds } from "../testing/databases.js";
import {
  countRows,
  createDemoApp,
  createTestUser,
  errorOf,
  type HttpMethod,
  type RequestOptions,
  send,
  type TestApp,
  type TestSession,
  type TestUser,
} from "../testing/http.js";

const MiB = 1024 * 1024;
/** Values a caller sends that count as personal data: no error answer may repeat them. */
const EMAIL = "olena.private@example.org";
const NAME = "Olena Privatna";
const PASSWORD = "correct horse battery staple 9";
const SQL_TEXT = "'; DROP TABLE users; --";

interface WriteRoute {
  method: HttpMethod;
  url: () => string;
  session: () => TestSession | undefined;
  valid: Record<string, unknown>;
  /** A body with one field of the wrong type, and the field the answer must name. */
  wrongType: [Record<string, unknown>, string];
}

type Catalogue = { errors: Record<string, string>; validation: Record<string, string>; fields: Record<string, string> };

/** The message the catalogue gives for a field problem, with the field's translated name filled in. */
function fieldMessage(catalogue: Catalogue, field: string, problem: string): string {
  const name = field.split(".").at(-1) ?? field;
  const template = catalogue.validation[problem];
  if (!template) throw new Error(`no catalogue message for validation.${problem}`);
  return template.replace("{{field}}", catalogue.fields[name] ?? name);
}

describe.each(testDatabaseKinds())("bad input (%s)", (kind) => {
  let testApp: TestApp;
  let app: FastifyInstance;
  let admin: TestSession;
  let deploymentAdmin: TestSession;
  let target: TestUser;

  beforeAll(async () => {
    const demo = await createDemoApp(kind);
    ({ testApp, app } = demo);
    admin = await demo.sessions.of("organisation_admin");
    deploymentAdmin = await demo.sessions.of("deployment_admin");
    target = await createTestUser(testApp, {
      organisationId: demo.demo.mainOrganisationId,
      roles: ["caseworker"],
      displayName: "Target Person",
    });
  });
  afterAll(async () => {
    await testApp?.close();
  });

  const ROUTES: WriteRoute[] = [
    {
      method: "POST",
      url: () => "/api/users",
      session: () => admin,
      valid: { email: EMAIL, displayName: NAME, roles: ["caseworker"] },
      wrongType: [{ email: EMAIL, displayName: NAME, roles: "caseworker" }, "body.roles"],
    },
    {
      method: "POST",
      url: () => "/api/organisations",
      session: () => deploymentAdmin,
      valid: { name: NAME, type: "NGO", country: "PL", phone: "+48221234567" },
      wrongType: [{ name: NAME, type: "NGO", country: "PL", latitude: "north" }, "body.latitude"],
    },
    {
      method: "PATCH",
      url: () => `/api/users/${target.id}`,
      session: () => admin,
      valid: { displayName: NAME },
      wrongType: [{ displayName: NAME, disabled: "yes" }, "body.disabled"],
    },
    {
      method: "POST",
      url: () => "/api/auth/sign-in",
      session: () => undefined,
      valid: { email: EMAIL, password: PASSWORD },
      wrongType: [{ email: EMAIL, password: 123456789012 }, "body.password"],
    },
  ];

  /** What may not change: row counts and the user the PATCH route aims at. */
  async function writtenState(): Promise<string> {
    const db = testApp.services.database.db;
    const counts = await Promise.all(
      (["users", "organisations", "teams", "sessions", "api_tokens"] as const).map((t) => countRows(testApp, t)),
    );
    return JSON.stringify([
      counts,
      await db.selectFrom("users").selectAll().where("id", "=", target.id).executeTakeFirst(),
    ]);
  }

  /** Sends a request that must fail cleanly: below 500, nothing written, no submitted value repeated. */
  async function refused(options: RequestOptions): Promise<LightMyRequestResponse> {
    const before = await writtenState();
    const response = await send(app, options);
    expect(response.statusCode, response.body).toBeGreaterThanOrEqual(400);
    expect(response.statusCode, response.body).toBeLessThan(500);
    for (const value of [EMAIL, NAME, PASSWORD, "123456789012", "north", SQL_TEXT])
      expect(response.body).not.toContain(value);
    expect(response.headers["set-cookie"]).toBeUndefined();
    expect(await writtenState()).toBe(before);
    return response;
  }

  function expectField(response: LightMyRequestResponse, status: number, field: string, problem?: string) {
    const error = errorOf(response);
    expect([response.statusCode, error.code]).toEqual([status, "validation"]);
    expect(error.fields?.[0]?.field).toBe(field);
    if (problem) expect(error.fields?.[0]?.problem).toBe(problem);
  }

  const requestOf = (route: WriteRoute, payload: unknown, headers?: Record<string, string>): RequestOptions => {
    const session = route.session();
    return {
      method: route.method,
      url: route.url(),
      payload,
      ...(session ? { session } : {}),
      ...(headers ? { headers } : {}),
    };
  };

  it("answers malformed JSON with 400 on the field body", async () => {
    for (const route of ROUTES) {
      for (const raw of [`{"email": "${EMAIL}", `, "{'a': 1}", "[1, 2", "nul"]) {
        expectField(await refused(requestOf(route, raw)), 400, "body", "malformed_json");
      }
      // An empty JSON body is a missing body, not a crash.
      expectField(await refused(requestOf(route, "")), 400, "body");
    }
  });

  it("names the field of a value of the wrong type", async () => {
    for (const route of ROUTES) {
      const [payload, field] = route.wrongType;
      expectField(await refused(requestOf(route, payload)), 400, field, "invalid_type");
    }
  });

  it("answers an unknown field with unknown_field naming it", async () => {
    for (const route of ROUTES) {
      const response = await refused(requestOf(route, { ...route.valid, isAdmin: true }));
      expect(errorOf(response).fields).toContainEqual(
        expect.objectContaining({ field: "body.isAdmin", problem: "unknown_field" }),
      );
      expect(errorOf(response).fields).toHaveLength(1);
    }
  });

  it("refuses a body over 1 MiB with 413", async () => {
    for (const route of ROUTES) {
      const response = await refused(requestOf(route, { ...route.valid, filler: "x".repeat(MiB + 10) }));
      expect([response.statusCode, errorOf(response).code]).toEqual([413, "payload_too_large"]);
    }
  });

  it("refuses bytes that are not UTF-8 instead of replacing them", async () => {
    for (const route of ROUTES) {
      const json = JSON.stringify(route.valid);
      const at = json.indexOf(":") + 2;
      const bytes = Buffer.concat([
        Buffer.from(json.slice(0, at)),
        Buffer.from([0xff, 0xfe]),
        Buffer.from(json.slice(at)),
      ]);
      expectField(await refused(requestOf(route, bytes)), 400, "body", "invalid_utf8");
    }
  });

  it("refuses prototype-poisoning keys", async () => {
    for (const route of ROUTES) {
      for (const poison of [
        '{"__proto__": {"roles": ["deployment_admin"]}}',
        '{"constructor": {"prototype": {"isAdmin": true}}}',
      ]) {
        const raw = `${JSON.stringify(route.valid).slice(0, -1)}, ${poison.slice(1)}`;
        expectField(await refused(requestOf(route, raw)), 400, "body");
      }
    }
    expect(({} as Record<string, unknown>).roles).toBeUndefined();
  });

  it("answers other content types with 415, and never reads text/plain as JSON", async () => {
    for (const route of ROUTES) {
      for (const contentType of [
        "application/xml",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
      ]) {
        const response = await refused(requestOf(route, "email=a%40b.org", { "content-type": contentType }));
        expect([contentType, response.statusCode, errorOf(response).code]).toEqual([
          contentType,
          415,
          "unsupported_media_type",
        ]);
      }
      // A form on another site can post text/plain without a preflight; a JSON body sent that way is not JSON.
      const plain = await refused(requestOf(route, JSON.stringify(route.valid), { "content-type": "text/plain" }));
      expectField(plain, 400, "body");
    }
  });

  it("stores SQL-looking text verbatim and harmlessly", async () => {
    const created = await send(app, {
      method: "POST",
      url: "/api/users",
      session: admin,
      payload: { email: "sql.text@example.org", displayName: SQL_TEXT, roles: ["caseworker"] },
    });
    expect(created.statusCode).toBe(201);
    const id = (created.json() as { user: { id: string } }).user.id;
    const read = await send(app, { method: "GET", url: `/api/users/${id}`, session: admin });
    expect((read.json() as { displayName: string }).displayName).toBe(SQL_TEXT);
    const renamed = `Robert'); DROP TABLE organisations;-- \\ % _`;
    const patched = await send(app, {
      method: "PATCH",
      url: `/api/users/${id}`,
      session: admin,
      payload: { displayName: renamed },
    });
    expect((patched.json() as { displayName: string }).displayName).toBe(renamed);
    const db = testApp.services.database.db;
    expect(
      (await db.selectFrom("users").select("display_name").where("id", "=", id).executeTakeFirstOrThrow()).display_name,
    ).toBe(renamed);
    const tables = await sql<{
      t: string | null;
    }>`SELECT to_regclass('users')::text AS t UNION ALL SELECT to_regclass('organisations')::text`.execute(db);
    expect(tables.rows.map((r) => r.t)).toEqual(["users", "organisations"]);
    // Search text is a literal: quotes do not end it and % or _ are not wildcards.
    for (const q of ["' OR '1'='1", "%", "_", "\\"]) {
      const found = await send(app, { method: "GET", url: `/api/users?q=${encodeURIComponent(q)}`, session: admin });
      const names = (found.json() as { items: { displayName: string }[] }).items.map((u) => u.displayName);
      expect([q, found.statusCode, names.every((n) => n.includes(q))]).toEqual([q, 200, true]);
    }
  });

  it("names query.limit and query.cursor for junk in the query string", async () => {
    const cases: [string, string][] = [
      ["/api/users?limit=abc", "query.limit"],
      ["/api/users?limit=100000", "query.limit"],
      ["/api/users?limit=0", "query.limit"],
      ["/api/users?limit=-5", "query.limit"],
      ["/api/users?limit=2.5", "query.limit"],
      ["/api/users?limit=1&limit=2", "query.limit"],
      ["/api/users?cursor=!!!not-a-cursor", "query.cursor"],
      ["/api/users?cursor=WzEsMiwzXQ", "query.cursor"],
      [`/api/users?cursor=${"a".repeat(300)}`, "query.cursor"],
      ["/api/organisations?limit=abc", "query.limit"],
      ["/api/organisations?cursor=%27%3B%20DROP%20TABLE%20users", "query.cursor"],
      ["/api/audit?cursor=abc", "query.cursor"],
      ["/api/audit?limit=201", "query.limit"],
      ["/api/users?isAdmin=1", "query.isAdmin"],
      ["/api/users?organisationId=not-a-uuid", "query.organisationId"],
    ];
    for (const [url, field] of cases) {
      const response = await refused({ method: "GET", url, session: admin });
      expect([url, response.statusCode, errorOf(response).fields?.[0]?.field]).toEqual([url, 400, field]);
    }
  });

  it("answers a path parameter that is not a uuid with 400 on params.id", async () => {
    for (const [method, url] of [
      ["GET", "/api/users/not-a-uuid"],
      ["PATCH", "/api/users/123"],
      ["POST", `/api/users/${encodeURIComponent(SQL_TEXT)}/reset-password`],
      ["GET", "/api/organisations/zzz"],
      ["DELETE", "/api/auth/tokens/1"],
    ] as const) {
      const response = await refused({
        method,
        url,
        session: admin,
        ...(method === "PATCH" ? { payload: { displayName: "X" } } : {}),
      });
      expectField(response, 400, "params.id");
    }
  });

  it("answers in the caller's language, from the catalogue", async () => {
    const unknown = await refused({
      ...requestOf(ROUTES[0] as WriteRoute, { ...ROUTES[0]?.valid, isAdmin: true }),
      headers: { "accept-language": "uk-UA,uk;q=0.9,en;q=0.5" },
    });
    expect(errorOf(unknown).message).toBe(uk.errors.validation);
    expect(errorOf(unknown).fields?.[0]?.message).toBe(fieldMessage(uk, "body.isAdmin", "unknown_field"));
    const type = await refused({
      ...requestOf(ROUTES[0] as WriteRoute, ROUTES[0]?.wrongType[0]),
      headers: { "accept-language": "uk" },
    });
    expect(errorOf(type).fields?.[0]?.message).toBe(fieldMessage(uk, "body.roles", "invalid_type"));
    expect(errorOf(type).fields?.[0]?.message).toContain(uk.fields.roles);
    const limit = await refused({
      method: "GET",
      url: "/api/users?limit=abc",
      session: admin,
      headers: { "accept-language": "uk" },
    });
    expect(errorOf(limit).fields?.[0]?.message).toBe(fieldMessage(uk, "query.limit", "invalid_type"));
    const tooLarge = await refused({
      ...requestOf(ROUTES[3] as WriteRoute, { filler: "x".repeat(MiB + 1) }),
      headers: { "accept-language": "uk" },
    });
    expect(errorOf(tooLarge).message).toBe(uk.errors.payload_too_large);
    const anonymous = await refused({ method: "GET", url: "/api/users", headers: { "accept-language": "uk" } });
    expect(errorOf(anonymous).message).toBe(uk.errors.unauthenticated);
    // Without a preference the answer is English; the catalogues differ, so the check above can fail.
    const english = await refused({ method: "GET", url: "/api/users" });
    expect(errorOf(english).message).toBe(en.errors.unauthenticated);
    expect(uk.errors.unauthenticated).not.toBe(en.errors.unauthenticated);
  });

  it("does not echo what was sent in a failed sign-in or a refused account", async () => {
    const signInFail = await refused({
      method: "POST",
      url: "/api/auth/sign-in",
      payload: { email: EMAIL, password: PASSWORD },
    });
    expect(errorOf(signInFail).code).toBe("invalid_credentials");
    const badEmail = await refused({
      method: "POST",
      url: "/api/users",
      session: admin,
      payload: { email: `${NAME} at home`, displayName: NAME, roles: ["caseworker"] },
    });
    expectField(badEmail, 400, "body.email", "email");
    const control = await refused({
      method: "POST",
      url: "/api/users",
      session: admin,
      payload: { email: EMAIL, displayName: `${NAME}\u0007`, roles: ["caseworker"] },
    });
    expectField(control, 400, "body.displayName", "control_characters");
  });
});
