import { screeningInput } from "../../shared/api/screening.js";
import { addDays, todayIso } from "../../shared/dates.js";
import { runScoped, type ScopedDb } from "../access/scoped-db.js";
import { updateTask } from "../modules/case-records/tasks.service.js";
import { listForms } from "../modules/screening/forms.service.js";
import { submitScreening } from "../modules/screening/submit.service.js";
import type { Services } from "../services.js";
import { demoInfo, findDemoActors } from "./demo-actors.js";
import { DEMO_CASES_ORGANISATION, ROMANIA_OFFICE } from "./demo-case-builders.js";
import { demoEmail } from "./demo-organisations.js";
import { type DemoScreening, OFFICE_SCREENINGS, ROMANIA_SCREENINGS } from "./demo-screening-answers.js";

export type { DemoScreening };

/** The form every demo screening fills: the built-in rapid screening. */
export const DEMO_SCREENING_FORM = "rapid_screening";

/** One organisation's demo screenings, who filled them and who deals with the urgent tasks they raise. */
export interface DemoScreeningBatch {
  organisation: string;
  screener: string;
  supervisor: string;
  screenings: readonly DemoScreening[];
}

export const DEMO_SCREENING_BATCHES: readonly DemoScreeningBatch[] = [
  {
    organisation: DEMO_CASES_ORGANISATION.name,
    screener: demoEmail(DEMO_CASES_ORGANISATION.name, "screener"),
    supervisor: DEMO_CASES_ORGANISATION.supervisor,
    screenings: OFFICE_SCREENINGS,
  },
  {
    organisation: ROMANIA_OFFICE,
    screener: demoEmail(ROMANIA_OFFICE, "screener"),
    supervisor: demoEmail(ROMANIA_OFFICE, "supervisor"),
    screenings: ROMANIA_SCREENINGS,
  },
];

/** The screening's time: that many days before the day of seeding, at its time of day. */
function screenedAt(screening: DemoScreening): string {
  return `${addDays(todayIso(), -screening.daysAgo)}T${screening.time}:00Z`;
}

/** Submits a batch as its screener; returns how many were new and the new ones whose urgent task is done. */
async function submitBatch(db: ScopedDb, services: Services, batch: DemoScreeningBatch) {
  // The form library installs the built-in instruments on first use, as the screening screens do.
  const form = (await listForms(db, {})).find((f) => f.formKey === DEMO_SCREENING_FORM);
  if (!form?.publishedVersion) throw new Error(`the ${DEMO_SCREENING_FORM} form is not published`);
  const saved = { count: 0, handled: [] as string[] };
  for (const screening of batch.screenings) {
    const input = screeningInput.parse({
      formId: form.id,
      formVersion: form.publishedVersion,
      answers: screening.answers,
      screenedAt: screenedAt(screening),
      location: { country: screening.country, place: screening.place, siteType: screening.siteType },
      interviewLanguage: screening.interviewLanguage,
      clientKey: `demo-screening:${screening.key}`,
    });
    const made = await submitScreening(db, services, input, { source: "app", language: "en" });
    if (made.replayed) continue;
    saved.count += 1;
    if (screening.handled) saved.handled.push(made.id);
  }
  return saved;
}

async function seedBatch(services: Services, batch: DemoScreeningBatch): Promise<number> {
  const found = await findDemoActors(services, batch.organisation, [batch.screener, batch.supervisor]);
  const screener = found?.actors.get(batch.screener);
  const supervisor = found?.actors.get(batch.supervisor);
  if (!screener || !supervisor) return 0;
  const what = `screenings:${batch.organisation}`;
  const { count, handled } = await runScoped(services.database, screener, demoInfo(what), (db) =>
    submitBatch(db, services, batch),
  );
  // An older screening in immediate danger was dealt with at the time: its urgent task is done.
  if (handled.length > 0) {
    await runScoped(services.database, supervisor, demoInfo(`${what}:handled`), async (db) => {
      const tasks = await db.selectFrom("tasks").select("id").where("screening_id", "in", handled).execute();
      for (const task of tasks) await updateTask(db, services, task.id, { done: true });
    });
  }
  return count;
}

/**
 * Rapid screenings for the first country office (and a few for the Romanian one), submitted through the
 * screening service as each office's screener: validated and scored as from the phone, counted for the
 * figures, urgent tasks raised for those in immediate danger. Deterministic answers; the dates follow
 * the calendar (the last three months). Returns the number saved: none for those already saved, nor for
 * an office whose users are missing.
 */
export async function seedDemoScreenings(services: Services): Promise<number> {
  let made = 0;
  for (const batch of DEMO_SCREENING_BATCHES) made += await seedBatch(services, batch);
  return made;
}
