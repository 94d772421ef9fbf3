import type { Answers } from "../../shared/forms/definition.js";
import { runScoped, type ScopedDb } from "../access/scoped-db.js";
import { RecordKeys } from "../crypto/record-keys.js";
import { compiledVersion } from "../modules/screening/compiled-forms.js";
import { listForms } from "../modules/screening/forms.service.js";
import { type CountedScreening, countScreening } from "../modules/screening/screening-counts.js";
import { screeningFacts, withoutIdentifyingAnswers } from "../modules/screening/screening-facts.js";
import type { Services } from "../services.js";
import { demoInfo, findDemoActors } from "./demo-actors.js";
import { DEMO_CASES_ORGANISATION } from "./demo-case-builders.js";
import { officeStaffEmail } from "./demo-offices.js";
import { at, type DemoScreening, screening } from "./demo-screening-builders.js";
import { DEMO_SCREENING_FORM } from "./demo-screenings.js";
import { DemoRandom, daysFrom } from "./demo-seed-period-random.js";

/*
 * The Belarusian mobile team's rapid vulnerability screenings of people arriving from Ukraine, May to
 * 3 June 2022 (seed 000: 243 needs assessed; food and hygiene items, clothing and medicines most named).
 * Nobody in immediate danger: a screening of 2022 should not leave an urgent task open today.
 */

export const SEED_PERIOD_SCREENINGS = { team: "Belarus mobile team", screener: "by.screener", count: 243 } as const;

/** How many were screened in the first days of June (the rest in May). */
export const JUNE_SCREENINGS = 14;

const SITES = [
  at("collective_shelter", "Brest", "BY"),
  at("transit_centre", "Minsk", "BY"),
  at("collective_shelter", "Homel", "BY"),
  at("collective_shelter", "Mazyr", "BY"),
  at("border_crossing", "Mokrany", "BY"),
] as const;

const BASIC_NEEDS = { food: 9, hygiene: 8, clothing: 6, medicines: 5 } as const;

interface Dated {
  screening: DemoScreening;
  screenedAt: string;
}

/** The 243 screenings, the same on every installation. */
export function seedPeriodScreenings(): Dated[] {
  const random = new DemoRandom(243);
  const may = daysFrom("2022-05-02", "2022-05-31");
  const june = daysFrom("2022-06-01", "2022-06-03");
  return Array.from({ length: SEED_PERIOD_SCREENINGS.count }, (_, index) => {
    const days = index < SEED_PERIOD_SCREENINGS.count - JUNE_SCREENINGS ? may : june;
    const day = days[random.int(0, days.length - 1)] as string;
    const time = `${String(random.int(6, 15)).padStart(2, "0")}:${String(random.int(0, 59)).padStart(2, "0")}`;
    const site = SITES[random.int(0, SITES.length - 1)] as (typeof SITES)[number];
    const female = random.chance(0.74);
    const age = random.chance(0.18) ? random.int(61, 82) : random.int(19, 59);
    const children = female && age < 50 && random.chance(0.55) ? random.int(1, 3) : 0;
    const needs: string[] = random.pickDistinct(BASIC_NEEDS, random.int(1, 3));
    if (random.chance(0.2)) needs.push("information");
    if (random.chance(0.08)) needs.push("documents");
    // A few had been offered work by someone they had just met: a risk flag, not a danger.
    const more = random.chance(0.05) ? { job_offer: "yes" } : {};
    const who = {
      sex: female ? ("female" as const) : ("male" as const),
      age,
      language: random.chance(0.3) ? ("ru" as const) : ("uk" as const),
      destination: random.chance(0.8) ? "BY" : "not_decided",
      ...(children > 0 ? { travelWith: "family" as const, groupSize: children + 1 } : {}),
    };
    const made = screening(`by-2022-${String(index + 1).padStart(3, "0")}`, 0, time, site, who, needs, more);
    return { screening: made, screenedAt: `${day}T${time}:00Z` };
  });
}

