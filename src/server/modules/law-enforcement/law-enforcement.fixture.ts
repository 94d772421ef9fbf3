import type { FastifyInstance } from "fastify";
import { send, type TestApp, type TestSession } from "../../testing/http.js";

export const PHONE = "+48601234567";
export const SUMMARY = "Reported the recruiter's flat in Przemyśl and the bus she was taken on.";
export const REFERENCE = "KP-2026-1182";

/** A case whose victim gave, refused or never decided on consent to a report to law enforcement. */
export async function caseWithReportingConsent(
  app: FastifyInstance,
  session: TestSession,
  decision: "given" | "refused" | "withdrawn" | "none",
): Promise<{ caseId: string; personId: string; caseNumber: string }> {
  const consents = [{ purpose: "assistance", decision: "given", decidedOn: "2026-01-05", method: "verbal" }];
  if (decision !== "none")
    consents.push({ purpose: "law_enforcement", decision, decidedOn: "2026-01-05", method: "written" });
  const response = await send(app, {
    method: "POST",
    url: "/api/cases",
    session,
    payload: {
      person: {
        identity: { firstName: "Daryna", secondName: "Zvitna", phones: [PHONE], birthDate: "1994-03-02" },
        languages: ["uk"],
        sex: "Female",
        citizenships: ["UA"],
      },
      consents,
    },
  });
  if (response.statusCode !== 201) throw new Error(`fixture case failed: ${response.body}`);
  const body = response.json() as { id: string; personId: string; caseNumber: string };
  return { caseId: body.id, personId: body.personId, caseNumber: body.caseNumber };
}

/** A valid report body; tests override what they are about. */
export function reportBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    authorityKind: "police",
    authorityName: "National Police, Przemyśl district",
    reportedAt: "2026-02-03T09:15:00Z",
    referenceNumber: REFERENCE,
    sharedFields: ["name", "phones"],
    summary: SUMMARY,
    ...overrides,
  };
}

export function postReport(
  app: FastifyInstance,
  session: TestSession,
  caseId: string,
  payload: Record<string, unknown>,
  headers?: Record<string, string>,
) {
  return send(app, {
    method: "POST",
    url: `/api/cases/${caseId}/law-enforcement-reports`,
    session,
    payload,
    ...(headers ? { headers } : {}),
  });
}

/** Rows of the report table, counted as the owner (past row-level security). */
export async function reportCount(testApp: TestApp): Promise<number> {
  const row = await testApp.services.database.db
    .selectFrom("law_enforcement_reports")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
