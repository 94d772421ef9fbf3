import { invalidField } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { findScreening } from "./screening-access.js";

/** Links a screening the actor reaches to the case opened from it and to the case's person. */
export async function linkScreening(
  db: ScopedDb,
  screeningId: string,
  caseId: string,
  personId: string,
): Promise<void> {
  const screening = await findScreening(db, screeningId, { forUpdate: true }).catch(() => {
    throw invalidField("body.screeningId", "unknown_screening");
  });
  if (screening.case_id !== null) throw invalidField("body.screeningId", "screening_has_case");
  await db
    .updateTable("screenings")
    .set({ case_id: caseId, person_id: screening.person_id ?? personId })
    .where("id", "=", screeningId)
    .execute();
  db.audit({ action: "screening.link_case", recordType: "screening", recordId: screeningId, detail: { caseId } });
}
