import type { z } from "zod";
import type { assistanceRecord, supportPlan, traffickingEvent } from "../../../shared/api/assistance.js";
import type { VictimContext } from "../../../shared/api/cases.js";
import { todayIso } from "../../../shared/dates.js";
import { htcdsStatusForStage } from "../../../shared/htcds/index.js";
import { SHAREABLE_FIELDS } from "../../../shared/referrals/fields.js";
import { AppError, invalidField } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import type { Services } from "../../services.js";
import { listAssistance, recordAssistance } from "../assistance/assistance.service.js";
import { caseKeyOf } from "../assistance/case-subrecords.js";
import { addEvent, listEvents } from "../assistance/events.service.js";
import { addPlan, listPlans } from "../assistance/plans.service.js";
import { findCaseForUpdate } from "../cases/case-access.js";
import { recordHistory } from "../cases/case-history.js";
import { nextReferralNumbers } from "../cases/case-numbers.js";
import { openContext, toVictimContext } from "../cases/victim-context.js";
import { dueAt, sealPayload } from "./referral-create.service.js";
import { newReferralKey } from "./referral-keys.js";
import { sharingBasis } from "./referral-source.js";
import { recordStep } from "./referral-story.js";

/** What travels with a transferred case besides the person: its story so far, so that help does not restart. */
export interface TransferBundle {
  caseNumber: string;
  openedOn: string;
  identifiedOn: string | null;
  victim: VictimContext | null;
  events: z.infer<typeof traffickingEvent>[];
  plans: z.infer<typeof supportPlan>[];
  assistance: z.infer<typeof assistanceRecord>[];
  history: { at: string; action: string }[];
}

async function bundleOf(db: ScopedDb, services: Services, caseId: string, personId: string): Promise<TransferBundle> {
  const theCase = await db.selectFrom("cases").selectAll().where("id", "=", caseId).executeTakeFirstOrThrow();
  const link = await db
    .selectFrom("case_people")
    .selectAll()
    .where("case_id", "=", caseId)
    .where("person_id", "=", personId)
    .executeTakeFirstOrThrow();
  const caseKey = await caseKeyOf(db, services, caseId);
  const history = await db
    .selectFrom("case_history")
    .select(["at", "action"])
    .where("case_id", "=", caseId)
    .orderBy("at")
    .orderBy("id")
    .execute();
  return {
    caseNumber: theCase.case_number,
    openedOn: theCase.opened_on,
    identifiedOn: theCase.identified_on,
    victim: toVictimContext(link, openContext(caseKey, link)),
    events: (await listEvents(db, services, caseId)).items,
    plans: (await listPlans(db, services, caseId)).items,
    assistance: (await listAssistance(db, services, caseId)).items,
    history: history.map((entry) => ({ at: entry.at.toISOString(), action: entry.action })),
  };
}

/**
 * Offers the whole case to another office of the deployment (a victim stranded in a third country is helped
 * where she is). Like any referral it needs the consent to sharing or a supervisor's emergency override; all
 * of the person's fields and the case's story travel, sealed for the receiving office.
 */
