import { randomBytes } from "node:crypto";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import type { Selectable } from "kysely";
import { ROLES, type Role } from "../../shared/access/permissions.js";
import { systemActor } from "../access/actor.js";
import { SESSION_COOKIE } from "../access/authenticate.js";
import { CSRF_HEADER } from "../access/guard.js";
import { runScoped } from "../access/scoped-db.js";
import type { DatabaseKind } from "../db/connect.js";
import type { AuditLogTable, Schema } from "../db/schema.js";
import { type DemoAccounts, seedDemoData } from "../demo/demo-data.js";
import { generatePassword } from "../modules/auth/passwords.js";
import { createUser } from "../modules/users/users.service.js";
import { createTestApp } from "./databases.js";

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;
export type HttpMethod = "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE";

/** A signed-in session as a browser holds it: the cookie value and the CSRF token from the sign-in answer. */
export interface TestSession {
  cookie: string;
  csrfToken: string;
}

export interface Credentials {
  email: string;
  password: string;
}

export interface RequestOptions {
  method: HttpMethod;
  url: string;
  /** Sent as JSON unless a string or Buffer (then as is, with the given content-type). */
  payload?: unknown;
  headers?: Record<string, string>;
  session?: TestSession;
  /** A Bearer API token instead of a session. */
  token?: string;
  /** Sends the session's CSRF token on state-changing requests; true unless set false. */
  csrf?: boolean;
  /** Client address; a new one per request unless given, so per-address rate limits stay out of the way. */
  remoteAddress?: string;
}

let addressCounter = 0;
/** A client address no other request of this process has used (rate limits count per address). */
export function freshClientAddress(): string {
  addressCounter += 1;
  return `10.${(addressCounter >> 16) & 255}.${(addressCounter >> 8) & 255}.${addressCounter & 255}`;
}

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

/** One request through app.inject with the cookie, CSRF header and token handling of a real client. */
export function send(app: FastifyInstance, options: RequestOptions): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.session) {
    headers.cookie = `${SESSION_COOKIE}=${options.session.cookie}`;
    if (options.csrf !== false && !SAFE.has(options.method)) headers[CSRF_HEADER] = options.session.csrfToken;
  }
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const raw = typeof options.payload === "string" || Buffer.isBuffer(options.payload);
  if (raw && !Object.keys(headers).some((name) => name.toLowerCase() === "content-type")) {
    headers["content-type"] = "application/json";
  }
  return app.inject({
    method: options.method,
    url: options.url,
    headers,
    remoteAddress: options.remoteAddress ?? freshClientAddress(),
    ...(options.payload === undefined ? {} : { payload: options.payload as string | Buffer | object }),
  });
}

/** The session cookie a response set, or undefined. */
export function sessionCookieOf(response: LightMyRequestResponse): string | undefined {
  const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE);
  return cookie?.value ? cookie.value : undefined;
}

export interface SignInResult {
  response: LightMyRequestResponse;
  session: TestSession | undefined;
}

/** POST /api/auth/sign-in; the session is set only when the answer is 200. */
export async function signIn(
  app: FastifyInstance,
  credentials: Credentials,
  options: { remoteAddress?: string; headers?: Record<string, string> } = {},
): Promise<SignInResult> {
  const response = await send(app, {
    method: "POST",
    url: "/api/auth/sign-in",
    payload: { email: credentials.email, password: credentials.password },
    ...options,
  });
  const cookie = sessionCookieOf(response);
  const session =
    response.statusCode === 200 && cookie
      ? { cookie, csrfToken: (response.json() as { csrfToken: string }).csrfToken }
      : undefined;
  return { response, session };
}

/** Signs in and fails loudly when that does not work. */
export async function signInOrThrow(app: FastifyInstance, credentials: Credentials): Promise<TestSession> {
  const { response, session } = await signIn(app, credentials);
  if (!session) throw new Error(`sign-in of a test account failed: ${response.statusCode} ${response.body}`);
  return session;
}

/** The error body every failed request answers with. */
export interface ErrorBody {
  error: {
    code: string;
    message: string;
    requestId?: string;
    fields?: { field: string; problem: string; message: string }[];
  };
}

export function errorOf(response: LightMyRequestResponse): ErrorBody["error"] {
  return (response.json() as ErrorBody).error;
}

/** The demo deployment: five organisations, the first with an account per role, and their ids by organisation name. */
export interface DemoFixture {
  accounts: DemoAccounts["accounts"];
  organisationIds: Record<string, string>;
  /** The demo organisation that has an account of every role. */
  mainOrganisationId: string;
  accountOf(role: Role): Credentials & { organisation: string };
}

