import { randomUUID } from "node:crypto";
import type { DeclineReason, NotCompletedReason, ReferralUrgency } from "../../../../shared/referrals/vocab.js";
import type { ReferralStatus } from "../../../db/schema-referrals.js";
import type { TestApp } from "../../../testing/http.js";
import { directoryEntry } from "../referrals.fixture.js";

/**
 * Referrals written straight into the table, as the workflow would have left them, for the figures only:
 * hundreds of referrals through the API would take minutes, and the figures read nothing the workflow adds
 * beyond these columns (no shared payload, no story, no comments).
 */

const HOUR = 3_600_000;

export interface ReferralSeed {
  /** When it was sent (an ISO instant). */
  sentAt: string;
  status: Exclude<ReferralStatus, "draft"> | "draft";
  urgency?: ReferralUrgency;
  serviceType?: string;
  /** The provider's name as the referral keeps it (to_organisation_name). */
  provider?: string;
  /** Hours after sending that the receiver acknowledged, accepted or declined, finished. */
  acknowledgedAfter?: number;
  decidedAfter?: number;
  finishedAfter?: number;
  declineReason?: DeclineReason;
  notCompletedReason?: NotCompletedReason;
  /** When the answer is due; a day after sending unless given. */
  dueAt?: string;
}

export interface Sender {
  organisationId: string;
  organisationName: string;
  caseId: string;
  providerId: string;
  /** The receiving organisation inside the deployment, if any. */
  toOrganisationId: string | null;
  /** For a referral that arrived as a package: who sent it (the receiver holds both sides of the row). */
  importedFrom?: string;
}

/** A sender: a bare case of the organisation and a provider kept by it (or by the receiver). */
export async function senderOf(
  testApp: TestApp,
  organisationId: string,
  toOrganisationId: string | null = null,
): Promise<Sender> {
  const db = testApp.services.database.db;
  const organisation = await db
    .selectFrom("organisations")
    .select("name")
    .where("id", "=", organisationId)
    .executeTakeFirstOrThrow();
  const theCase = await db
    .insertInto("cases")
    .values({
      organisation_id: organisationId,
      case_number: `FIG-${randomUUID().slice(0, 8)}`,
      opened_on: "2019-01-01",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const { providerId } = await directoryEntry(testApp, {
    keeper: toOrganisationId ?? organisationId,
    member: toOrganisationId,
    name: "Figures provider",
  });
  return {
    organisationId,
    organisationName: organisation.name,
    caseId: theCase.id,
    providerId,
    toOrganisationId,
  };
}

const after = (sentAt: Date, hours: number | undefined) =>
  hours === undefined ? null : new Date(sentAt.getTime() + hours * HOUR);

/** Writes the referrals of one sender, `times` copies of each seed. */
export async function seedReferrals(testApp: TestApp, sender: Sender, seeds: ReferralSeed[], times = 1) {
  const rows = seeds.flatMap((seed) =>
    Array.from({ length: times }, () => {
      const sent = new Date(seed.sentAt);
      const draft = seed.status === "draft";
      return {
        organisation_id: sender.organisationId,
        number: `FIG-${randomUUID()}`,
        to_organisation_id: sender.toOrganisationId,
        from_organisation_name: sender.importedFrom ?? sender.organisationName,
        to_organisation_name: seed.provider ?? "Harbour Shelter",
        case_id: sender.caseId,
        provider_id: sender.providerId,
        service_type: seed.serviceType ?? "ShelterAndAccommodation",
        urgency: seed.urgency ?? "normal",
        reason: "AdditionalServicesRequired",
        status: seed.status,
        sent_at: draft ? null : sent,
        due_at: draft ? null : seed.dueAt ? new Date(seed.dueAt) : after(sent, 24),
        acknowledged_at: after(sent, seed.acknowledgedAfter),
        decided_at: after(sent, seed.decidedAfter),
        finished_at: after(sent, seed.finishedAfter),
        decline_reason: seed.declineReason ?? null,
        not_completed_reason: seed.notCompletedReason ?? null,
        created_at: draft ? new Date(seed.sentAt) : sent,
        imported_at: sender.importedFrom ? sent : null,
        imported_from: sender.importedFrom ?? null,
      };
    }),
  );
  if (rows.length > 0) await testApp.services.database.db.insertInto("referrals").values(rows).execute();
}
