import type { LightMyRequestResponse } from "fastify";
import type { Role } from "../../../shared/access/permissions.js";
import {
  type createDemoApp,
  createTestUser,
  errorOf,
  type HttpMethod,
  send,
  signInOrThrow,
  type TestSession,
} from "../../testing/http.js";

/** Fixtures of the case-record tests (events, plans, assistance). */

/** Fails the test with the answer's body, which says why a request was refused. */
function expectStatus(response: LightMyRequestResponse, status: number, what: string): void {
  if (response.statusCode !== status)
    throw new Error(`${what}: expected ${status}, got ${response.statusCode} ${response.body}`);
}

export type DemoContext = Awaited<ReturnType<typeof createDemoApp>>;

export const OTHER_ORGANISATION = "Harbour Shelter Association";

/** A new case with a new person, opened by the session's user (201 asserted). */
export async function openCase(ctx: DemoContext, session: TestSession, openedOn?: string) {
  const response = await send(ctx.app, {
    method: "POST",
    url: "/api/cases",
    session,
    payload: {
      person: { identity: { firstName: "Olena", secondName: "Kovalenko" } },
      ...(openedOn ? { openedOn } : {}),
    },
  });
  expectStatus(response, 201, "POST /api/cases");
  return response.json() as { id: string; caseNumber: string; personId: string };
}

/** A signed-in user of another demo organisation (which has no caseworker of its own). */
export async function signInElsewhere(ctx: DemoContext, roles: Role[], organisation = OTHER_ORGANISATION) {
  const organisationId = ctx.demo.organisationIds[organisation];
  if (!organisationId) throw new Error(`no demo organisation ${organisation}`);
  const user = await createTestUser(ctx.testApp, { organisationId, roles });
  return signInOrThrow(ctx.app, user);
}

/** One request whose status is asserted; the parsed body is returned. */
export async function call<T = Record<string, unknown>>(
  ctx: DemoContext,
  session: TestSession,
  method: HttpMethod,
  url: string,
  status: number,
  payload?: unknown,
): Promise<T> {
  const response = await send(ctx.app, { method, url, session, ...(payload === undefined ? {} : { payload }) });
  expectStatus(response, status, `${method} ${url}`);
  return (response.body ? response.json() : undefined) as T;
}

/** The field problems of a 400 answer, as "field problem" strings. */
export async function problemsOf(
  ctx: DemoContext,
  session: TestSession,
  method: HttpMethod,
  url: string,
  payload: unknown,
): Promise<string[]> {
  const response = await send(ctx.app, { method, url, session, payload });
  expectStatus(response, 400, `${method} ${url}`);
  return (errorOf(response).fields ?? []).map((f) => `${f.field} ${f.problem}`);
}

/** The case's own history entries, newest first. */
export async function historyOf(ctx: DemoContext, session: TestSession, caseId: string) {
  const { items } = await call<{ items: { action: string; changes: Record<string, unknown> }[] }>(
    ctx,
    session,
    "GET",
    `/api/cases/${caseId}/history`,
    200,
  );
  return items;
}
