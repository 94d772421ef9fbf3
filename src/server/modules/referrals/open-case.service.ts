import type { CaseIntake } from "../../../shared/api/cases.js";
import type { SharedValues } from "../../../shared/api/referrals.js";
import { can } from "../../access/actor.js";
import { AppError, forbidden } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import type { Services } from "../../services.js";
import { intakeCase } from "../cases/intake.service.js";
import { findIncoming } from "./referral-access.js";
import { openPayload } from "./referral-keys.js";
import { recordStep } from "./referral-story.js";
import { type TransferBundle, takeOverTransfer } from "./transfer.service.js";

/** The receiver's intake from what it was given: the shared values and nothing the sender kept back. */
export function intakeFromShared(
  shared: SharedValues,
  referral: { from: string; sentOn: string | null; reason: string },
) {
  const intake: CaseIntake = {
    person: {
      identity: {
        firstName: shared.name?.firstName ?? null,
        middleName: shared.name?.middleName ?? null,
        secondName: shared.name?.secondName ?? null,
        ...(shared.otherNames ? { otherNames: shared.otherNames } : {}),
        ...(shared.birthDate ? { birthDate: shared.birthDate } : {}),
        ...(shared.phones ? { phones: shared.phones } : {}),
        ...(shared.emails ? { emails: shared.emails } : {}),
        ...(shared.address ? { address: shared.address } : {}),
        ...(shared.identityDocuments ? { identityDocuments: shared.identityDocuments } : {}),
      },
      ...(shared.sex ? { sex: shared.sex } : {}),
      ...(shared.birthYear ? { birthYear: shared.birthYear } : {}),
      ...(shared.citizenships ? { citizenships: shared.citizenships as never } : {}),
      ...(shared.languages ? { languages: shared.languages as never } : {}),
      ...(shared.migrationStatuses ? { migrationStatuses: shared.migrationStatuses } : {}),
      ...(shared.vulnerabilityFlags ? { vulnerabilityFlags: shared.vulnerabilityFlags } : {}),
    },
    incomingReferral: {
      organisationName: referral.from,
      date: referral.sentOn,
      reason: referral.reason as NonNullable<CaseIntake["incomingReferral"]>["reason"],
    },
  };
  return intake;
}

/**
 * The receiver opens a case of its own from an accepted referral: a new record in its organisation holding
 * only what was shared, linked to the referral (which keeps it in a partner caseworker's reach). Opening
 * twice answers 409 and names the case already opened.
 */
export async function openCaseFromReferral(db: ScopedDb, services: Services, referralId: string) {
  if (!can(db.actor, "case.write")) throw forbidden();
  const referral = await findIncoming(db, referralId, { forUpdate: true });
  if (referral.receiver_case_id || !["accepted", "in_progress"].includes(referral.status))
    throw new AppError("conflict");
  const payload = openPayload(services, referral) as ReturnType<typeof openPayload> & { transfer?: TransferBundle };
  const intake = intakeFromShared(payload.shared, {
    from: referral.from_organisation_name,
    sentOn: referral.sent_at ? referral.sent_at.toISOString().slice(0, 10) : null,
    reason: referral.reason,
  });
  if (payload.transfer?.victim) intake.victim = payload.transfer.victim;
  if (payload.transfer?.identifiedOn) intake.identifiedOn = payload.transfer.identifiedOn;
  const opened = await intakeCase(db, services, intake, { fromIncomingReferral: true });
  if (referral.kind === "transfer" && payload.transfer)
    await takeOverTransfer(db, services, referral, opened, payload.transfer);
  await db
    .updateTable("referrals")
    .set({ receiver_case_id: opened.id, updated_at: new Date() })
    .where("id", "=", referral.id)
    .execute();
  await recordStep(db, referral, { action: "open_case", from: referral.status, to: referral.status });
  return opened;
}