export async function seedDemo(app: TestApp): Promise<DemoFixture> {
  const { accounts } = await seedDemoData(app.services);
  const rows = await app.services.database.db.selectFrom("organisations").select(["id", "name"]).execute();
  const organisationIds = Object.fromEntries(rows.map((row) => [row.name, row.id]));
  const accountOf = (role: Role) => {
    const account = accounts.find((a) => a.roles.length === 1 && a.roles[0] === role);
    if (!account) throw new Error(`the demo data has no account with only the role ${role}`);
    return account;
  };
  const main = accountOf("caseworker").organisation;
  const mainOrganisationId = organisationIds[main];
  if (!mainOrganisationId) throw new Error("demo organisation missing");
  return { accounts, organisationIds, mainOrganisationId, accountOf };
}

/** Signs every demo role in once and hands out the sessions (argon2 makes each sign-in ~50 ms). */
export class SessionCache {
  private readonly sessions = new Map<string, Promise<TestSession>>();

  constructor(
    private readonly app: FastifyInstance,
    private readonly demo: DemoFixture,
  ) {}

  of(role: Role): Promise<TestSession> {
    let session = this.sessions.get(role);
    if (!session) {
      session = signInOrThrow(this.app, this.demo.accountOf(role));
      this.sessions.set(role, session);
    }
    return session;
  }

  async all(): Promise<Record<Role, TestSession>> {
    const entries = await Promise.all(ROLES.map(async (role) => [role, await this.of(role)] as const));
    return Object.fromEntries(entries) as Record<Role, TestSession>;
  }
}

export interface TestUser extends Credentials {
  id: string;
  organisationId: string;
}

/**
 * A new account with a known password, made the way an administrator would (through the users service,
 * as a named system actor). Roles may be empty, which the API does not allow: a user who may do nothing.
 */
export async function createTestUser(
  app: TestApp,
  input: { organisationId: string; roles: Role[]; emailName?: string; displayName?: string; password?: string },
): Promise<TestUser> {
  const password = input.password ?? generatePassword();
  const email = `${input.emailName ?? "test"}-${randomBytes(4).toString("hex")}@test.example.org`;
  const { user } = await runScoped(
    app.services.database,
    systemActor("test-fixture", "deployment"),
    { requestId: "test-fixture", clientIp: null, action: "test.fixture" },
    (db) =>
      createUser(
        db,
        {
          organisationId: input.organisationId,
          email,
          displayName: input.displayName ?? "Test Person",
          roles: input.roles,
        },
        { password },
      ),
  );
  return { id: user.id, organisationId: input.organisationId, email, password };
}

/** Highest audit sequence number so far; entries after it belong to what the test did next. */
export async function lastAuditSeq(app: TestApp): Promise<bigint> {
  const row = await app.services.database.db
    .selectFrom("audit_log")
    .select((eb) => eb.fn.max("seq").as("seq"))
    .executeTakeFirst();
  return BigInt(row?.seq ?? 0);
}

/** Audit entries written after the given sequence number, oldest first (read as the owner, past RLS). */
export async function auditEntriesAfter(app: TestApp, seq: bigint): Promise<Selectable<AuditLogTable>[]> {
  return (await app.services.database.db
    .selectFrom("audit_log")
    .selectAll()
    .where("seq", ">", String(seq) as never)
    .orderBy("seq")
    .execute()) as Selectable<AuditLogTable>[];
}

/** The audit entries of one request, by the request id its error body carries. */
export async function auditEntriesOfRequest(app: TestApp, requestId: string): Promise<Selectable<AuditLogTable>[]> {
  return (await app.services.database.db
    .selectFrom("audit_log")
    .selectAll()
    .where("request_id", "=", requestId)
    .orderBy("seq")
    .execute()) as Selectable<AuditLogTable>[];
}

/** Rows of a table, counted as the owner (past RLS). */
export async function countRows(app: TestApp, table: keyof Schema): Promise<number> {
  const row = await app.services.database.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A test app with the demo data seeded, for one describe block. */
export async function createDemoApp(kind: DatabaseKind, env: Record<string, string> = {}) {
  const testApp = await createTestApp(kind, env);
  try {
    const demo = await seedDemo(testApp);
    return { testApp, app: testApp.app, demo, sessions: new SessionCache(testApp.app, demo) };
  } catch (error) {
    await testApp.close();
    throw error;
  }
}
