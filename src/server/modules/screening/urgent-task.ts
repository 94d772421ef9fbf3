import { sql } from "kysely";
import { todayIso } from "../../../shared/dates.js";
import type { Language } from "../../../shared/i18n/languages.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import type { RecordKey } from "../../crypto/record-keys.js";
import { translator } from "../../i18n.js";
import { titleField } from "../case-records/tasks.service.js";

/**
 * Immediate danger cannot wait for a case to be opened: a task due today goes to a supervisor — of the
 * screener's team when it has one, else of the organisation — or stays unassigned for any supervisor's
 * team list when there is none. Its title is sealed under the screening's key, as a case task's is.
 */
export async function raiseUrgentTask(db: ScopedDb, key: RecordKey, screeningId: string, language: Language) {
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
        screening_id: screeningId,
        priority: "urgent",
        title: key.seal(titleField(id), translator(language)("screeningRecord.urgentTaskTitle")),
        due_on: todayIso(),
        assignee_user_id: assignee?.id ?? null,
        created_by: db.actor.userId,
      },
    ])
    .execute();
  db.audit({
    action: "task.add",
    recordType: "screening",
    recordId: screeningId,
    detail: { taskId: id, urgent: true },
  });
  return id;
}
