import type { AddressInfo } from "node:net";
import { expect } from "vitest";
import type { DatabaseKind } from "../../../db/connect.js";
import { DEMO_CASES_ORGANISATION } from "../../../demo/demo-case-builders.js";
import { demoEmail } from "../../../demo/demo-organisations.js";
import { createDemoApp, send, signInOrThrow, type TestSession } from "../../../testing/http.js";
import { PhoneSystemSimulator } from "./phone-system-simulator.js";

export type EventsContext = Awaited<ReturnType<typeof startEventsApp>>;

/** The demo hotline operator the simulated calls are put through to. */
export const OPERATOR_EMAIL = demoEmail(DEMO_CASES_ORGANISATION.name, "hotline");

const SERVICE_PASSWORD = "Quiet-Switchboard-Relay-73";

/**
 * The demo app listening on a real port, with a service account for the phone system made as an
 * administrator would: a user with the hotline operator role in the operator's team, signed in once to
 * choose its password and create its API token.
 */
export async function startEventsApp(kind: DatabaseKind) {
  const ctx = await createDemoApp(kind);
  await ctx.app.listen({ port: 0, host: "127.0.0.1" });
  const baseUrl = `http://127.0.0.1:${(ctx.app.server.address() as AddressInfo).port}`;
  const operator = await ctx.sessions.of("hotline_operator");
  const admin = await ctx.sessions.of("organisation_admin");
  const found = await send(ctx.app, {
    method: "GET",
    url: `/api/users?q=${encodeURIComponent(OPERATOR_EMAIL)}`,
    session: admin,
  });
  const [operatorUser] = (found.json() as { items: { id: string; teamId: string | null }[] }).items;
  if (!operatorUser?.teamId) throw new Error("the demo hotline operator has no team");

  const created = await send(ctx.app, {
    method: "POST",
    url: "/api/users",
    session: admin,
    payload: {
      email: "phone-system@office.example.org",
      displayName: "Phone system",
      roles: ["hotline_operator"],
      teamId: operatorUser.teamId,
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  const { user, temporaryPassword } = created.json() as {
    user: { id: string; email: string };
    temporaryPassword: string;
  };
  const token = await tokenFor(ctx.app, { email: user.email, password: temporaryPassword }, "PBX webhook");
  return {
    ...ctx,
    baseUrl,
    operator,
    operatorId: operatorUser.id,
    serviceAccountId: user.id,
    pbx: new PhoneSystemSimulator(baseUrl, token),
  };
}

/** Signs in (choosing a password if the one given is temporary) and creates an API token. */
export async function tokenFor(
  app: Parameters<typeof send>[0],
  credentials: { email: string; password: string },
  name: string,
): Promise<string> {
  const session: TestSession = await signInOrThrow(app, credentials);
  const me = await send(app, { method: "GET", url: "/api/auth/session", session });
  if ((me.json() as { user: { mustChangePassword: boolean } }).user.mustChangePassword) {
    const changed = await send(app, {
      method: "POST",
      url: "/api/auth/password",
      session,
      payload: { currentPassword: credentials.password, newPassword: SERVICE_PASSWORD },
    });
    expect(changed.statusCode, changed.body).toBe(200);
  }
  const made = await send(app, { method: "POST", url: "/api/auth/tokens", session, payload: { name } });
  expect(made.statusCode, made.body).toBe(201);
  return (made.json() as { token: string }).token;
}

/** Minutes before now, as an ISO timestamp. */
export const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

/** A contact as the operator's screen reads it. */
export async function readAsOperator(ctx: EventsContext, contactId: string) {
  const response = await send(ctx.app, {
    method: "GET",
    url: `/api/hotline/contacts/${contactId}`,
    session: ctx.operator,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}
