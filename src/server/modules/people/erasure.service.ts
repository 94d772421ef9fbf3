import { sql } from "kysely";
import type { ScopedDb } from "../../access/scoped-db.js";
import { RecordKeys } from "../../crypto/record-keys.js";
import type { Services } from "../../services.js";
import { blankContacts } from "../hotline/contact-retention.js";

export interface ErasureReport {
  people: number;
  cases: number;
  keysDestroyed: number;
}

/**
 * Crypto-shredding of people, the cases where they are the victim, their screenings and hotline contacts: their record keys are destroyed
 * (a backup restored later holds only ciphertext for them once the erasure register is re-applied),
 * sealed columns and blind indexes are removed, and the clear statistical fields stay, so that figures
 * still count the case.
 */
export async function eraseIdentifyingData(
  db: ScopedDb,
  services: Services,
  personIds: readonly string[],
  extraCaseIds: readonly string[] = [],
): Promise<ErasureReport> {
  const victimCases = personIds.length
    ? await db
        .selectFrom("case_people")
        .select("case_id")
        .where("person_id", "in", [...personIds])
        .where("role", "=", "victim")
        .execute()
    : [];
  const caseIds = [...new Set([...victimCases.map((row) => row.case_id), ...extraCaseIds])];
  // Screenings of the person hold their answers under keys of their own: those go too.
  const screeningIds = personIds.length
    ? (
        await db
          .selectFrom("screenings")
          .select("id")
          .where("person_id", "in", [...personIds])
          .execute()
      ).map((row) => row.id)
    : [];
  // So do the hotline contacts linked to the person: the caller's number, name and notes.
  const contactIds = personIds.length
    ? (
        await db
          .selectFrom("hotline_contacts")
          .select("id")
          .where("person_id", "in", [...personIds])
          .execute()
      ).map((row) => row.id)
    : [];
  const keysDestroyed = await new RecordKeys(services.keyring).destroy(db, [
    ...personIds,
    ...caseIds,
    ...screeningIds,
    ...contactIds,
  ]);
  if (contactIds.length) await blankContacts(db, contactIds);
  if (screeningIds.length) {
    await db
      .updateTable("screenings")
      .set({ answers: "", override_reason: null })
      .where("id", "in", screeningIds)
      .execute();
  }
  const now = new Date();
  if (personIds.length) {
    const ids = [...personIds];
    await db
      .updateTable("people")
      .set({ identity: null, erased_at: now, updated_at: now })
      .where("id", "in", ids)
      .execute();
    await db.deleteFrom("person_search_keys").where("person_id", "in", ids).execute();
    await db.deleteFrom("person_name_trigrams").where("person_id", "in", ids).execute();
    await db.updateTable("consents").set({ sealed: null }).where("person_id", "in", ids).execute();
    // What was shared in referrals goes too, for the receiving organisation as well: the referral's key is
    // the only one that opens the shared values and the conversation, and no copy of it is kept.
    const shredded = await db
      .updateTable("referrals")
      .set({ wrapped_key: null, shared_payload: null, updated_at: now })
      .where("organisation_id", "=", db.organisationId)
      .where("person_id", "in", ids)
      .executeTakeFirst();
    if (Number(shredded.numUpdatedRows) > 0)
      db.audit({ action: "referral.shred", detail: { referrals: Number(shredded.numUpdatedRows) } });
  }
  if (caseIds.length) {
    await db
      .updateTable("cases")
      .set({ sealed: null, identifying_erased_at: now, updated_at: now })
      .where("id", "in", caseIds)
      .execute();
    for (const table of ["case_people", "trafficking_events", "support_plans", "assistance"] as const) {
      await db.updateTable(table).set({ sealed: null }).where("case_id", "in", caseIds).execute();
    }
    await db.updateTable("case_notes").set({ body: "" }).where("case_id", "in", caseIds).execute();
    await db
      .updateTable("attachments")
      .set({ file_name: "", content: sql<Buffer>`'\\x'::bytea` })
      .where("case_id", "in", caseIds)
      .execute();
  }
  return { people: personIds.length, cases: caseIds.length, keysDestroyed };
}
