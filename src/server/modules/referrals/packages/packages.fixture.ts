import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import type { TestApp, TestSession } from "../../../testing/http.js";
import { send } from "../../../testing/http.js";
import { multipart } from "../../case-records/case-records.fixture.js";
import { caseWithConsent, refer } from "../referrals.fixture.js";

/** What the referrals of these tests share: more than the minimum, so that "exactly the shared fields" means something. */
export const SHARED_FIELDS = ["name", "phones", "languages", "sex", "birthDate", "citizenships"];

/** A sent referral of a new case (consent given) to the service, with a message. */
export async function sentReferral(
  app: FastifyInstance,
  session: TestSession,
  serviceId: string,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; number: string; caseId: string }> {
  const { caseId } = await caseWithConsent(app, session, "given");
  const response = await refer(app, session, {
    caseId,
    serviceIds: [serviceId],
    sharedFields: SHARED_FIELDS,
    urgency: "high",
    message: "Needs a safe place tonight; call before 18:00, she speaks Ukrainian and Polish.",
    ...overrides,
  });
  if (response.statusCode !== 201) throw new Error(`fixture referral failed: ${response.body}`);
  const made = response.json().items[0] as { id: string; number: string };
  return { id: made.id, number: made.number, caseId };
}

export function makePackage(
  app: FastifyInstance,
  session: TestSession,
  referralId: string,
  payload: Record<string, unknown>,
): Promise<LightMyRequestResponse> {
  return send(app, { method: "POST", url: `/api/referrals/${referralId}/packages`, session, payload });
}

/** The package's link, fetched with no session at all. */
export function download(app: FastifyInstance, path: string): Promise<LightMyRequestResponse> {
  return send(app, { method: "GET", url: path });
}

export function importPackage(
  app: FastifyInstance,
  session: TestSession,
  file: Buffer,
  password?: string,
): Promise<LightMyRequestResponse> {
  const parts: Parameters<typeof multipart>[0] = [
    { name: "file", filename: "referral.age", contentType: "application/octet-stream", content: file },
  ];
  if (password !== undefined) parts.push({ name: "password", content: password });
  const body = multipart(parts);
  return send(app, {
    method: "POST",
    url: "/api/incoming-referrals/import",
    session,
    payload: body.payload,
    headers: { "content-type": body.contentType },
  });
}

/** The stored package row, read as the owner (past row-level security). */
export function packageRow(testApp: TestApp, id: string) {
  return testApp.services.database.db
    .selectFrom("referral_packages")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
}
