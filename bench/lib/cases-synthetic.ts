import type { CaseIntake, VictimContext } from "../../src/shared/api/cases.js";
import { ageOn } from "../../src/shared/dates.js";
import type { CaseStage, LanguageCode, MigrationStatus, VulnerabilityFlag } from "../../src/shared/htcds/index.js";
import * as T from "./cases-distributions.js";
import { feminineFamily, NAME_LISTS, type Spelling, variantSpelling } from "./cases-names.js";
import { daysBetween, plusDays, type Random } from "./cases-random.js";

type ConsentInput = NonNullable<CaseIntake["consents"]>[number];

/** One synthetic case: an intake as POST /api/cases takes it, and the stage the case reaches. */
export interface SyntheticCase {
  intake: CaseIntake;
  stage: CaseStage;
  closure?: { reason: string; referred: boolean };
}

/** Cases are opened between these dates: fixed, so that a seed always gives the same cases. */
export const FIRST_OPENED = "2022-03-01";
export const LAST_OPENED = "2026-06-30";

/** Written in one script, sometimes with the other script or a misspelling as another name. */
function fullName(r: Random, origin: T.Origin, female: boolean) {
  const list = NAME_LISTS[origin.names];
  const given = r.pick(female ? list.female : list.male);
  const familyBase = r.pick(list.family);
  const family: Spelling = female ? feminineFamily(origin.names, familyBase) : familyBase;
  const script = r.chance(origin.cyrillic) ? 1 : 0;
  const firstName = given[script];
  const secondName = family[script];
  const others = new Set<string>();
  if (r.chance(0.35)) others.add(`${given[1 - script]} ${family[1 - script]}`);
  if (r.chance(0.1)) others.add(`${variantSpelling(given[0])} ${variantSpelling(family[0])}`);
  others.delete(`${firstName} ${secondName}`);
  return { firstName, secondName, otherNames: [...others] };
}

function personFlags(r: Random, origin: T.Origin, age: number, female: boolean): VulnerabilityFlag[] {
  const flags: VulnerabilityFlag[] = [];
  const add = (flag: VulnerabilityFlag, p: number) => r.chance(p) && flags.push(flag);
  if (age < 18) {
    flags.push("Child");
    if (r.chance(0.25)) flags.push(r.chance(0.6) ? "UnaccompaniedChild" : "SeparatedChild");
  } else {
    if (female) add("WomanAtRisk", 0.4);
    add("SingleParent", female ? 0.2 : 0.05);
    add("NoIncome", 0.45);
  }
  if (age >= 60) flags.push("OlderPerson");
  if (origin.thirdCountry) flags.push("ThirdCountryNational");
  add("LanguageBarrier", origin.thirdCountry ? 0.5 : 0.1);
  if (origin.country === "UA") add("Roma", 0.06);
  add("NoSafeAccommodation", 0.3);
  add("GbvSurvivor", female ? 0.15 : 0.03);
  add("Disability", 0.05);
  add("UrgentMedicalNeed", 0.05);
  add("NoIdentityDocuments", 0.1);
  return flags;
}

function migrationStatuses(r: Random, origin: T.Origin, flags: VulnerabilityFlag[]): MigrationStatus[] {
  const out = new Set<MigrationStatus>();
  if (origin.country === "UA") {
    out.add(
      r.weighted<MigrationStatus>([
        ["TemporaryProtection", 70],
        ["InternallyDisplacedPerson", 15],
        ["Refugee", 15],
      ]),
    );
  } else if (origin.thirdCountry) {
    out.add("ThirdCountryNational");
    out.add(
      r.weighted<MigrationStatus>([
        ["MigrantWorker", 50],
        ["StrandedMigrant", 20],
        ["AsylumSeeker", 15],
        ["Undocumented", 15],
      ]),
    );
  } else {
    out.add(
      r.weighted<MigrationStatus>([
        ["NotAMigrant", 50],
        ["MigrantWorker", 40],
        ["Returnee", 10],
      ]),
    );
  }
  if (flags.includes("UnaccompaniedChild") || flags.includes("SeparatedChild"))
    out.add("UnaccompaniedOrSeparatedChild");
  return [...out];
}

function victimContext(r: Random, origin: T.Origin, age: number): VictimContext {
  const exploitationTypes = r.weighted(age < 18 ? T.CHILD_EXPLOITATION : T.ADULT_EXPLOITATION);
  const status = r.weighted(T.TRAFFICKING_STATUS);
  const recruitment = r.some(T.RECRUITMENT_METHODS, 1);
  const online =
    recruitment.includes("ThroughOnlineSocialNetworks") || recruitment.includes("ThroughAnOnlineAdvertisement");
  const sexual = exploitationTypes.includes("SexualExploitation");
  const control = r.some(T.CONTROL_METHODS, 1);
  const exploitedIn = r.weighted(T.EXPLOITATION_COUNTRIES.filter(([country]) => country !== origin.country));
  return {
    traffickingStatus: status,
    statusDecidedBy: status === "ActualVictimOfTrafficking" ? r.weighted(T.STATUS_DECIDED_BY) : null,
    relationshipToTrafficker: r.weighted(T.RELATIONSHIP),
    ageWhenTrafficked: Math.max(0, age - r.int(0, 1)),
    recruitmentMethods: recruitment,
    ...(online && { recruitmentWebsites: [r.weighted(T.RECRUITMENT_APPS)] }),
    controlMethods: sexual && r.chance(0.4) ? [...control, "SexualAbuse"] : control,
    exploitationTypes,
    ...(exploitationTypes.includes("ForcedLabour") && { forcedLabourIndustry: r.weighted(T.INDUSTRIES) }),
    ...(sexual && { sexExploitationTypes: [r.weighted(T.SEX_EXPLOITATION)] }),
    recruitmentPlaces: [{ country: origin.country }],
    exploitationPlaces: [{ country: exploitedIn }],
  };
}

