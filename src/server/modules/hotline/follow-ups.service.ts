import { type SqlBool, sql } from "kysely";
import type { z } from "zod";
import type { followUp, followUpQuery } from "../../../shared/api/hotline.js";
import { todayIso } from "../../../shared/dates.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { RecordKeys } from "../../crypto/record-keys.js";
import { decodeCursor, pageOf } from "../../http/keyset.js";
import type { Services } from "../../services.js";
import { userNames } from "../cases/case-read.service.js";
import { contactScope } from "./contact-access.js";
import { visibleCaseNumbers } from "./contact-read.service.js";
import { contactField } from "./contact-values.js";

type FollowUp = z.infer<typeof followUp>;

/**
 * The shift's follow-up queue: open follow-ups of the contacts the actor reaches (the team's), earliest
 * due first, each with its handover note. Opening the notes is audited.
 */
export async function listFollowUps(
  db: ScopedDb,
  services: Services,
  query: z.infer<typeof followUpQuery>,
): Promise<{ items: FollowUp[]; nextCursor: string | null }> {
  const today = todayIso();
  let q = db
    .selectFrom("hotline_contacts")
    .selectAll()
    .where("follow_up_on", "is not", null)
    .where("follow_up_done_at", "is", null)
    .where(contactScope(db));
  if (query.when === "due") q = q.where("follow_up_on", "<=", today);
  const after = decodeCursor(query.cursor, 2);
  if (after) q = q.where(sql<SqlBool>`(follow_up_on, id) > (${String(after[0])}::date, ${String(after[1])}::uuid)`);
  const rows = await q
    .orderBy("follow_up_on")
    .orderBy("id")
    .limit(query.limit + 1)
    .execute();
  const page = pageOf(rows, query.limit, (row) => [row.follow_up_on ?? "", row.id]);
  const ids = page.items.map((row) => row.id);
  const keys = await new RecordKeys(services.keyring).load(db, ids);
  const names = await userNames(
    db,
    page.items.map((row) => row.operator_user_id),
  );
  const cases = await visibleCaseNumbers(
    db,
    page.items.map((row) => row.case_id),
  );
  db.audit({ action: "hotline.follow_ups", recordType: "contact", recordIds: ids, detail: { when: query.when } });
  return {
    items: page.items.map((row) => {
      const key = keys.get(row.id);
      const caseNumber = row.case_id ? cases.get(row.case_id) : undefined;
      return {
        contactId: row.id,
        followUpOn: row.follow_up_on ?? today,
        overdue: (row.follow_up_on ?? today) < today,
        note: row.follow_up_note && key ? key.open(contactField("follow_up_note", row.id), row.follow_up_note) : null,
        channel: row.channel as FollowUp["channel"],
        language: row.language,
        callerType: row.caller_type as FollowUp["callerType"],
        startedAt: row.started_at.toISOString(),
        operator: row.operator_user_id
          ? { id: row.operator_user_id, name: names.get(row.operator_user_id) ?? "" }
          : null,
        case: row.case_id && caseNumber ? { id: row.case_id, caseNumber } : null,
      };
    }),
    nextCursor: page.nextCursor,
  };
}
