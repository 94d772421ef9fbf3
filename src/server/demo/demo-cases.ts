import { assistanceInput, eventInput, planInput } from "../../shared/api/assistance.js";
import { noteInput, taskInput } from "../../shared/api/case-records.js";
import { caseIntake, casePersonInput } from "../../shared/api/cases.js";
import { consentInput } from "../../shared/api/consents.js";
import { addDays, todayIso } from "../../shared/dates.js";
import type { Actor } from "../access/actor.js";
import { runScoped, type ScopedDb } from "../access/scoped-db.js";
import { recordAssistance } from "../modules/assistance/assistance.service.js";
import { addEvent } from "../modules/assistance/events.service.js";
import { addPlan } from "../modules/assistance/plans.service.js";
import { addNote } from "../modules/case-records/notes.service.js";
import { addTask, updateTask } from "../modules/case-records/tasks.service.js";
import { saveCasePerson } from "../modules/cases/case-people.service.js";
import { intakeCase } from "../modules/cases/intake.service.js";
import { transitionCase } from "../modules/cases/workflow.service.js";
import { addConsent } from "../modules/people/person-records.service.js";
import type { Services } from "../services.js";
import { demoInfo, findDemoActors } from "./demo-actors.js";
import { DEMO_CASES_ORGANISATION, type DemoCase } from "./demo-case-builders.js";
import { DEMO_CASES } from "./demo-case-stories.js";
import { DEMO_CASELOADS, type DemoCaseload } from "./demo-caseloads.js";

export { DEMO_CASELOADS, DEMO_CASES, DEMO_CASES_ORGANISATION, type DemoCase, type DemoCaseload };

const WORKING = ["open", "assessment", "support_plan", "assistance", "follow_up"] as const;

interface Cast {
  organisationId: string;
  caseworker: Actor;
  supervisor: Actor | undefined;
  /** Other demo organisations by name, for incoming referrals. */
  organisations: Map<string, string>;
}

/** A caseload's caseworker and supervisor, found by their demo e-mail addresses in its organisation. */
async function findCast(services: Services, caseload: DemoCaseload): Promise<Cast | undefined> {
  const { caseworker: worker, supervisor: lead } = caseload;
  const found = await findDemoActors(services, caseload.organisation, lead ? [worker, lead] : [worker]);
  const caseworker = found?.actors.get(worker);
  const supervisor = lead ? found?.actors.get(lead) : undefined;
  if (!found || !caseworker || (lead && !supervisor)) return undefined;
  return { organisationId: found.organisationId, caseworker, supervisor, organisations: found.organisations };
}

/** Everything recorded on one case, in the order a caseworker would record it; returns the case's version. */
async function recordStory(db: ScopedDb, services: Services, story: DemoCase, cast: Cast) {
  const referral = story.intake.incomingReferral;
  const referrer = referral?.organisationName ? cast.organisations.get(referral.organisationName) : undefined;
  const intake = caseIntake.parse({
    ...story.intake,
    ...(referral && { incomingReferral: { ...referral, ...(referrer && { organisationId: referrer }) } }),
  });
  const { id, personId } = await intakeCase(db, services, intake);
  let version = 1;
  for (const relative of story.people ?? []) {
    await saveCasePerson(db, services, id, casePersonInput.parse(relative));
    version += 1;
  }
  for (const event of story.events ?? [])
    await addEvent(db, services, id, eventInput.parse({ ...event, personId: event.personId ?? personId }));
  const planIds: string[] = [];
  for (const plan of story.plans ?? []) planIds.push((await addPlan(db, services, id, planInput.parse(plan))).id);
  for (const { plan, ...item } of story.assistance ?? []) {
    const planId = plan === undefined ? null : (planIds[plan] ?? null);
    await recordAssistance(db, services, id, assistanceInput.parse({ ...item, planId }));
  }
  for (const text of story.notes ?? []) await addNote(db, services, id, noteInput.parse({ text }));
  for (const task of story.tasks ?? []) {
    const dueOn = addDays(todayIso(), Math.max(task.dueInDays, 0));
    const made = await addTask(db, services, id, taskInput.parse({ title: task.title, dueOn }));
    // A task can only be created due from today on; an overdue one is an older task whose date passed.
    if (task.dueInDays < 0) await updateTask(db, services, made.id, { dueOn: addDays(todayIso(), task.dueInDays) });
  }
  for (const consent of story.laterConsents ?? [])
    await addConsent(db, services, personId, consentInput.parse({ ...consent, caseId: id }));
  const target = story.stage ?? "open";
  const steps = WORKING.slice(
    1,
    WORKING.indexOf(target === "closed" || target === "closure_requested" ? "follow_up" : target) + 1,
  );
  for (const to of steps)
    version = (await transitionCase(db, services, id, { action: "advance", to, version })).version;
  if (story.closure) {
    const { reason, referred } = story.closure;
    version = (await transitionCase(db, services, id, { action: "request_closure", reason, referred, version }))
      .version;
  }
  return { id, version };
}

/** The supervisor a story needs: a story that asks for one in a caseload without one is a mistake in the data. */
function supervisorOf(cast: Cast, caseload: DemoCaseload, story: DemoCase): Actor {
  if (!cast.supervisor) throw new Error(`demo story ${story.key} needs a supervisor in ${caseload.organisation}`);
  return cast.supervisor;
}

/** One organisation's stories, one transaction per case; returns the number of cases made. */
export async function seedCaseload(services: Services, caseload: DemoCaseload): Promise<number> {
  const cast = await findCast(services, caseload);
  if (!cast) return 0;
  for (const story of caseload.stories) {
    const actor = story.openedBy === "supervisor" ? supervisorOf(cast, caseload, story) : cast.caseworker;
    const made = await runScoped(services.database, actor, demoInfo(story.key), (db) =>
      recordStory(db, services, story, cast),
    );
    if (story.stage === "closed") {
      await runScoped(services.database, supervisorOf(cast, caseload, story), demoInfo(`${story.key}:approve`), (db) =>
        transitionCase(db, services, made.id, { action: "approve_closure", version: made.version }),
      );
    }
  }
  return caseload.stories.length;
}

/**
 * Realistic, invented cases for every demo organisation (see demo-caseloads.ts), recorded through the
 * services as its caseworker (closures approved by its supervisor), one transaction per case.
 * Deterministic: the same cases, people, numbers and stages on every installation; only task due dates and
 * closing dates follow the calendar. Returns the number of cases made (none for an organisation whose
 * demo users are missing).
 */
export async function seedDemoCases(services: Services): Promise<number> {
  let made = 0;
  for (const caseload of DEMO_CASELOADS) made += await seedCaseload(services, caseload);
  return made;
}
