import type { CountryCode } from "../../shared/vocab/countries.js";
import type { Services } from "../services.js";
import {
  type Assistance,
  consents,
  DEMO_CASES_ORGANISATION,
  type DemoCase,
  given,
  man,
  person,
  woman,
} from "./demo-case-builders.js";
import { type DemoCaseload, seedCaseload } from "./demo-cases.js";
import { officeStaffEmail } from "./demo-offices.js";

/*
 * Direct assistance of the seed period (May 2022), recorded as cases so that the report counts it from the
 * records: in Ukraine ten victims of trafficking (eight men, two women) and ten people at particular risk
 * (three men, seven women) helped with allowances, medical care, transport and work equipment; in Poland one
 * victim stranded in a third country; in Moldova three victims stranded far from home. Invented people.
 */

const CLOSED = { reason: "Assistance completed; the person is safe and has a plan of their own.", referred: false };

interface Sketch {
  first: string;
  last: string;
  sex: "F" | "M";
  born: number;
  /** Victim of trafficking (true) or at particular risk of it (false). */
  victim: boolean;
  exploitation?: "labour" | "sexual";
  exploitedIn?: CountryCode;
  /** Day of May 2022 the allowance was paid. */
  day: number;
  /** Extra assistance besides the family and housing allowance. */
  extra: ("Medical" | "SafeTransport" | "IncomeGeneratingEquipment" | "Mhpss" | "Legal")[];
}

type Extra = Sketch["extra"][number];

/** A victim of trafficking: exploited for labour unless "sexual", in that country. */
const victim = (
  name: [string, string],
  sex: Sketch["sex"],
  born: number,
  exploitedIn: CountryCode,
  day: number,
  extra: Extra[],
  exploitation: Sketch["exploitation"] = "labour",
): Sketch => ({ first: name[0], last: name[1], sex, born, victim: true, exploitation, exploitedIn, day, extra });

/** Someone at particular risk of trafficking, not (yet) exploited. */
const atRisk = (name: [string, string], sex: Sketch["sex"], born: number, day: number, extra: Extra[]): Sketch => ({
  first: name[0],
  last: name[1],
  sex,
  born,
  victim: false,
  day,
  extra,
});

const UKRAINE: readonly Sketch[] = [
  victim(["Андрій", "Гнатюк"], "M", 1984, "RU", 4, ["Medical", "IncomeGeneratingEquipment"]),
  victim(["Сергій", "Джура"], "M", 1979, "PL", 5, ["SafeTransport"]),
  victim(["Микола", "Вербицький"], "M", 1972, "RU", 9, ["Medical", "Legal"]),
  victim(["Олег", "Ситник"], "M", 1990, "UA", 11, ["IncomeGeneratingEquipment"]),
  victim(["Юрій", "Пащенко"], "M", 1987, "CZ", 12, ["SafeTransport", "Mhpss"]),
  victim(["Тарас", "Гордієнко"], "M", 1995, "UA", 16, ["Medical"]),
  victim(["Василь", "Рубан"], "M", 1968, "RU", 18, ["IncomeGeneratingEquipment"]),
  victim(["Ігор", "Марчук"], "M", 1981, "PL", 19, ["SafeTransport"]),
  victim(["Наталія", "Шеремет"], "F", 1993, "TR", 20, ["Medical", "Mhpss"], "sexual"),
  victim(["Тетяна", "Войтович"], "F", 1986, "DE", 23, ["Legal"]),
  atRisk(["Дмитро", "Журавель"], "M", 1999, 6, ["SafeTransport"]),
  atRisk(["Роман", "Лук'янець"], "M", 1965, 10, ["Medical"]),
  atRisk(["Богдан", "Федина"], "M", 2001, 13, ["IncomeGeneratingEquipment"]),
  atRisk(["Людмила", "Ярема"], "F", 1977, 6, ["Medical"]),
  atRisk(["Світлана", "Грицай"], "F", 1989, 17, ["SafeTransport"]),
  atRisk(["Лариса", "Довганюк"], "F", 1960, 17, ["Medical"]),
  atRisk(["Валентина", "Приходько"], "F", 1992, 24, ["IncomeGeneratingEquipment"]),
  atRisk(["Алла", "Швець"], "F", 1983, 25, ["Mhpss"]),
  atRisk(["Юлія", "Руденко"], "F", 1997, 26, ["SafeTransport"]),
  atRisk(["Інна", "Бабій"], "F", 1975, 30, ["Medical"]),
];

const may = (day: number) => `2022-05-${String(day).padStart(2, "0")}`;

const EXTRA: Record<Extra, (on: string) => Assistance> = {
  Medical: (on) => given("Medical", on, 2, "session"),
  SafeTransport: (on) => given("SafeTransport", on, 1, "trip"),
  IncomeGeneratingEquipment: (on) =>
    given("IncomeGeneratingEquipment", on, 1, "kit", { note: "Tools for the trade the person worked in before." }),
  Mhpss: (on) => given("Mhpss", on, 3, "session"),
  Legal: (on) => given("Legal", on, 1, "session"),
};