/** Older cases are more often closed. */
function stageOf(r: Random, openedOn: string): CaseStage {
  const ageDays = daysBetween(openedOn, LAST_OPENED);
  const closed = ageDays > 540 ? 0.65 : ageDays > 180 ? 0.35 : 0.08;
  return r.chance(closed) ? "closed" : r.weighted(T.OPEN_STAGES);
}

function languagesOf(r: Random, origin: T.Origin): LanguageCode[] {
  switch (origin.names) {
    case "uk":
      return r.chance(0.7) ? ["uk", "ru"] : ["ru", "uk"];
    case "ro":
      return r.chance(0.8) ? ["ro", "ru"] : ["ru", "ro"];
    case "pl":
      return ["pl"];
    case "ru":
      return ["ru"];
  }
}

/** The next synthetic case from the random source. */
export function syntheticCase(r: Random): SyntheticCase {
  const origin = r.weighted(T.ORIGINS);
  const openedOn = plusDays(FIRST_OPENED, r.int(0, daysBetween(FIRST_OPENED, LAST_OPENED)));
  const [youngest, oldest] = r.weighted(T.AGES);
  const birthYear = Number(openedOn.slice(0, 4)) - r.int(youngest, oldest);
  const exactBirth = r.chance(0.75);
  const birthDate = exactBirth
    ? `${birthYear}-${String(r.int(1, 12)).padStart(2, "0")}-${String(r.int(1, 28)).padStart(2, "0")}`
    : null;
  // The age the service will compute, so that a child always comes with a guardian's consent.
  const age = ageOn(openedOn, birthDate, birthYear) ?? 30;
  const female = r.chance(age < 18 ? 0.6 : 0.72);
  const flags = personFlags(r, origin, age, female);
  const name = fullName(r, origin, female);
  const languages = languagesOf(r, origin);
  const guardian =
    age < 18
      ? {
          name: `${r.pick(NAME_LISTS[origin.names].female)[0]} ${name.secondName}`,
          relationship: flags.includes("UnaccompaniedChild") ? "appointed guardian" : "mother",
        }
      : null;
  const method = r.weighted([
    ["written", 60],
    ["signature", 25],
    ["verbal", 15],
  ] as const);
  const consent = (purpose: ConsentInput["purpose"], given: boolean): ConsentInput => ({
    purpose,
    decision: given ? "given" : "refused",
    decidedOn: openedOn,
    method,
    language: languages[0] ?? null,
    guardian: given ? guardian : null,
  });
  const stage = stageOf(r, openedOn);
  const intake: CaseIntake = {
    person: {
      identity: {
        firstName: name.firstName,
        secondName: name.secondName,
        ...(name.otherNames.length > 0 && { otherNames: name.otherNames }),
        birthDate,
        ...(r.chance(0.3) && { phones: [origin.phone(r)] }),
      },
      ...(!exactBirth && { birthYear, birthYearEstimated: r.chance(0.5) }),
      sex: female ? "Female" : "Male",
      gender: female ? "Feminine" : "Masculine",
      citizenships: [origin.country],
      primaryLanguage: languages[0] ?? null,
      languages,
      migrationStatuses: migrationStatuses(r, origin, flags),
      vulnerabilityFlags: flags,
      ...(age >= 18 && {
        maritalStatus: r.weighted([
          ["Single", 45],
          ["Married", 30],
          ["Divorced", 15],
          ["Widowed", 5],
          ["Separated", 5],
        ] as const),
      }),
    },
    openedOn,
    identifiedOn: r.chance(0.7) ? plusDays(openedOn, -r.int(0, 20)) : null,
    ...(r.chance(0.4) && {
      incomingReferral: {
        organisationName: r.pick(T.REFERRERS),
        date: openedOn,
        reason: r.weighted([
          ["AdditionalServicesRequired", 70],
          ["MigrationOrChangeOfLocation", 25],
          ["Other", 5],
        ] as const),
      },
    }),
    victim: victimContext(r, origin, age),
    consents: [
      consent("assistance", true),
      consent("data_processing", true),
      consent("referral_sharing", r.chance(0.85)),
      ...(r.chance(0.5) ? [consent("research_statistics", r.chance(0.8))] : []),
    ],
  };
  const closing = stage === "closed" || stage === "closure_requested";
  return { intake, stage, ...(closing && { closure: r.weighted(T.CLOSURES) }) };
}