/**
 * Saves the screenings as the screening service saves one (answers validated by the form engine, scored by
 * the version's rules, sealed under a key of their own, counted), in a few statements instead of one request
 * each: 243 requests would hold up the first start by several seconds. Returns how many were new.
 */
async function saveAll(db: ScopedDb, services: Services, screenings: Dated[]): Promise<number> {
  const form = (await listForms(db, {})).find((f) => f.formKey === DEMO_SCREENING_FORM);
  if (!form?.publishedVersion) throw new Error(`the ${DEMO_SCREENING_FORM} form is not published`);
  const compiled = await compiledVersion(db, form.id, form.publishedVersion);
  const clientKey = (s: Dated) => `demo-seed:screening:${s.screening.key}`;
  const earlier = await db
    .selectFrom("screenings")
    .select("client_key")
    .where("client_key", "in", screenings.map(clientKey))
    .execute();
  const saved = new Set(earlier.map((row) => row.client_key));
  const todo = screenings.filter((s) => !saved.has(clientKey(s)));
  if (todo.length === 0) return 0;
  const ids = todo.map(() => crypto.randomUUID());
  const keys = await new RecordKeys(services.keyring).create(db, ids);
  const counted: CountedScreening[] = [];
  const rows = todo.map((dated, index) => {
    const { screening: s } = dated;
    const evaluation = compiled.form.evaluate(s.answers as Answers);
    if (evaluation.errors.length > 0) throw new Error(`demo screening ${s.key}: ${JSON.stringify(evaluation.errors)}`);
    const score = compiled.scorer ? compiled.scorer.score(evaluation) : null;
    if (score?.level === "immediate_danger") throw new Error(`demo screening ${s.key} would raise an urgent task`);
    const facts = screeningFacts(evaluation.values);
    const kept = facts.refusedRecording
      ? withoutIdentifyingAnswers(compiled.form, evaluation.values)
      : evaluation.values;
    const id = ids[index] as string;
    const key = keys.get(id);
    if (!key) throw new Error("screening key was not created");
    const screenedAt = new Date(dated.screenedAt);
    const flags = score?.flags.map((flag) => flag.id) ?? [];
    counted.push({
      screenedAt,
      formId: compiled.formId,
      level: score?.level ?? null,
      siteType: s.siteType,
      country: s.country,
      sex: facts.sex,
      ageBand: facts.ageBand,
      needs: score?.needs ?? [],
      flags,
    });
    return {
      organisation_id: db.organisationId,
      id,
      form_id: compiled.formId,
      form_version: compiled.version,
      client_key: clientKey(dated),
      screened_at: screenedAt,
      country: s.country,
      place: s.place,
      site_type: s.siteType,
      interview_language: s.interviewLanguage,
      screener_user_id: db.actor.userId,
      team_id: db.actor.teamId,
      person_id: null,
      answers: key.sealJson("screenings.answers", { values: kept, result: score }),
      risk_level: score?.level ?? null,
      flags,
      needs: score?.needs ?? [],
      services: score?.services ?? [],
      sex: facts.sex,
      age_band: facts.ageBand,
      consent_record: facts.consentRecord,
      consent_refer: facts.consentRefer,
      source: "app",
      created_at: screenedAt,
    };
  });
  await db.insertInto("screenings", rows).execute();
  for (const screening of counted) await countScreening(db, screening);
  db.audit({
    action: "screening.create",
    recordType: "screening",
    recordIds: ids,
    detail: { form: compiled.formKey, version: compiled.version, source: "app", count: ids.length },
  });
  return ids.length;
}

/** The screenings, saved as the mobile team's screener; returns how many were new. */
export async function seedPeriodScreeningsOf(services: Services): Promise<number> {
  const email = officeStaffEmail(SEED_PERIOD_SCREENINGS.screener);
  const screener = (await findDemoActors(services, DEMO_CASES_ORGANISATION.name, [email]))?.actors.get(email);
  if (!screener) return 0;
  return runScoped(services.database, screener, demoInfo("seed-period:screenings"), (db) =>
    saveAll(db, services, seedPeriodScreenings()),
  );
}
