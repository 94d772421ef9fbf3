import { sql } from "kysely";
import { todayIso } from "../../../shared/dates.js";
import { isLanguage } from "../../../shared/i18n/languages.js";
import { AWAITING_ANSWER } from "../../../shared/referrals/status.js";
import { EXPIRY_DAYS_AFTER_DUE } from "../../../shared/referrals/vocab.js";
import { systemActor } from "../../access/actor.js";
import { runScoped, type ScopedDb } from "../../access/scoped-db.js";
import { translator } from "../../i18n.js";
import type { Services } from "../../services.js";
import { caseKeyOf } from "../assistance/case-subrecords.js";
import { titleField } from "../case-records/tasks.service.js";
import { recordHistory } from "../cases/case-history.js";
import type { ReferralRow } from "./referral-access.js";
import { recordStep } from "./referral-story.js";

const DEADLINES_LOCK = 0x5afe_0006;
const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

export interface DeadlineReport {
  organisationId: string;
  overdue: number;
  expired: number;
}

/**
 * A task for the sender of an unanswered referral past its due time, so that somebody picks up the phone:
 * assigned to whoever made the referral, urgent when the referral was. Raised once per referral.
 */
async function raiseOverdueTask(db: ScopedDb, services: Services, referral: ReferralRow): Promise<void> {
  const caseId = referral.case_id;
  const key = caseId ? await caseKeyOf(db, services, caseId) : undefined;
  if (!caseId || !key) return;
  const id = crypto.randomUUID();
  // Written in the language of the person who will read it.
  const assignee = referral.created_by
    ? await db.selectFrom("users").select("locale").where("id", "=", referral.created_by).executeTakeFirst()
    : undefined;
  const language = assignee && isLanguage(assignee.locale) ? assignee.locale : "en";
  const title = translator(language)("referrals.overdueTaskTitle", {
    number: referral.number,
    organisation: referral.to_organisation_name,
  });
  await db
    .insertInto("tasks", [
      {
        organisation_id: db.organisationId,
        id,
        case_id: caseId,
        referral_id: referral.id,
        priority: referral.urgency === "emergency" || referral.urgency === "high" ? "urgent" : "normal",
        title: key.seal(titleField(id), title),
        due_on: todayIso(),
        assignee_user_id: referral.created_by,
        created_by: null,
      },
    ])
    .execute();
  await db.updateTable("referrals").set({ overdue_task_id: id }).where("id", "=", referral.id).execute();
  await recordHistory(db, [{ caseId, action: "referral.overdue", changes: { referral: referral.number, taskId: id } }]);
  db.audit({ action: "referral.overdue", recordType: "referral", recordId: referral.id, detail: { taskId: id } });
}

async function deadlinesOf(
  db: ScopedDb,
  services: Services,
  now: Date,
): Promise<Omit<DeadlineReport, "organisationId">> {
  const awaiting = [...AWAITING_ANSWER];
  const overdue = await db
    .selectFrom("referrals")
    .selectAll()
    .where("organisation_id", "=", db.organisationId)
    .where("imported_at", "is", null)
    .where("status", "in", awaiting)
    .where("due_at", "<", now)
    .where("overdue_task_id", "is", null)
    .forUpdate()
    .execute();
  for (const referral of overdue) await raiseOverdueTask(db, services, referral);
  const expiring = await db
    .selectFrom("referrals")
    .selectAll()
    .where("organisation_id", "=", db.organisationId)
    .where("imported_at", "is", null)
    .where("status", "in", awaiting)
    .where("due_at", "<", new Date(now.getTime() - EXPIRY_DAYS_AFTER_DUE * DAY_MS))
    .forUpdate()
    .execute();
  for (const referral of expiring) {
    await db
      .updateTable("referrals")
      .set({ status: "expired", finished_at: now, version: sql`version + 1`, updated_at: now })
      .where("id", "=", referral.id)
      .execute();
    await recordStep(db, referral, { action: "expire", from: referral.status, to: "expired" });
  }
  return { overdue: overdue.length, expired: expiring.length };
}

/**
 * The senders' side of every deadline: overdue referrals raise tasks, long-unanswered ones expire. One
 * organisation per transaction, as its system actor; every process may run it, the lock keeps it single.
 */
export async function runReferralDeadlines(services: Services, now = new Date()): Promise<DeadlineReport[]> {
  const info = () => ({ requestId: crypto.randomUUID(), clientIp: null, action: "system.referral_deadlines" });
  const organisations = await runScoped(
    services.database,
    systemActor("referral-deadlines", "deployment"),
    info(),
    (db) => db.selectFrom("organisations").select("id").where("disabled_at", "is", null).execute(),
  );
  const reports: DeadlineReport[] = [];
  for (const { id } of organisations) {
    const actor = systemActor("referral-deadlines", { organisationId: id });
    const report = await runScoped(services.database, actor, info(), async (db) => {
      const locked = await sql<{
        locked: boolean;
      }>`SELECT pg_try_advisory_xact_lock(${DEADLINES_LOCK}, hashtext(${id})) AS locked`.execute(db.tx);
      if (!locked.rows[0]?.locked) return undefined;
      return deadlinesOf(db, services, now);
    });
    if (report && (report.overdue > 0 || report.expired > 0)) reports.push({ organisationId: id, ...report });
  }
  return reports;
}

/** Checks deadlines a minute after start and then hourly: an emergency referral is due within hours. */
export function scheduleReferralDeadlines(services: Services, log: (message: string) => void): () => void {
  const run = () => {
    runReferralDeadlines(services)
      .then((reports) => {
        const overdue = reports.reduce((sum, r) => sum + r.overdue, 0);
        const expired = reports.reduce((sum, r) => sum + r.expired, 0);
        if (overdue + expired > 0) log(`referrals: ${overdue} overdue (tasks raised), ${expired} expired`);
      })
      .catch((error: unknown) => log(`referral deadlines failed: ${(error as Error).message}`));
  };
  const first = setTimeout(run, 60 * 1000);
  const hourly = setInterval(run, HOUR_MS);
  first.unref();
  hourly.unref();
  return () => {
    clearTimeout(first);
    clearInterval(hourly);
  };
}
