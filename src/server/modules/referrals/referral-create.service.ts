import type { ReferralInput } from "../../../shared/api/referrals.js";
import { DEFAULT_SHARED_FIELDS, type ShareableField } from "../../../shared/referrals/fields.js";
import { ANSWER_DUE_HOURS, type ReferralUrgency } from "../../../shared/referrals/vocab.js";
import { invalidField } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { RecordKeys } from "../../crypto/record-keys.js";
import type { Services } from "../../services.js";
import { nextReferralNumbers } from "../cases/case-numbers.js";
import type { ReferralRow } from "./referral-access.js";
import { newReferralKey, PAYLOAD_FIELD, referralKeyOf } from "./referral-keys.js";
import { sharedValuesFor, sharingBasis, sourceOf } from "./referral-source.js";
import { recordStep } from "./referral-story.js";

export function dueAt(sentAt: Date, urgency: ReferralUrgency): Date {
  return new Date(sentAt.getTime() + ANSWER_DUE_HOURS[urgency] * 3_600_000);
}

/** Seals the shared values and the message as they are now, under the referral's key. */
export async function sealPayload(
  db: ScopedDb,
  services: Services,
  referral: Pick<ReferralRow, "id" | "wrapped_key" | "case_id" | "screening_id" | "person_id" | "shared_fields">,
  message: string | null,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const key = referralKeyOf(services, referral);
  if (!key) throw invalidField("body", "referral_unreadable");
  const source = { caseId: referral.case_id, screeningId: referral.screening_id, personId: referral.person_id };
  const shared = await sharedValuesFor(db, services, source, referral.shared_fields as ShareableField[]);
  return key.sealJson(PAYLOAD_FIELD, { ...extra, shared, message });
}

/** One referral per service, from a case or a screening, in one transaction: all of them or none. */
export async function createReferrals(db: ScopedDb, services: Services, input: ReferralInput): Promise<string[]> {
  const source = await sourceOf(db, input);
  const send = input.send ?? true;
  const basis = send ? await sharingBasis(db, source, input.emergencyOverride, "body") : null;
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
  // The override's reason is sealed under the key of the record it concerns.
  const overrideKey = basis?.override
    ? await new RecordKeys(services.keyring).loadOne(db, (source.caseId ?? source.screeningId) as string)
    : undefined;
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
      case_id: source.caseId,
      screening_id: source.screeningId,
      person_id: source.personId,
      team_id: source.teamId,
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
        basis?.override && overrideKey ? overrideKey.seal(`referrals.override:${id}`, basis.override.reason) : null,
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
