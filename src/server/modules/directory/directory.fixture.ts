import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { expect } from "vitest";
import type { ProviderDetail, ServiceDetail } from "../../../shared/api/directory.js";
import { type createDemoApp, send, signInOrThrow, type TestSession } from "../../testing/http.js";
import { multipart } from "../case-records/case-records.fixture.js";

/** Helpers for the directory tests: entries written over HTTP, failing loudly when that does not work. */

export type DemoContext = Awaited<ReturnType<typeof createDemoApp>>;

export async function addProvider(
  app: FastifyInstance,
  session: TestSession,
  input: Record<string, unknown> = {},
): Promise<ProviderDetail> {
  const response = await send(app, {
    method: "POST",
    url: "/api/directory/providers",
    session,
    payload: { name: `Provider ${crypto.randomUUID().slice(0, 8)}`, kind: "NGO", ...input },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as ProviderDetail;
}

export async function addService(
  app: FastifyInstance,
  session: TestSession,
  providerId: string,
  input: Record<string, unknown> = {},
): Promise<ServiceDetail> {
  const response = await send(app, {
    method: "POST",
    url: "/api/directory/services",
    session,
    payload: { providerId, name: `Service ${crypto.randomUUID().slice(0, 8)}`, serviceType: "Legal", ...input },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as ServiceDetail;
}

/** The ids of the services a search finds (up to 200). */
export async function searchIds(
  app: FastifyInstance,
  session: TestSession,
  query: Record<string, string>,
): Promise<string[]> {
  const url = `/api/directory/services?${new URLSearchParams({ limit: "200", ...query }).toString()}`;
  const response = await send(app, { method: "GET", url, session });
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as { items: ServiceDetail[] }).items.map((item) => item.id);
}

/** An administrator of a demo organisation other than the one every demo role works in. */
export async function otherOrganisationAdmin(
  ctx: DemoContext,
): Promise<{ session: TestSession; organisationId: string }> {
  const main = ctx.demo.accountOf("supervisor").organisation;
  const account = ctx.demo.accounts.find((a) => a.organisation !== main && a.roles.includes("organisation_admin"));
  if (!account) throw new Error("the demo data has no second organisation with an administrator");
  const organisationId = ctx.demo.organisationIds[account.organisation];
  if (!organisationId) throw new Error("demo organisation missing");
  return { session: await signInOrThrow(ctx.app, account), organisationId };
}

/** POSTs a directory file (and the dryRun field unless left out) to the import. */
export function importFile(
  app: FastifyInstance,
  session: TestSession,
  file: { fileName: string; content: Buffer | string },
  dryRun?: "true" | "false",
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  const body = multipart([
    ...(dryRun === undefined ? [] : [{ name: "dryRun", content: dryRun }]),
    { name: "file", filename: file.fileName, contentType: "application/octet-stream", content: file.content },
  ]);
  return send(app, {
    method: "POST",
    url: "/api/directory/import",
    session,
    payload: body.payload,
    headers: { "content-type": body.contentType, ...headers },
  });
}

/** Counts of the directory's rows, as the owner sees them (past row-level security). */
export async function directoryCounts(
  ctx: DemoContext,
): Promise<{ providers: number; services: number; versions: number }> {
  const db = ctx.testApp.services.database.db;
  const providers = await db
    .selectFrom("service_providers")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  const services = await db
    .selectFrom("services")
    .select((eb) => [eb.fn.countAll<string>().as("n"), eb.fn.sum<string>("version").as("v")])
    .executeTakeFirstOrThrow();
  return { providers: Number(providers.n), services: Number(services.n), versions: Number(services.v ?? 0) };
}
