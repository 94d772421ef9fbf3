import { sql, type Updateable } from "kysely";
import type { StatusInput } from "../../../shared/api/referrals.js";
import { addDays, todayIso } from "../../../shared/dates.js";
import {
  mayTake,
  REFERRAL_TRANSITIONS,
  type ReferralAction,
  type ReferralParty,
} from "../../../shared/referrals/status.js";
import { AppError, invalidField } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import type { ProvidedItem, ReferralsTable } from "../../db/schema-referrals.js";
import type { Services } from "../../services.js";
import { ASSISTANCE } from "../assistance/assistance.service.js";
import { insertSubrecord } from "../assistance/case-subrecords.js";
import { addComment } from "./comments.service.js";
import { openCaseFromReferral } from "./open-case.service.js";
import { findIncoming, findOutgoing, type ReferralRow } from "./referral-access.js";
import { dueAt, sealPayload } from "./referral-create.service.js";
import { openPayload } from "./referral-keys.js";
import { sharingBasis } from "./referral-source.js";
import { recordStep } from "./referral-story.js";

type Changes = Updateable<ReferralsTable>;

/**
 * Moves a locked referral one step, if the party may take the action from its status and nobody changed it
 * since the caller read it. Two people accepting at once: the second finds a new version and gets 409, and
 * reads the referral again to see where it stands.
 */
async function step(
  db: ScopedDb,
  row: ReferralRow,
  action: ReferralAction,
  party: ReferralParty,
  version: number,
  changes: Changes,
  detail?: Record<string, unknown>,
): Promise<ReferralRow> {
  if (row.version !== version || !mayTake(action, row.status, party, row.to_organisation_id === null))
    throw new AppError("conflict");
  const to = REFERRAL_TRANSITIONS[action].to;
  const updated = await db
    .updateTable("referrals")
    .set({ ...changes, status: to, version: sql`version + 1`, updated_at: new Date() })
    .where("id", "=", row.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordStep(db, row, { action, from: row.status, to, ...(detail ? { detail } : {}) });
  return updated;
}

/** Sends a draft: the consent is checked now and the shared values are read now. */
export async function sendDraft(
  db: ScopedDb,
  services: Services,
  id: string,
  input: { version: number; emergencyOverride?: { reason: string } | undefined },
) {
  const row = await findOutgoing(db, id, { forUpdate: true });
  const screening = row.screening_id
    ? await db.selectFrom("screenings").select("consent_refer").where("id", "=", row.screening_id).executeTakeFirst()
    : undefined;
  const source = { personId: row.person_id, screeningConsent: screening?.consent_refer ?? false };
  const basis = await sharingBasis(db, source, input.emergencyOverride, "body");
  const sentAt = new Date();
  const payload = await sealPayload(db, services, row, openPayload(services, row).message);
  return step(
    db,
    row,
    "send",
    "sender",
    input.version,
    {
      shared_payload: payload,
      sent_at: sentAt,
      due_at: dueAt(sentAt, row.urgency),
      consent_id: basis.consentId,
      override_by: basis.override ? db.actor.userId : null,
    },
    basis.override ? { emergencyOverride: true } : { consent: true },
  );
}

export async function withdrawReferral(
  db: ScopedDb,
  services: Services,
  id: string,
  input: { version: number; note?: string | null | undefined },
) {
  const row = await findOutgoing(db, id, { forUpdate: true });
  const updated = await step(db, row, "withdraw", "sender", input.version, { finished_at: new Date() });
  if (input.note) await addComment(db, services, updated, input.note);
  return updated;
}

function checkAnswer(input: StatusInput): Changes {
  const now = new Date();
  switch (input.action) {
    case "acknowledge":
      return { acknowledged_at: now };
    case "accept":
      return { decided_at: now, receiver_user_id: null };
    case "decline":
      if (!input.declineReason) throw invalidField("body.declineReason", "required");
      return { decided_at: now, decline_reason: input.declineReason, finished_at: now };
    case "start":
      return { started_at: now };
    case "complete": {
      if (!input.provided?.length) throw invalidField("body.provided", "required");
      input.provided.forEach((item, index) => {
        // A day of slack: the server's UTC date is behind the offices east of it for a few hours after midnight.
        if (item.providedOn > addDays(todayIso(), 1))
          throw invalidField(`body.provided.${index}.providedOn`, "in_future");
        if (item.quantity != null && !item.unit) throw invalidField(`body.provided.${index}.unit`, "required");
      });
      const provided: ProvidedItem[] = input.provided.map((item) => ({
        assistanceType: item.assistanceType,
        providedOn: item.providedOn,
        quantity: item.quantity ?? null,
        unit: item.unit ?? null,
      }));
      return { finished_at: now, provided: JSON.stringify(provided) };
    }
    case "not_complete":
      if (!input.notCompletedReason) throw invalidField("body.notCompletedReason", "required");
      return { finished_at: now, not_completed_reason: input.notCompletedReason };
  }
}

/**
 * What was provided becomes assistance in the referring case, in the same transaction: the receiver's
 * completion is the one place it is typed. A receiver inside the deployment writes it through a named
 * hand-over to the sender's organisation.
 */
async function recordProvided(db: ScopedDb, services: Services, row: ReferralRow, items: ProvidedItem[]) {
  const caseId = row.case_id;
  if (!caseId) return;
  const write = async (sender: ScopedDb) => {
    for (const item of items)
      await insertSubrecord(sender, services, ASSISTANCE, caseId, {
        assistanceType: item.assistanceType,
        status: "provided",
        providedOn: item.providedOn,
        quantity: item.quantity,
        unit: item.unit,
        providerName: row.to_organisation_name,
        note: `${row.number}`,
      });
  };
  if (db.organisationId === row.organisation_id) await write(db);
  else await db.onBehalfOf(row.organisation_id, "referral-completion", write);
}

/**
 * The receiver's answer and progress; for a provider outside the deployment the sender records them as they
 * arrive. Either way a note goes to the conversation.
 */
export async function answerReferral(
  db: ScopedDb,
  services: Services,
  id: string,
  input: StatusInput,
  party: "receiver" | "sender",
) {
  const row =
    party === "receiver"
      ? await findIncoming(db, id, { forUpdate: true })
      : await findOutgoing(db, id, { forUpdate: true });
  if (party === "sender" && row.to_organisation_id !== null) throw new AppError("conflict");
  const changes = checkAnswer(input);
  if (input.action === "accept" && party === "receiver") changes.receiver_user_id = db.actor.userId;
  const detail: Record<string, unknown> = {};
  if (input.declineReason && input.action === "decline") detail.declineReason = input.declineReason;
  if (input.notCompletedReason && input.action === "not_complete") detail.notCompletedReason = input.notCompletedReason;
  if (input.action === "complete") detail.provided = input.provided?.length ?? 0;
  let updated = await step(db, row, input.action, party, input.version, changes, detail);
  if (input.action === "complete") await recordProvided(db, services, updated, updated.provided);
  if (input.note) await addComment(db, services, updated, input.note);
  // Accepting a transfer is taking the case over: the office's case opens now and the transfer is done.
  if (updated.kind === "transfer" && input.action === "accept") {
    await openCaseFromReferral(db, services, updated.id);
    const opened = await findIncoming(db, updated.id, { forUpdate: true });
    updated = await step(db, opened, "complete", "receiver", opened.version, { finished_at: new Date() });
  }
  return updated;
}