export async function requestTransfer(
  db: ScopedDb,
  services: Services,
  caseId: string,
  input: { providerId: string; message?: string | null; emergencyOverride?: { reason: string }; version: number },
): Promise<string> {
  const theCase = await findCaseForUpdate(db, caseId);
  if (theCase.version !== input.version) throw new AppError("conflict");
  if (theCase.stage === "closed" || theCase.stage === "closure_requested")
    throw invalidField("body", "not_allowed_in_stage", { stage: theCase.stage });
  const office = await db
    .selectFrom("service_providers")
    .select(["id", "name", "member_organisation_id"])
    .where("id", "=", input.providerId)
    .where("retired_at", "is", null)
    .executeTakeFirst();
  if (!office?.member_organisation_id || office.member_organisation_id === db.organisationId)
    throw invalidField("body.providerId", "not_an_office");
  const personId = theCase.primary_person_id;
  if (!personId) throw invalidField("body", "referral_unreadable");
  const basis = await sharingBasis(db, { personId, screeningConsent: false }, input.emergencyOverride, "body");
  const pending = await db
    .selectFrom("referrals")
    .select("id")
    .where("case_id", "=", caseId)
    .where("kind", "=", "transfer")
    .where("status", "in", ["sent", "acknowledged", "accepted"])
    .executeTakeFirst();
  if (pending) throw invalidField("body", "transfer_pending");
  const own = await db
    .selectFrom("organisations")
    .select("name")
    .where("id", "=", db.organisationId)
    .executeTakeFirstOrThrow();
  const [number] = await nextReferralNumbers(db, new Date().getUTCFullYear(), 1);
  const id = crypto.randomUUID();
  const now = new Date();
  const caseKey = basis.override ? await caseKeyOf(db, services, caseId) : undefined;
  const row = {
    organisation_id: db.organisationId,
    id,
    number: number as string,
    kind: "transfer" as const,
    to_organisation_id: office.member_organisation_id,
    from_organisation_name: own.name,
    to_organisation_name: office.name,
    case_id: caseId,
    screening_id: null,
    person_id: personId,
    team_id: theCase.team_id,
    created_by: db.actor.userId,
    provider_id: office.id,
    service_type: "CaseManagement",
    urgency: "normal" as const,
    reason: "MigrationOrChangeOfLocation",
    status: "sent" as const,
    shared_fields: [...SHAREABLE_FIELDS],
    wrapped_key: newReferralKey(services, id).wrapped,
    consent_id: basis.consentId,
    override_by: basis.override ? db.actor.userId : null,
    override_reason: basis.override && caseKey ? caseKey.seal(`referrals.override:${id}`, basis.override.reason) : null,
    sent_at: now,
    due_at: dueAt(now, "normal"),
  };
  const bundle = await bundleOf(db, services, caseId, personId);
  const shared_payload = await sealPayload(db, services, row, input.message ?? null, { transfer: bundle });
  await db.insertInto("referrals", [{ ...row, shared_payload }]).execute();
  await recordStep(db, row, { action: "create", from: null, to: "draft", detail: { transfer: true } });
  await recordStep(db, row, { action: "send", from: "draft", to: "sent", detail: { transfer: true } });
  return id;
}

/**
 * The receiving office takes the case over: its new case gets the story (events, plans, assistance, and the
 * old history as one entry), and the sender's case closes as referred — both in this one transaction.
 */
export async function takeOverTransfer(
  db: ScopedDb,
  services: Services,
  referral: { organisation_id: string; case_id: string | null; to_organisation_name: string; number: string },
  opened: { id: string; personId: string },
  bundle: TransferBundle,
): Promise<void> {
  for (const event of bundle.events) {
    await addEvent(db, services, opened.id, {
      eventType: event.eventType as never,
      personId: event.personId ? opened.personId : null,
      occurredOn: event.occurredOn,
      dateEstimated: event.dateEstimated,
      country: event.country as never,
      region: event.region,
      city: event.city,
      street: event.street,
      postalCode: event.postalCode,
      latitude: event.latitude,
      longitude: event.longitude,
      description: event.description,
    });
  }
  for (const plan of bundle.plans) {
    await addPlan(db, services, opened.id, {
      planType: plan.planType as never,
      objectives: plan.objectives,
      actionPlan: plan.actionPlan,
      plannedEndOn: plan.plannedEndOn,
      actualEndOn: plan.actualEndOn,
    });
  }
  for (const item of bundle.assistance) {
    if (item.status === "cancelled") continue;
    await recordAssistance(db, services, opened.id, {
      assistanceType: item.assistanceType,
      status: item.status,
      providedOn: item.providedOn,
      providerName: item.providerOrganisationName ?? item.providerName ?? referral.to_organisation_name,
      quantity: item.quantity,
      unit: item.unit as never,
      cost: item.cost,
      currency: item.currency,
      note: item.note,
    });
  }
  await recordHistory(db, [
    {
      caseId: opened.id,
      action: "case.transferred_in",
      changes: { from: bundle.caseNumber, openedOn: bundle.openedOn, history: bundle.history },
    },
  ]);
  const senderCaseId = referral.case_id;
  if (!senderCaseId) return;
  await db.onBehalfOf(referral.organisation_id, "case-transfer", async (sender) => {
    const row = await sender
      .selectFrom("cases")
      .select(["stage", "version"])
      .where("id", "=", senderCaseId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    await sender
      .updateTable("cases")
      .set({
        stage: "closed",
        status: htcdsStatusForStage("closed", true),
        closure_referred: true,
        closed_on: todayIso(),
        version: row.version + 1,
        updated_at: new Date(),
      })
      .where("id", "=", senderCaseId)
      .execute();
    await recordHistory(sender, [
      {
        caseId: senderCaseId,
        action: "case.transferred_out",
        changes: {
          stage: { from: row.stage, to: "closed" },
          referral: referral.number,
          to: referral.to_organisation_name,
        },
      },
    ]);
    sender.audit({ action: "case.transferred_out", recordType: "case", recordId: senderCaseId });
  });
}
