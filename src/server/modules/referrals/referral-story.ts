import type { ReferralStatus } from "../../../shared/referrals/status.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { newRecordId } from "../../db/record-ids.js";
import { recordHistory } from "../cases/case-history.js";
import type { ReferralRow } from "./referral-access.js";

/** The acting person's name as the other organisation will read it in the story. */
export async function actorLabel(db: ScopedDb): Promise<string> {
  if (!db.actor.userId) return db.actor.label;
  const user = await db.selectFrom("users").select("display_name").where("id", "=", db.actor.userId).executeTakeFirst();
  return user?.display_name ?? db.actor.label;
}

/**
 * One step of the referral's story, visible to both parties, and the same step in the sender's case history.
 * A receiver's step reaches the sender's case through a named hand-over, so the case tells the whole story.
 */
export async function recordStep(
  db: ScopedDb,
  referral: Pick<ReferralRow, "id" | "organisation_id" | "to_organisation_id" | "case_id" | "number">,
  step: { action: string; from: ReferralStatus | null; to: ReferralStatus; detail?: Record<string, unknown> },
): Promise<void> {
  await db
    .insertInto("referral_events", [
      {
        // Time-ordered: two steps of one request can share a moment on PGlite's millisecond clock, and the
        // story is read in the order of (at, id).
        id: newRecordId(),
        organisation_id: referral.organisation_id,
        to_organisation_id: referral.to_organisation_id,
        referral_id: referral.id,
        by_organisation_id: db.organisationId,
        by_user_id: db.actor.userId,
        by_label: await actorLabel(db),
        action: step.action,
        from_status: step.from,
        to_status: step.to,
        detail: step.detail ? JSON.stringify(step.detail) : null,
      },
    ])
    .execute();
  const audit = {
    action: `referral.${step.action}`,
    recordType: "referral",
    recordId: referral.id,
    detail: { from: step.from, to: step.to, ...step.detail },
  };
  db.audit(audit);
  const history = referral.case_id
    ? [
        {
          caseId: referral.case_id,
          action: `referral.${step.action}`,
          changes: { referral: referral.number, status: { from: step.from, to: step.to }, ...step.detail },
        },
      ]
    : [];
  // Each organisation's trail tells the story of its referrals whichever party acted, and the sender's case
  // history tells it too.
  if (db.organisationId === referral.organisation_id) {
    await recordHistory(db, history);
    if (referral.to_organisation_id && referral.to_organisation_id !== db.organisationId)
      await db.onBehalfOf(referral.to_organisation_id, "referral-sender", async (receiver) => receiver.audit(audit));
  } else {
    await db.onBehalfOf(referral.organisation_id, "referral-receiver", async (sender) => {
      await recordHistory(sender, history);
      sender.audit(audit);
    });
  }
}
