import type { FastifyInstance } from "fastify";
import type { TestApp, TestSession } from "../../testing/http.js";
import { send } from "../../testing/http.js";

/** A provider kept by an organisation and one service of it, written straight into the directory tables. */
export async function directoryEntry(
  testApp: TestApp,
  input: { keeper: string; member: string | null; name: string; serviceType?: string },
): Promise<{ providerId: string; serviceId: string }> {
  const db = testApp.services.database.db;
  const provider = await db
    .insertInto("service_providers")
    .values({ organisation_id: input.keeper, member_organisation_id: input.member, name: input.name, kind: "NGO" })
    .returning("id")
    .executeTakeFirstOrThrow();
  const service = await db
    .insertInto("services")
    .values({
      organisation_id: input.keeper,
      provider_id: provider.id,
      name: `${input.name}: service`,
      service_type: input.serviceType ?? "ShelterAndAccommodation",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { providerId: provider.id, serviceId: service.id };
}

export const PHONE = "+48601234567";

/** A case whose victim gave (or did not give) consent to referral and sharing. */
export async function caseWithConsent(
  app: FastifyInstance,
  session: TestSession,
  sharing: "given" | "refused" | "none",
): Promise<{ caseId: string; personId: string }> {
  const consents = [{ purpose: "assistance", decision: "given", decidedOn: "2026-01-05", method: "verbal" }];
  if (sharing !== "none")
    consents.push({ purpose: "referral_sharing", decision: sharing, decidedOn: "2026-01-05", method: "verbal" });
  const response = await send(app, {
    method: "POST",
    url: "/api/cases",
    session,
    payload: {
      person: {
        identity: { firstName: "Daryna", secondName: "Referralska", phones: [PHONE], birthDate: "1994-03-02" },
        languages: ["uk", "pl"],
        sex: "Female",
        citizenships: ["UA"],
      },
      consents,
    },
  });
  if (response.statusCode !== 201) throw new Error(`fixture case failed: ${response.body}`);
  const body = response.json() as { id: string; personId: string };
  return { caseId: body.id, personId: body.personId };
}

export function refer(app: FastifyInstance, session: TestSession, payload: Record<string, unknown>) {
  return send(app, {
    method: "POST",
    url: "/api/referrals",
    session,
    payload: { urgency: "normal", reason: "AdditionalServicesRequired", ...payload },
  });
}
