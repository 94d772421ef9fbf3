import { invalidField, notFound } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { RecordKeys } from "../../crypto/record-keys.js";
import type { Services } from "../../services.js";
import { refreshCaseFacts } from "../cases/case-facts.js";
import { recordHistory } from "../cases/case-history.js";
import { resealContext } from "../cases/victim-context.js";
import { findVisiblePerson } from "./people.service.js";

/** Moves a person's links in the given cases to another person record, re-sealing what is bound to the id. */
async function moveCaseLinks(db: ScopedDb, services: Services, fromId: string, toId: string, caseIds: string[]) {
  const links = await db
    .selectFrom("case_people")
    .selectAll()
    .where("person_id", "=", fromId)
    .where("case_id", "in", caseIds)
    .execute();
  const keys = await new RecordKeys(services.keyring).load(db, caseIds);
  for (const link of links) {
    await db
      .updateTable("case_people")
      .set({ person_id: toId, sealed: resealContext(keys.get(link.case_id), link, toId) })
      .where("case_id", "=", link.case_id)
      .where("person_id", "=", fromId)
      .execute();
  }
}

/**
 * Two records found to be one person: the merged record's case links move to the survivor, and the
 * merged record points at it (its identity, consents and search keys stay, so its spellings still find
 * the survivor). Undo moves the links back; both steps are in the case histories and the audit trail.
 */
export async function mergePeople(db: ScopedDb, services: Services, survivorId: string, mergedId: string) {
  if (survivorId === mergedId) throw invalidField("body.personId", "same_person");
  const survivor = await findVisiblePerson(db, survivorId);
  const merged = await findVisiblePerson(db, mergedId);
  if (survivor.merged_into || survivor.erased_at) throw invalidField("body.personId", "not_usable");
  if (merged.merged_into || merged.erased_at) throw invalidField("body.personId", "not_usable");
  const links = await db.selectFrom("case_people").select("case_id").where("person_id", "=", mergedId).execute();
  const survivorCases = new Set(
    (await db.selectFrom("case_people").select("case_id").where("person_id", "=", survivorId).execute()).map(
      (r) => r.case_id,
    ),
  );
  const caseIds = links.map((link) => link.case_id);
  if (caseIds.some((id) => survivorCases.has(id))) throw invalidField("body.personId", "same_case");
  if (caseIds.length) {
    await moveCaseLinks(db, services, mergedId, survivorId, caseIds);
    await db
      .updateTable("cases")
      .set({ primary_person_id: survivorId })
      .where("primary_person_id", "=", mergedId)
      .execute();
    await refreshCaseFacts(db, caseIds);
  }
  await db
    .updateTable("people")
    .set({ merged_into: survivorId, updated_at: new Date() })
    .where("id", "=", mergedId)
    .execute();
  const id = crypto.randomUUID();
  await db
    .insertInto("person_merges", [
      {
        organisation_id: db.organisationId,
        id,
        survivor_id: survivorId,
        merged_id: mergedId,
        moved_case_ids: caseIds,
        merged_by: db.actor.userId,
      },
    ])
    .execute();
  // Both sides' cases tell of the merge: the moved ones and those the survivor already had.
  await recordHistory(
    db,
    [...caseIds, ...survivorCases].map((caseId) => ({
      caseId,
      action: "person.merged",
      changes: { mergeId: id, from: mergedId, to: survivorId },
    })),
  );
  db.audit({
    action: "person.merge",
    recordType: "person",
    recordId: survivorId,
    recordIds: [survivorId, mergedId],
    detail: { mergeId: id },
  });
  return { mergeId: id, movedCases: caseIds.length };
}

export async function undoMerge(db: ScopedDb, services: Services, mergeId: string) {
  const merge = await db.selectFrom("person_merges").selectAll().where("id", "=", mergeId).executeTakeFirst();
  if (!merge) throw notFound();
  await findVisiblePerson(db, merge.survivor_id);
  if (merge.undone_at) throw invalidField("path.id", "already_undone");
  const caseIds = merge.moved_case_ids;
  if (caseIds.length) {
    await moveCaseLinks(db, services, merge.survivor_id, merge.merged_id, caseIds);
    await db
      .updateTable("cases")
      .set({ primary_person_id: merge.merged_id })
      .where("primary_person_id", "=", merge.survivor_id)
      .where("id", "in", caseIds)
      .execute();
    await refreshCaseFacts(db, caseIds);
  }
  await db
    .updateTable("people")
    .set({ merged_into: null, updated_at: new Date() })
    .where("id", "=", merge.merged_id)
    .execute();
  await db
    .updateTable("person_merges")
    .set({ undone_at: new Date(), undone_by: db.actor.userId })
    .where("id", "=", mergeId)
    .execute();
  const survivorCases = await db
    .selectFrom("case_people")
    .select("case_id")
    .where("person_id", "=", merge.survivor_id)
    .execute();
  await recordHistory(
    db,
    [...caseIds, ...survivorCases.map((row) => row.case_id)].map((caseId) => ({
      caseId,
      action: "person.merge_undone",
      changes: { mergeId },
    })),
  );
  db.audit({
    action: "person.merge_undo",
    recordType: "person",
    recordId: merge.merged_id,
    recordIds: [merge.survivor_id, merge.merged_id],
  });
  return { restoredCases: caseIds.length };
}
