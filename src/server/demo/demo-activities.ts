import { DEFAULT_SECTION, periodMonthOf } from "../../shared/activities/vocab.js";
import { activityDetails } from "../../shared/api/activities.js";
import { addDays } from "../../shared/dates.js";
import type { CountryCode } from "../../shared/vocab/countries.js";
import { runScoped, type ScopedDb } from "../access/scoped-db.js";
import type { Services } from "../services.js";
import { CONVENING_2022 } from "./demo-activities-2022-convening.js";
import { AWARENESS_2022 } from "./demo-activities-2022-outreach.js";
import { RESEARCH_2022 } from "./demo-activities-2022-research.js";
import { GUIDANCE_2022, TRAINING_2022 } from "./demo-activities-2022-training.js";
import { type DemoActivity, inconsistencies } from "./demo-activities-builders.js";
import { POLAND_ACTIVITIES } from "./demo-activities-poland.js";
import { demoInfo, findDemoActors } from "./demo-actors.js";
import { DEMO_CASES_ORGANISATION } from "./demo-case-builders.js";
import { demoEmail } from "./demo-organisations.js";

export type { DemoActivity };

/** The seed period's activities (seed 000) and the Polish office's 2021–2025 activities (seed 001). */
export const DEMO_ACTIVITIES: readonly DemoActivity[] = [
  ...CONVENING_2022,
  ...AWARENESS_2022,
  ...TRAINING_2022,
  ...GUIDANCE_2022,
  ...RESEARCH_2022,
  ...POLAND_ACTIVITIES,
];

/** The month a supervisor approved and locked, for every office with activities in it but one. */
export const LOCKED_MONTH = "2022-05-01";
/**
 * Poland's May 2022 stays open: its activities are approved but the month is not locked, so that a training
 * can still be added and approved for it (the end-to-end run does that).
 */
export const OPEN_OFFICE: CountryCode = "PL";

/** The offices whose LOCKED_MONTH is locked. */
export function lockedOffices(): CountryCode[] {
  const inMonth = DEMO_ACTIVITIES.filter((a) => periodMonthOf(a.endsOn) === LOCKED_MONTH).map((a) => a.office);
  return [...new Set(inMonth)].filter((office) => office !== OPEN_OFFICE);
}

const RECORDER = demoEmail(DEMO_CASES_ORGANISATION.name, "me");
const APPROVER = DEMO_CASES_ORGANISATION.supervisor;

/** When the M&E officer entered, submitted and the supervisor approved an activity: days after it ended. */
const at = (day: string, days: number) => new Date(`${addDays(day, days)}T10:00:00Z`);

/** The row of a demo activity, details validated as the API validates them; throws on a mistake in the data. */
export function activityRow(
  activity: DemoActivity,
  ids: { organisationId: string; officeId: string; recorder: string; approver: string },
) {
  const details = activityDetails.parse(activity.details);
  const problems = inconsistencies(activity, details);
  if (problems.length > 0) throw new Error(`demo activity ${activity.key}: ${problems.join("; ")}`);
  return {
    organisation_id: ids.organisationId,
    office_id: ids.officeId,
    kind: details.kind,
    section: DEFAULT_SECTION[details.kind],
    title: activity.title,
    narrative: activity.narrative,
    partners: activity.partners ?? [],
    country: activity.office,
    admin1_pcode: activity.admin1Pcode ?? null,
    place: activity.place ?? null,
    starts_on: activity.startsOn,
    ends_on: activity.endsOn,
    period_month: periodMonthOf(activity.endsOn),
    status: "approved",
    details: JSON.stringify(details),
    created_by: ids.recorder,
    created_at: at(activity.endsOn, 2),
    submitted_by: ids.recorder,
    submitted_at: at(activity.endsOn, 3),
    approved_by: ids.approver,
    approved_at: at(activity.endsOn, 5),
    updated_at: at(activity.endsOn, 5),
  };
}

async function officeIds(db: ScopedDb): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom("offices")
    .select(["id", "country", "is_main"])
    .where("retired_at", "is", null)
    .execute();
  // One office per country in the demo; the main office wins if an organisation has two in one country.
  const sorted = [...rows].sort((a, b) => Number(a.is_main) - Number(b.is_main));
  return new Map(sorted.map((row) => [row.country.trim(), row.id]));
}

/** Inserts the activities not there yet (found by office, title and start); returns how many were new. */
async function insertActivities(db: ScopedDb, recorder: string, approver: string): Promise<number> {
  const offices = await officeIds(db);
  const existing = await db.selectFrom("activities").select(["office_id", "title", "starts_on"]).execute();
  const seen = new Set(existing.map((row) => `${row.office_id}|${row.title}|${row.starts_on}`));
  const rows = DEMO_ACTIVITIES.flatMap((activity) => {
    const officeId = offices.get(activity.office);
    if (!officeId || seen.has(`${officeId}|${activity.title}|${activity.startsOn}`)) return [];
    return [activityRow(activity, { organisationId: db.organisationId, officeId, recorder, approver })];
  });
  if (rows.length > 0) await db.insertInto("activities", rows).execute();
  db.audit({ action: "demo.seed", detail: { activities: rows.length } });
  return rows.length;
}

/** Locks LOCKED_MONTH of every office in lockedOffices(), as the supervisor approving the month would. */
async function lockMonth(db: ScopedDb, approver: string): Promise<void> {
  const offices = await officeIds(db);
  const lockedAt = new Date(`${addDays(LOCKED_MONTH, 40)}T12:00:00Z`);
  for (const country of lockedOffices()) {
    const officeId = offices.get(country);
    if (!officeId) continue;
    const inserted = await db
      .insertInto("reporting_periods", [
        {
          organisation_id: db.organisationId,
          office_id: officeId,
          month: LOCKED_MONTH,
          locked_at: lockedAt,
          locked_by: approver,
        },
      ])
      .onConflict((oc) => oc.columns(["organisation_id", "office_id", "month"]).doNothing())
      .returning("office_id")
      .executeTakeFirst();
    if (!inserted) continue;
    await db
      .insertInto("period_events", [
        {
          organisation_id: db.organisationId,
          office_id: officeId,
          month: LOCKED_MONTH,
          action: "locked",
          actor_id: approver,
          created_at: lockedAt,
        },
      ])
      .execute();
    db.audit({
      action: "demo.seed",
      recordType: "office",
      recordId: officeId,
      detail: { locked: LOCKED_MONTH.slice(0, 7) },
    });
  }
}

/**
 * The first organisation's activities, entered by its M&E officer and approved by its supervisor, and the
 * locked month (run after seedDemoOffices). Direct inserts: the activity service checks the same rules,
 * which activityRow applies. Returns how many activities were new; none without the organisation's users.
 */
export async function seedDemoActivities(services: Services): Promise<number> {
  const found = await findDemoActors(services, DEMO_CASES_ORGANISATION.name, [RECORDER, APPROVER]);
  const recorder = found?.actors.get(RECORDER);
  const approver = found?.actors.get(APPROVER);
  if (!recorder?.userId || !approver?.userId) return 0;
  const approverId = approver.userId;
  const made = await runScoped(services.database, recorder, demoInfo("activities"), (db) =>
    insertActivities(db, recorder.userId as string, approverId),
  );
  await runScoped(services.database, approver, demoInfo("activities:lock"), (db) => lockMonth(db, approverId));
  return made;
}
