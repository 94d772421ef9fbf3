import { type Expression, type SqlBool, sql } from "kysely";
import type { z } from "zod";
import type { Task, taskListQuery } from "../../../shared/api/case-records.js";
import { todayIso } from "../../../shared/dates.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { RecordKeys } from "../../crypto/record-keys.js";
import { pageOf } from "../../http/keyset.js";
import type { Services } from "../../services.js";
import { caseScope } from "../cases/case-access.js";
import { userNames } from "../cases/case-read.service.js";
import { contactScope } from "../hotline/contact-access.js";
import { screeningScope } from "../screening/screening-access.js";
import { afterTaskCursor, taskStateFilter, toTask } from "./tasks.service.js";

type TaskListQuery = z.infer<typeof taskListQuery>;

/**
 * Which tasks a scope names. Every scope stays inside the cases and screenings the actor reaches (their
 * scopes are applied on top), so a task assigned to someone never opens a record they may not see.
 */
function scopeFilter(db: ScopedDb, scope: TaskListQuery["scope"]): Expression<SqlBool> {
  const me = db.actor.userId;
  const mine = sql<SqlBool>`tasks.assignee_user_id = ${me}::uuid`;
  if (scope === "mine") return mine;
  if (scope === "all") return sql<SqlBool>`true`;
  const team = db.actor.teamId;
  if (!team) return mine;
  const members = db.selectFrom("users").select("users.id").where("users.team_id", "=", team);
  return sql<SqlBool>`(coalesce(cases.team_id, screenings.team_id, hotline_contacts.team_id) = ${team}::uuid OR tasks.assignee_user_id IN (${members}))`;
}

/**
 * The work list: tasks across the cases, screenings and hotline contacts the actor reaches, by due date, with each case's
 * number. An urgent task from a screening is due the day it is raised, so it leads the list.
 */
export async function listTasks(
  db: ScopedDb,
  services: Services,
  query: TaskListQuery,
): Promise<{ items: Task[]; nextCursor: string | null }> {
  const today = todayIso();
  let q = db
    .selectFrom("tasks")
    .leftJoin("cases", (join) =>
      join.onRef("cases.id", "=", "tasks.case_id").onRef("cases.organisation_id", "=", "tasks.organisation_id"),
    )
    .leftJoin("screenings", (join) =>
      join
        .onRef("screenings.id", "=", "tasks.screening_id")
        .onRef("screenings.organisation_id", "=", "tasks.organisation_id"),
    )
    .leftJoin("hotline_contacts", (join) =>
      join
        .onRef("hotline_contacts.id", "=", "tasks.contact_id")
        .onRef("hotline_contacts.organisation_id", "=", "tasks.organisation_id"),
    )
    .selectAll("tasks")
    .select("cases.case_number")
    .where(
      sql<SqlBool>`((tasks.case_id IS NOT NULL AND ${caseScope(db)})
        OR (tasks.case_id IS NULL AND tasks.screening_id IS NOT NULL AND ${screeningScope(db)})
        OR (tasks.case_id IS NULL AND tasks.contact_id IS NOT NULL AND ${contactScope(db)}))`,
    )
    .where(scopeFilter(db, query.scope))
    .where(taskStateFilter(query.status));
  if (query.overdue === true) q = q.where("tasks.done_at", "is", null).where("tasks.due_on", "<", today);
  if (query.overdue === false) q = q.where(sql<SqlBool>`NOT (tasks.done_at IS NULL AND tasks.due_on < ${today}::date)`);
  const after = afterTaskCursor(query.cursor);
  if (after) q = q.where(after);
  const rows = await q
    .orderBy("tasks.due_on")
    .orderBy("tasks.id")
    .limit(query.limit + 1)
    .execute();
  const page = pageOf(rows, query.limit, (row) => [row.due_on, row.id]);
  const caseIds = [...new Set(page.items.flatMap((row) => (row.case_id ? [row.case_id] : [])))];
  const screeningIds = [
    ...new Set(page.items.flatMap((row) => (!row.case_id && row.screening_id ? [row.screening_id] : []))),
  ];
  const contactIds = [
    ...new Set(page.items.flatMap((row) => (!row.case_id && row.contact_id ? [row.contact_id] : []))),
  ];
  const keys = await new RecordKeys(services.keyring).load(db, [...caseIds, ...screeningIds, ...contactIds]);
  const names = await userNames(
    db,
    page.items.map((row) => row.assignee_user_id),
  );
  db.audit({
    action: "task.worklist",
    recordType: "case",
    recordIds: caseIds,
    detail: { scope: query.scope, screeningIds, contactIds },
  });
  return {
    items: page.items.map((row) =>
      toTask(row, keys.get(row.case_id ?? row.screening_id ?? row.contact_id ?? ""), names, today),
    ),
    nextCursor: page.nextCursor,
  };
}
