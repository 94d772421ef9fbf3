import { sql } from "kysely";
import type { ActivityDetail, ActivityDetails, ActivityListQuery } from "../../../shared/api/activities.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import type { Keyring } from "../../crypto/keyring.js";
import { decodeCursor, pageOf } from "../../http/keyset.js";
import { invalidCursor, isUuid } from "../case-records/newest-first.js";
import { userNames } from "../cases/case-read.service.js";
import { isMonthLocked } from "../reporting-periods/period-lock.js";
import { type ActivityRow, findActivity } from "./activity-access.js";
import { activitiesWithOffice, SUMMARY_COLUMNS, type SummaryRow, toSummary } from "./activity-rows.js";
import { fileSummaries } from "./files.service.js";
import { participantCount } from "./participants.service.js";
import { photoSummaries } from "./photos.service.js";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `%word%` for ILIKE, with the pattern's own characters taken literally. */
const containing = (word: string) => `%${word.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

/** The activities of the caller's organisation passing the filters: newest end date first, keyset pages. */
export async function listActivities(db: ScopedDb, query: ActivityListQuery) {
  let q = activitiesWithOffice(db).select(SUMMARY_COLUMNS);
  if (query.from) q = q.where("activities.period_month", ">=", `${query.from}-01`);
  if (query.to) q = q.where("activities.period_month", "<=", `${query.to}-01`);
  if (query.officeId) q = q.where("activities.office_id", "=", query.officeId);
  if (query.kind) q = q.where("activities.kind", "=", query.kind);
  if (query.section) q = q.where("activities.section", "=", query.section);
  if (query.status) q = q.where("activities.status", "=", query.status);
  for (const word of (query.q ?? "").split(/\s+/).filter(Boolean)) {
    q = q.where(
      sql<boolean>`(activities.title || ' ' || activities.narrative || ' ' || array_to_string(activities.partners, ' ')) ILIKE ${containing(word)}`,
    );
  }
  const after = decodeCursor(query.cursor, 2);
  if (after) {
    const [endsOn, id] = after;
    if (typeof endsOn !== "string" || !DATE.test(endsOn) || !isUuid(id)) invalidCursor();
    q = q.where(sql<boolean>`(activities.ends_on, activities.id) < (${endsOn}::date, ${id}::uuid)`);
  }
  const rows = (await q
    .orderBy("activities.ends_on", "desc")
    .orderBy("activities.id", "desc")
    .limit(query.limit + 1)
    .execute()) as SummaryRow[];
  const page = pageOf(rows, query.limit, (row) => [row.ends_on, row.id]);
  return { items: page.items.map(toSummary), nextCursor: page.nextCursor };
}

/** What the caller may do with an activity now: its status, the month's lock and their permissions. */
export function allowedSteps(db: ScopedDb, status: ActivityRow["status"], locked: boolean) {
  const writes = db.actor.permissions.has("activity.write") && !locked;
  const approves = db.actor.permissions.has("activity.approve") && !locked;
  return {
    edit: writes && status === "draft",
    submit: writes && status === "draft",
    approve: approves && status === "submitted",
    return: approves && status !== "draft",
  };
}

/** The whole activity as its page shows it: no names of participants, only how many. */
export async function getActivity(db: ScopedDb, keyring: Keyring, id: string): Promise<ActivityDetail> {
  const row = await findActivity(db, id);
  const office = await db
    .selectFrom("offices")
    .select("name")
    .where("id", "=", row.office_id)
    .executeTakeFirstOrThrow();
  const locked = await isMonthLocked(db, row.office_id, row.period_month);
  const names = await userNames(db, [row.submitted_by, row.approved_by, row.created_by]);
  const nameOf = (userId: string | null) => (userId ? (names.get(userId) ?? null) : null);
  const summary = toSummary({ ...row, office_name: office.name, locked_at: locked ? new Date() : null });
  return {
    ...summary,
    narrative: row.narrative,
    partners: row.partners,
    admin1Pcode: row.admin1_pcode,
    details: row.details as ActivityDetails,
    participantListCount: await participantCount(db, keyring, row.id, row.participant_list),
    photos: await photoSummaries(db, row.id),
    files: await fileSummaries(db, row.id),
    submittedAt: row.submitted_at?.toISOString() ?? null,
    submittedBy: nameOf(row.submitted_by),
    approvedAt: row.approved_at?.toISOString() ?? null,
    approvedBy: nameOf(row.approved_by),
    returnedReason: row.returned_reason,
    createdBy: nameOf(row.created_by),
    version: row.version,
    can: allowedSteps(db, row.status, locked),
  };
}
