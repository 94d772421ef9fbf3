import { sql } from "kysely";
import { todayIso } from "../../../shared/dates.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import type { RecordKey } from "../../crypto/record-keys.js";
import { titleField } from "./tasks.service.js";

/** The record outside any case that raised an urgent task: a screening or a hotline contact. */
export type UrgentSubject = { kind: "screening"; id: string } | { kind: "contact"; id: string };

/**
 * Danger cannot wait for a case to be opened: a task due today goes to a supervisor — of the actor's team
 * when it has one, else of the organisation — or stays unassigned for any supervisor's team list when there
 * is none. Its title is sealed under the subject's key, as a case task's is under the case's.
 */
export async function raiseUrgentTask(db: ScopedDb, key: RecordKey, subject: UrgentSubject, title: string) {
  const supervisors = await db
    .selectFrom("users")
    .select(["id", "team_id"])
    .where("disabled_at", "is", null)
    .where(sql<boolean>`'supervisor' = ANY(roles)`)
    .orderBy("created_at")
    .execute();
  const assignee =
    supervisors.find((user) => db.actor.teamId && user.team_id === db.actor.teamId) ?? supervisors[0] ?? null;
  const id = crypto.randomUUID();
  await db
    .insertInto("tasks", [
      {
        organisation_id: db.organisationId,
        id,
        case_id: null,
        screening_id: subject.kind === "screening" ? subject.id : null,
        contact_id: subject.kind === "contact" ? subject.id : null,
        priority: "urgent",
        title: key.seal(titleField(id), title),
        due_on: todayIso(),
        assignee_user_id: assignee?.id ?? null,
        created_by: db.actor.userId,
      },
    ])
    .execute();
  db.audit({
    action: "task.add",
    recordType: subject.kind,
    recordId: subject.id,
    detail: { taskId: id, urgent: true },
  });
  return id;
}
