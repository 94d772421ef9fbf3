import type { ScopedDb } from "../../access/scoped-db.js";
import { RecordKeys } from "../../crypto/record-keys.js";
import type { Services } from "../../services.js";

/**
 * The retention rule for hotline contacts that never became part of a case: once the period has passed
 * since the contact, its key is destroyed and its sealed values and number key removed, as a case's are
 * after closure. Contacts linked to a case follow the case (and its person's erasure). The clear counting
 * fields stay, so the figures do not change. Returns how many contacts were shredded.
 */
export async function shredContactsBefore(db: ScopedDb, services: Services, cutoff: string): Promise<number> {
  const due = await db
    .selectFrom("hotline_contacts")
    .select("id")
    .where("case_id", "is", null)
    .where("status", "=", "completed")
    .where("started_at", "<", new Date(`${cutoff}T00:00:00Z`))
    // Already shredded contacts have neither a number key nor any sealed value left.
    .where((eb) =>
      eb.or([
        eb("caller_number_key", "is not", null),
        eb("caller_number", "is not", null),
        eb("caller_name", "is not", null),
        eb("caller_email", "is not", null),
        eb("notes", "is not", null),
        eb("follow_up_note", "is not", null),
      ]),
    )
    .execute();
  const ids = due.map((row) => row.id);
  if (ids.length === 0) return 0;
  await new RecordKeys(services.keyring).destroy(db, ids);
  await blankContacts(db, ids);
  return ids.length;
}

/** Sealed values and the number's blind key of shredded contacts; the clear counting fields stay. */
export async function blankContacts(db: ScopedDb, contactIds: readonly string[]): Promise<void> {
  const ids = [...contactIds];
  await db
    .updateTable("hotline_contacts")
    .set({
      caller_number: null,
      caller_number_key: null,
      caller_name: null,
      caller_email: null,
      notes: null,
      follow_up_note: null,
      updated_at: new Date(),
    })
    .where("id", "in", ids)
    .execute();
  await db.updateTable("hotline_consultations").set({ note: null }).where("contact_id", "in", ids).execute();
  await db
    .updateTable("law_enforcement_reports")
    .set({ reference: null, summary: null })
    .where("contact_id", "in", ids)
    .execute();
}
