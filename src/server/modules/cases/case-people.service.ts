import type { z } from "zod";
import type { casePersonInput } from "../../../shared/api/cases.js";
import { AppError, invalidField } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { RecordKeys } from "../../crypto/record-keys.js";
import type { Services } from "../../services.js";
import { createPerson, findVisiblePerson } from "../people/people.service.js";
import { findCaseForUpdate } from "./case-access.js";
import { refreshCaseFacts } from "./case-facts.js";
import { recordHistory } from "./case-history.js";
import { contextColumns, openContext } from "./victim-context.js";

type CasePersonInput = z.infer<typeof casePersonInput>;

/**
 * Links a person to a case with a role (a new person, or one already known), or updates the role and
 * context of a person already linked.
 */
export async function saveCasePerson(db: ScopedDb, services: Services, caseId: string, input: CasePersonInput) {
  const caseRow = await findCaseForUpdate(db, caseId);
  if (input.person && input.personId) throw invalidField("body.personId", "person_or_person_id");
  if (input.victim && input.role !== "victim") throw invalidField("body.victim", "role_mismatch");
  if (input.perpetrator && input.role !== "perpetrator") throw invalidField("body.perpetrator", "role_mismatch");
  const keys = new RecordKeys(services.keyring);
  const caseKey = await keys.loadOne(db, caseId);
  if (!caseKey) throw invalidField("body", "case_erased");
  let personId: string;
  if (input.person) {
    personId = (await createPerson(db, services, input.person)).id;
  } else if (input.personId) {
    personId = (await findVisiblePerson(db, input.personId)).id;
  } else {
    throw invalidField("body.person", "required");
  }
  const existing = await db
    .selectFrom("case_people")
    .selectAll()
    .where("case_id", "=", caseId)
    .where("person_id", "=", personId)
    .executeTakeFirst();
  const columns = contextColumns(
    caseKey,
    personId,
    input.victim,
    input.perpetrator,
    existing ? openContext(caseKey, existing) : {},
  );
  if (existing) {
    await db
      .updateTable("case_people")
      .set({
        ...columns,
        role: input.role,
        relationship: input.relationship !== undefined ? input.relationship : existing.relationship,
        updated_at: new Date(),
      })
      .where("case_id", "=", caseId)
      .where("person_id", "=", personId)
      .execute();
  } else {
    await db
      .insertInto("case_people", [
        {
          organisation_id: db.organisationId,
          case_id: caseId,
          person_id: personId,
          role: input.role,
          relationship: input.relationship ?? null,
          ...columns,
        },
      ])
      .execute();
  }
  await refreshCaseFacts(db, [caseId]);
  await db
    .updateTable("cases")
    .set({ version: caseRow.version + 1, updated_at: new Date() })
    .where("id", "=", caseId)
    .execute();
  await recordHistory(db, [
    {
      caseId,
      action: existing ? "case.person_updated" : "case.person_added",
      changes: { personId, role: input.role, fields: Object.keys(input.victim ?? input.perpetrator ?? {}) },
    },
  ]);
  db.audit({
    action: existing ? "case.person_update" : "case.person_add",
    recordType: "case",
    recordId: caseId,
    recordIds: [personId],
  });
  return { personId };
}

/**
 * Takes a person off a case (added by mistake, or not part of it after all). The case's main person
 * stays: a case is about someone. The person's record and their other cases are untouched; the victim
 * or perpetrator context of this case goes with the link, and the history says who was removed and why.
 */
export async function removeCasePerson(
  db: ScopedDb,
  caseId: string,
  input: { personId: string; reason: string; version: number },
) {
  const caseRow = await findCaseForUpdate(db, caseId);
  if (caseRow.version !== input.version) throw new AppError("conflict");
  if (input.personId === caseRow.primary_person_id) throw invalidField("body.personId", "primary_person");
  const removed = await db
    .deleteFrom("case_people")
    .where("case_id", "=", caseId)
    .where("person_id", "=", input.personId)
    .returning("role")
    .executeTakeFirst();
  if (!removed) throw invalidField("body.personId", "not_in_case");
  await refreshCaseFacts(db, [caseId]);
  await db
    .updateTable("cases")
    .set({ version: caseRow.version + 1, updated_at: new Date() })
    .where("id", "=", caseId)
    .execute();
  await recordHistory(db, [
    { caseId, action: "case.person_removed", changes: { personId: input.personId, role: removed.role } },
  ]);
  db.audit({
    action: "case.person_remove",
    recordType: "case",
    recordId: caseId,
    recordIds: [input.personId],
    reason: input.reason,
  });
  return { version: caseRow.version + 1 };
}
