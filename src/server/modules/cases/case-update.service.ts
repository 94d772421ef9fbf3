import { sql } from "kysely";
import type { z } from "zod";
import type { casePatch } from "../../../shared/api/cases.js";
import { addDays, todayIso } from "../../../shared/dates.js";
import { AppError, invalidField } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { RecordKeys } from "../../crypto/record-keys.js";
import type { Services } from "../../services.js";
import { openIdentity } from "../people/person-identity.js";
import { findCase, findCaseForUpdate } from "./case-access.js";
import { diff, recordHistory } from "./case-history.js";
import { openCaseSealed, userNames } from "./case-read.service.js";

type CasePatch = z.infer<typeof casePatch>;

export async function updateCase(db: ScopedDb, services: Services, caseId: string, patch: CasePatch) {
  const row = await findCaseForUpdate(db, caseId);
  if (row.version !== patch.version) throw new AppError("conflict");
  const keys = await new RecordKeys(services.keyring).load(db, [caseId, row.primary_person_id ?? caseId]);
  const caseKey = keys.get(caseId);
  if (patch.identifiedOn) {
    if (patch.identifiedOn > addDays(todayIso(), 1)) throw invalidField("body.identifiedOn", "in_future");
    const person = row.primary_person_id
      ? await db.selectFrom("people").select("identity").where("id", "=", row.primary_person_id).executeTakeFirst()
      : undefined;
    const birthDate = openIdentity(keys.get(row.primary_person_id ?? ""), person?.identity ?? null)?.birthDate;
    if (birthDate && patch.identifiedOn < birthDate) throw invalidField("body.identifiedOn", "before_birth");
  }
  const referral = patch.incomingReferral;
  const clear = {
    identified_on: patch.identifiedOn,
    referring_organisation_id: referral?.organisationId,
    referring_organisation_name: referral?.organisationName,
    incoming_referral_date: referral?.date,
    incoming_referral_reason: referral?.reason,
  };
  const set: Record<string, unknown> = { version: row.version + 1, updated_at: new Date() };
  for (const [column, value] of Object.entries(clear)) if (value !== undefined) set[column] = value;
  if (referral?.details !== undefined && caseKey)
    set.sealed = caseKey.sealFields("cases.sealed", {
      ...openCaseSealed(caseKey, row),
      incomingReferralDetails: referral.details,
    });
  await db.updateTable("cases").set(set).where("id", "=", caseId).execute();
  const changes = diff(row as unknown as Record<string, unknown>, clear);
  if (referral?.details !== undefined) changes.incomingReferralDetails = true;
  await recordHistory(db, [{ caseId, action: "case.updated", changes }]);
  db.audit({ action: "case.update", recordType: "case", recordId: caseId, detail: { fields: Object.keys(changes) } });
  return { version: row.version + 1 };
}

/** The case's own history, newest first. */
export async function caseHistory(db: ScopedDb, caseId: string) {
  await findCase(db, caseId);
  const rows = await db
    .selectFrom("case_history")
    .selectAll()
    .where("case_id", "=", caseId)
    .orderBy("at", "desc")
    // Entries of one moment (PGlite's clock reads in milliseconds) in the order made: ids are time-ordered.
    .orderBy("id", "desc")
    .limit(500)
    .execute();
  const names = await userNames(
    db,
    rows.map((r) => r.actor_user_id),
  );
  db.audit({ action: "case.history", recordType: "case", recordId: caseId });
  return {
    items: rows.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      actorUserId: r.actor_user_id,
      actorName: names.get(r.actor_user_id ?? "") ?? null,
      action: r.action,
      changes: r.changes as Record<string, unknown>,
    })),
  };
}

/** Who opened, listed or changed the case, from the audit trail: the per-record access log. */
export async function caseAccessLog(db: ScopedDb, caseId: string) {
  await findCase(db, caseId);
  const rows = await db
    .selectFrom("audit_log")
    .select(["at", "actor_label", "actor_user_id", "action", "outcome"])
    .where((eb) =>
      eb.or([
        eb.and([eb("record_type", "=", "case"), eb("record_id", "=", caseId)]),
        eb(sql<string[]>`record_ids`, "@>", sql<string[]>`ARRAY[${caseId}]::text[]`),
      ]),
    )
    .orderBy("seq", "desc")
    .limit(500)
    .execute();
  const names = await userNames(
    db,
    rows.map((r) => r.actor_user_id),
  );
  return {
    items: rows.map((r) => ({
      at: r.at.toISOString(),
      actorLabel: r.actor_label,
      actorName: names.get(r.actor_user_id ?? "") ?? null,
      action: r.action,
      outcome: r.outcome,
    })),
  };
}
