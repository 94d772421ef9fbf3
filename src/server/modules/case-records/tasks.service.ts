import { type Selectable, sql } from "kysely";
import type { z } from "zod";
import type { caseTaskListQuery, Task, taskInput, taskPatch } from "../../../shared/api/case-records.js";
import { addDays, todayIso } from "../../../shared/dates.js";
import { invalidField, notFound } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { type RecordKey, RecordKeys } from "../../crypto/record-keys.js";
import type { TasksTable } from "../../db/schema-cases.js";
import { decodeCursor, pageOf } from "../../http/keyset.js";
import type { Services } from "../../services.js";
import { findCase } from "../cases/case-access.js";
import { diff } from "../cases/case-history.js";
import { userNames } from "../cases/case-read.service.js";
import { caseChanged, reachThroughCase } from "../cases/case-subrecord.js";
import { findContact } from "../hotline/contact-access.js";
import { findScreening } from "../screening/screening-access.js";
import { caseForWrite, openText, requireKey } from "./case-write.js";
import { invalidCursor, isUuid } from "./newest-first.js";

type TaskRow = Selectable<TasksTable> & { case_number: string | null };

export const titleField = (taskId: string) => `tasks.title:${taskId}`;

export function toTask(row: TaskRow, key: RecordKey | undefined, names: Map<string, string>, today: string): Task {
  const done = row.done_at !== null;
  return {
    id: row.id,
    caseId: row.case_id,
    caseNumber: row.case_number,
    screeningId: row.screening_id,
    contactId: row.contact_id,
    priority: row.priority,
    title: openText(key, titleField(row.id), row.title),
    dueOn: row.due_on,
    assigneeUserId: row.assignee_user_id,
    assigneeName: names.get(row.assignee_user_id ?? "") ?? null,
    done,
    doneAt: row.done_at ? row.done_at.toISOString() : null,
    overdue: !done && row.due_on < today,
    createdBy: row.created_by,
    createdAt: row.created_at.toISOString(),
  };
}

/** The condition "after the cursor's row" for tasks ordered by (due_on, id), or undefined on the first page. */
export function afterTaskCursor(cursor: string | undefined) {
  const after = decodeCursor(cursor, 2);
  if (!after) return undefined;
  const [dueOn, id] = after;
  if (typeof dueOn !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(dueOn) || !isUuid(id)) return invalidCursor();
  return sql<boolean>`(tasks.due_on, tasks.id) > (${dueOn}::date, ${id}::uuid)`;
}

export function taskStateFilter(status: "open" | "done" | "all") {
  if (status === "open") return sql<boolean>`tasks.done_at IS NULL`;
  if (status === "done") return sql<boolean>`tasks.done_at IS NOT NULL`;
  return sql<boolean>`true`;
}

/** A task is given to an active user of the organisation (or to nobody). */
export async function checkAssignee(db: ScopedDb, userId: string | null): Promise<string | null> {
  if (userId === null) return null;
  const user = await db
    .selectFrom("users")
    .select("id")
    .where("id", "=", userId)
    .where("disabled_at", "is", null)
    .executeTakeFirst();
  if (!user) throw invalidField("body.assigneeUserId", "unknown_user");
  return user.id;
}

/** A task as the API shows it; its title opens with the key of its case, or of its screening. */
export async function readTask(db: ScopedDb, services: Services, taskId: string, key?: RecordKey): Promise<Task> {
  const row = await db
    .selectFrom("tasks")
    .leftJoin("cases", (join) =>
      join.onRef("cases.id", "=", "tasks.case_id").onRef("cases.organisation_id", "=", "tasks.organisation_id"),
    )
    .selectAll("tasks")
    .select("cases.case_number")
    .where("tasks.id", "=", taskId)
    .executeTakeFirstOrThrow();
  const subject = row.case_id ?? row.screening_id ?? row.contact_id;
  const subjectKey = key ?? (subject ? await new RecordKeys(services.keyring).loadOne(db, subject) : undefined);
  return toTask(row, subjectKey, await userNames(db, [row.assignee_user_id]), todayIso());
}

/** The case's tasks by due date. */
export async function listCaseTasks(
  db: ScopedDb,
  services: Services,
  caseId: string,
  query: z.infer<typeof caseTaskListQuery>,
) {
  const caseRow = await findCase(db, caseId);
  const after = afterTaskCursor(query.cursor);
  let q = db.selectFrom("tasks").selectAll().where("case_id", "=", caseId).where(taskStateFilter(query.status));
  if (after) q = q.where(after);
  const rows = await q
    .orderBy("due_on")
    .orderBy("id")
    .limit(query.limit + 1)
    .execute();
  const page = pageOf(rows, query.limit, (row) => [row.due_on, row.id]);
  const key = await new RecordKeys(services.keyring).loadOne(db, caseId);
  const names = await userNames(
    db,
    page.items.map((row) => row.assignee_user_id),
  );
  const today = todayIso();
  db.audit({ action: "task.list", recordType: "case", recordId: caseId, detail: { count: page.items.length } });
  return {
    items: page.items.map((row) => toTask({ ...row, case_number: caseRow.case_number }, key, names, today)),
    nextCursor: page.nextCursor,
  };
}

