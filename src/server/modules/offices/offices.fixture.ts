import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { expect } from "vitest";
import type { OfficeDetail } from "../../../shared/api/offices.js";
import { type createDemoApp, createTestUser, send, signInOrThrow, type TestSession } from "../../testing/http.js";

/** Helpers for the office tests: offices written over HTTP, failing loudly when that does not work. */

export type DemoContext = Awaited<ReturnType<typeof createDemoApp>>;

export async function addOffice(
  app: FastifyInstance,
  session: TestSession,
  input: Record<string, unknown> = {},
): Promise<OfficeDetail> {
  const response = await send(app, {
    method: "POST",
    url: "/api/offices",
    session,
    payload: { name: `Office ${crypto.randomUUID().slice(0, 8)}`, country: "PL", ...input },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as OfficeDetail;
}

export async function addTeam(app: FastifyInstance, session: TestSession, name: string): Promise<{ id: string }> {
  const response = await send(app, { method: "POST", url: "/api/teams", session, payload: { name } });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string };
}

/**
 * A new organisation of the deployment with an administrator, and so no offices yet: the demo data may
 * give the demo organisations offices of their own.
 */
export async function freshOrganisation(
  ctx: DemoContext,
  name: string,
): Promise<{ organisationId: string; admin: TestSession }> {
  const created = await send(ctx.app, {
    method: "POST",
    url: "/api/organisations",
    session: await ctx.sessions.of("deployment_admin"),
    payload: { name: `${name} ${crypto.randomUUID().slice(0, 6)}`, type: "NGO", country: "UA" },
  });
  expect(created.statusCode, created.body).toBe(201);
  const organisationId = (created.json() as { id: string }).id;
  const user = await createTestUser(ctx.testApp, { organisationId, roles: ["organisation_admin"] });
  return { organisationId, admin: await signInOrThrow(ctx.app, user) };
}

/** [field, problem] of each field an error names. */
export const fieldsOf = (response: LightMyRequestResponse) =>
  ((response.json() as { error: { fields?: { field: string; problem: string }[] } }).error.fields ?? []).map((f) => [
    f.field,
    f.problem,
  ]);