function ukraineStory(sketch: Sketch, index: number): DemoCase {
  const facts = sketch.sex === "F" ? woman(sketch.born, "UA", "uk") : man(sketch.born, "UA", "uk");
  const opened = may(Math.max(sketch.day - 3, 2));
  const paid = may(sketch.day);
  const later = may(Math.min(sketch.day + 4, 31));
  return {
    key: `ua-2022-${String(index + 1).padStart(2, "0")}`,
    intake: {
      person: person(
        sketch.first,
        sketch.last,
        {},
        {
          ...facts,
          migrationStatuses: ["InternallyDisplacedPerson"],
          vulnerabilityFlags: sketch.victim ? ["TraffickingSurvivor", "NoIncome"] : ["NoIncome", "NoSafeAccommodation"],
        },
      ),
      openedOn: opened,
      identifiedOn: opened,
      victim: sketch.victim
        ? {
            traffickingStatus: "ActualVictimOfTrafficking",
            exploitationTypes: [sketch.exploitation === "sexual" ? "SexualExploitation" : "ForcedLabour"],
            ...(sketch.exploitedIn && { exploitationPlaces: [{ country: sketch.exploitedIn }] }),
          }
        : { traffickingStatus: "PossibleVictimOfTrafficking" },
      consents: consents(opened, { language: "uk", research: true }),
    },
    assistance: [
      given("FamilyAndHousingAllowance", paid, 1, "payment", { cost: 6600, currency: "UAH" }),
      ...sketch.extra.map((type) => EXTRA[type](later)),
    ],
    stage: "closed",
    closure: CLOSED,
  };
}

const POLAND: DemoCase = {
  key: "pl-2022-stranded",
  intake: {
    person: person(
      "Марта",
      "Стефанишин",
      {},
      {
        ...woman(1991, "UA", "uk"),
        migrationStatuses: ["TemporaryProtection"],
        vulnerabilityFlags: ["TraffickingSurvivor", "NoSafeAccommodation"],
      },
    ),
    openedOn: "2022-05-09",
    identifiedOn: "2022-05-06",
    victim: {
      traffickingStatus: "ActualVictimOfTrafficking",
      exploitationTypes: ["ForcedLabour"],
      exploitationPlaces: [{ country: "AE" }],
    },
    consents: consents("2022-05-09", { language: "uk", police: true }),
  },
  assistance: [
    given("ShelterAndAccommodation", "2022-05-10", 21, "night"),
    given("Mhpss", "2022-05-12", 4, "session"),
    given("Legal", "2022-05-16", 2, "session"),
    given("OtherInKind", "2022-05-10", 1, "kit"),
  ],
  stage: "closed",
  closure: CLOSED,
};

function strandedInMoldova(key: string, first: string, last: string, born: number, arrived: string): DemoCase {
  return {
    key,
    intake: {
      person: person(
        first,
        last,
        {},
        {
          ...woman(born, "UA", "uk"),
          migrationStatuses: ["Returnee"],
          vulnerabilityFlags: ["TraffickingSurvivor", "NoIdentityDocuments"],
        },
      ),
      openedOn: arrived,
      identifiedOn: arrived,
      victim: {
        traffickingStatus: "ActualVictimOfTrafficking",
        exploitationTypes: ["ForcedLabour"],
        exploitationPlaces: [{ country: "BI" }],
      },
      consents: consents(arrived, { language: "uk" }),
    },
    assistance: [
      given("SafeTransport", arrived, 1, "trip", {
        note: "Flight and escort from the country where she was stranded.",
      }),
      given("ShelterAndAccommodation", arrived, 14, "night", {
        providerName: "Centre for protection and assistance, Chișinău",
      }),
      given("Medical", arrived, 1, "session"),
      given("Mhpss", arrived, 3, "session"),
    ],
    stage: "closed",
    closure: CLOSED,
  };
}

const MOLDOVA: readonly DemoCase[] = [
  strandedInMoldova("md-2022-stranded-1", "Віра", "Гуменюк", 1988, "2022-05-11"),
  strandedInMoldova("md-2022-stranded-2", "Ніна", "Остапчук", 1994, "2022-05-11"),
  strandedInMoldova("md-2022-stranded-3", "Олександра", "Кирилюк", 1990, "2022-05-25"),
];

/** The seed period's caseloads: the office teams' caseworkers, and the field team (main office) for Poland. */
export const SEED_PERIOD_CASELOADS: readonly DemoCaseload[] = [
  {
    organisation: DEMO_CASES_ORGANISATION.name,
    caseworker: officeStaffEmail("ua.caseworker"),
    supervisor: DEMO_CASES_ORGANISATION.supervisor,
    stories: UKRAINE.map(ukraineStory),
  },
  {
    organisation: DEMO_CASES_ORGANISATION.name,
    caseworker: DEMO_CASES_ORGANISATION.caseworker,
    supervisor: DEMO_CASES_ORGANISATION.supervisor,
    stories: [POLAND],
  },
  {
    organisation: DEMO_CASES_ORGANISATION.name,
    caseworker: officeStaffEmail("md.caseworker"),
    supervisor: DEMO_CASES_ORGANISATION.supervisor,
    stories: MOLDOVA,
  },
];

/** Records the seed period's cases unless the Ukrainian office team already holds cases; returns how many were made. */
export async function seedPeriodCases(services: Services, teams: ReadonlyMap<string, string>): Promise<number> {
  const ukraineTeam = teams.get("Ukraine protection team");
  if (!ukraineTeam) return 0;
  const earlier = await services.database.db
    .selectFrom("cases")
    .select("id")
    .where("team_id", "=", ukraineTeam)
    .limit(1)
    .executeTakeFirst();
  if (earlier) return 0;
  let made = 0;
  for (const caseload of SEED_PERIOD_CASELOADS) made += await seedCaseload(services, caseload);
  return made;
}