/** A new follow-up task; its due date may be at most a day in the past (time zones), not earlier. */
export async function addTask(db: ScopedDb, services: Services, caseId: string, input: z.infer<typeof taskInput>) {
  if (input.dueOn < addDays(todayIso(), -1)) throw invalidField("body.dueOn", "in_past");
  const { key } = await caseForWrite(db, services, caseId);
  const sealer = requireKey(key, "body.title");
  const assignee = await checkAssignee(db, input.assigneeUserId === undefined ? db.actor.userId : input.assigneeUserId);
  const id = crypto.randomUUID();
  await db
    .insertInto("tasks", [
      {
        organisation_id: db.organisationId,
        id,
        case_id: caseId,
        title: sealer.seal(titleField(id), input.title),
        due_on: input.dueOn,
        assignee_user_id: assignee,
        created_by: db.actor.userId,
      },
    ])
    .execute();
  await caseChanged(db, {
    caseId,
    action: "task.added",
    changes: { title: true, dueOn: { from: null, to: input.dueOn }, assigneeUserId: { from: null, to: assignee } },
  });
  db.audit({ action: "task.add", recordType: "case", recordId: caseId, detail: { taskId: id } });
  return readTask(db, services, id, key);
}

/** Changes a task: title, due date (past dates allowed for an existing task), assignee, done or not. */
export async function updateTask(db: ScopedDb, services: Services, taskId: string, patch: z.infer<typeof taskPatch>) {
  const subject = await db
    .selectFrom("tasks")
    .select(["case_id", "screening_id", "contact_id"])
    .where("id", "=", taskId)
    .executeTakeFirst();
  if (subject && subject.case_id === null && subject.screening_id !== null) {
    return updateSubjectTask(db, services, taskId, { kind: "screening", id: subject.screening_id }, patch);
  }
  if (subject && subject.case_id === null && subject.contact_id !== null) {
    return updateSubjectTask(db, services, taskId, { kind: "contact", id: subject.contact_id }, patch);
  }
  const { row } = await reachThroughCase(db, "tasks", taskId);
  const caseId = row.case_id as string;
  const key = await new RecordKeys(services.keyring).loadOne(db, caseId);
  const changes = await applyTaskPatch(db, key, row, patch);
  await caseChanged(db, { caseId, action: "task.updated", changes });
  db.audit({
    action: "task.update",
    recordType: "case",
    recordId: caseId,
    detail: { taskId, fields: Object.keys(changes) },
  });
  return readTask(db, services, taskId, key);
}

/**
 * A task raised by a screening or a hotline contact: reached through that record, so its scope decides, as
 * a case's does.
 */
async function updateSubjectTask(
  db: ScopedDb,
  services: Services,
  taskId: string,
  subject: { kind: "screening" | "contact"; id: string },
  patch: z.infer<typeof taskPatch>,
) {
  if (subject.kind === "screening") await findScreening(db, subject.id, { forUpdate: true });
  else await findContact(db, subject.id, { forUpdate: true });
  const row = await db.selectFrom("tasks").selectAll().where("id", "=", taskId).forUpdate().executeTakeFirst();
  const column = subject.kind === "screening" ? "screening_id" : "contact_id";
  if (!row || row[column] !== subject.id) throw notFound();
  const key = await new RecordKeys(services.keyring).loadOne(db, subject.id);
  const changes = await applyTaskPatch(db, key, row, patch);
  db.audit({
    action: "task.update",
    recordType: subject.kind,
    recordId: subject.id,
    detail: { taskId, fields: Object.keys(changes) },
  });
  return readTask(db, services, taskId, key);
}

/** Writes a patch to a locked task row; returns what changed, for the history and the audit entry. */
async function applyTaskPatch(
  db: ScopedDb,
  key: RecordKey | undefined,
  row: Selectable<TasksTable>,
  patch: z.infer<typeof taskPatch>,
) {
  const set: Record<string, unknown> = {};
  if (patch.title !== undefined) set.title = requireKey(key, "body.title").seal(titleField(row.id), patch.title);
  if (patch.dueOn !== undefined) set.due_on = patch.dueOn;
  if (patch.assigneeUserId !== undefined) set.assignee_user_id = await checkAssignee(db, patch.assigneeUserId);
  if (patch.done !== undefined) set.done_at = patch.done ? (row.done_at ?? new Date()) : null;
  await db.updateTable("tasks").set(set).where("id", "=", row.id).execute();
  const changes = diff(
    { dueOn: row.due_on, assigneeUserId: row.assignee_user_id, done: row.done_at !== null },
    { dueOn: patch.dueOn, assigneeUserId: set.assignee_user_id, done: patch.done },
  );
  if (patch.title !== undefined) changes.title = true;
  return changes;
}
