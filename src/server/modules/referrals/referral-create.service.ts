import type { ReferralInput } from "../../../shared/api/referrals.js";
import { DEFAULT_SHARED_FIELDS, type ShareableField } from "../../../shared/referrals/fields.js";
import { ANSWER_DUE_HOURS, type ReferralUrgency } from "../../../shared/referrals/vocab.js";
import { can } from "../../access/actor.js";
import { invalidField } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import type { Services } from "../../services.js";
import { caseKeyOf } from "../assistance/case-subrecords.js";
import { findCaseForUpdate } from "../cases/case-access.js";
import type { ReferralRow } from "./referral-access.js";
import { newReferralKey, PAYLOAD_FIELD, referralKeyOf } from "./referral-keys.js";
import { nextReferralNumbers, recordStep } from "./referral-story.js";
import { sharedValuesOf } from "./shared-values.js";

const CONSENT_PURPOSE = "referral_sharing";

/** The person of the case the referral is about: the one named, else the case's victim. */
async function subjectOf(db: ScopedDb, caseId: string, personId: string | undefined): Promise<string> {
  const people = await db
    .selectFrom("case_people")
    .select(["person_id", "role"])
    .where("case_id", "=", caseId)
    .execute();
  if (personId) {
    if (!people.some((p) => p.person_id === personId)) throw invalidField("body.personId", "not_in_case");
    return personId;
  }
  const victim = people.find((p) => p.role === "victim") ?? people[0];
  if (!victim) throw invalidField("body.personId", "required");
  return victim.person_id;
}

/**
 * The consent in force for sharing, or the supervisor's emergency override. Without either nothing is sent,
 * and the answer says why, so that the caseworker can record the consent or call a supervisor.
 */
export async function sharingBasis(
  db: ScopedDb,
  personId: string,
  override: { reason: string } | undefined,
  field: string,
): Promise<{ consentId: string | null; override: { reason: string } | null }> {
  const latest = await db
    .selectFrom("consents")
    .select(["id", "decision"])
    .where("person_id", "=", personId)
    .where("purpose", "=", CONSENT_PURPOSE)
    .orderBy("created_at", "desc")
    .limit(1)
    .executeTakeFirst();
  if (latest?.decision === "given") return { consentId: latest.id, override: null };
  if (!override) throw invalidField(field, latest ? `sharing_consent_${latest.decision}` : "sharing_consent_missing");
  if (!can(db.actor, "case.approve")) throw invalidField(`${field}.emergencyOverride`, "override_supervisor_only");
  return { consentId: null, override };
}

export function dueAt(sentAt: Date, urgency: ReferralUrgency): Date {
  return new Date(sentAt.getTime() + ANSWER_DUE_HOURS[urgency] * 3_600_000);
}

/** Seals the shared values and the message as they are now, under the referral's key. */
export async function sealPayload(
  db: ScopedDb,
  services: Services,
  referral: Pick<ReferralRow, "id" | "wrapped_key" | "case_id" | "person_id" | "shared_fields">,
  message: string | null,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const key = referralKeyOf(services, referral);
  if (!key || !referral.case_id || !referral.person_id) throw invalidField("body", "referral_unreadable");
  const fields = referral.shared_fields as ShareableField[];
  const shared = await sharedValuesOf(db, services, referral.case_id, referral.person_id, fields);
  return key.sealJson(PAYLOAD_FIELD, { ...extra, shared, message });
}

/** One referral per service, from a case, in one transaction: all of them or none. */
export async function createReferrals(db: ScopedDb, services: Services, input: ReferralInput): Promise<string[]> {
  const theCase = await findCaseForUpdate(db, input.caseId);
  const personId = await subjectOf(db, theCase.id, input.personId);
  const send = input.send ?? true;
  const basis = send ? await sharingBasis(db, personId, input.emergencyOverride, "body") : null;
  const targets = await db
    .selectFrom("services")
    .innerJoin("service_providers", "service_providers.id", "services.provider_id")
    .select([
      "services.id",
      "services.name",
      "services.service_type",
      "services.provider_id",
      "services.retired_at",
      "service_providers.name as provider_name",
      "service_providers.member_organisation_id",
    ])
    .where("services.id", "in", input.serviceIds)
    .execute();
  input.serviceIds.forEach((id, index) => {
    const target = targets.find((t) => t.id === id);
    if (!target) throw invalidField(`body.serviceIds.${index}`, "unknown_value");
    if (target.retired_at) throw invalidField(`body.serviceIds.${index}`, "service_retired");
  });
  const own = await db
    .selectFrom("organisations")
    .select("name")
    .where("id", "=", db.organisationId)
    .executeTakeFirstOrThrow();
  const numbers = await nextReferralNumbers(db, new Date().getUTCFullYear(), input.serviceIds.length);
  const fields = [...new Set(input.sharedFields ?? DEFAULT_SHARED_FIELDS)];
  const caseKey = basis?.override ? await caseKeyOf(db, services, theCase.id) : undefined;
  const now = new Date();
  const ids: string[] = [];
  for (const [index, serviceId] of input.serviceIds.entries()) {
    const target = targets.find((t) => t.id === serviceId) as (typeof targets)[number];
    const id = crypto.randomUUID();
    const { wrapped } = newReferralKey(services, id);
    const row = {
      organisation_id: db.organisationId,
      id,
      number: numbers[index] as string,
      to_organisation_id: target.member_organisation_id,
      from_organisation_name: own.name,
      to_organisation_name: target.provider_name,
      case_id: theCase.id,
      person_id: personId,
      team_id: theCase.team_id,
      created_by: db.actor.userId,
      service_id: target.id,
      provider_id: target.provider_id,
      service_type: target.service_type,
      urgency: input.urgency,
      reason: input.reason,
      status: send ? ("sent" as const) : ("draft" as const),
      shared_fields: fields,
      wrapped_key: wrapped,
      consent_id: basis?.consentId ?? null,
      override_by: basis?.override ? db.actor.userId : null,
      override_reason:
        basis?.override && caseKey ? caseKey.seal(`referrals.override:${id}`, basis.override.reason) : null,
      sent_at: send ? now : null,
      due_at: send ? dueAt(now, input.urgency) : null,
    };
    const shared_payload = await sealPayload(db, services, row, input.message ?? null);
    await db.insertInto("referrals", [{ ...row, shared_payload }]).execute();
    await recordStep(db, row, { action: "create", from: null, to: "draft", detail: { fields } });
    if (send)
      await recordStep(db, row, {
        action: "send",
        from: "draft",
        to: "sent",
        detail: basis?.override ? { emergencyOverride: true } : { consent: true },
      });
    ids.push(id);
  }
  return ids;
}
