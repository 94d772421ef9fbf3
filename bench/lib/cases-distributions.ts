import type { ExploitationType } from "../../src/shared/htcds/index.js";
import type { CountryCode } from "../../src/shared/vocab/countries.js";
import type { NameList } from "./cases-names.js";
import type { Random } from "./cases-random.js";

/*
 * Proportions of the synthetic caseload, shaped like a counter-trafficking caseload of the Ukraine
 * response: mostly Ukrainian women, a fifth children, labour before sexual exploitation, Central Asian
 * third-country nationals who had worked in Ukraine, Moldovans. Tables are [value, weight].
 */

export type Table<T> = readonly (readonly [T, number])[];

export interface Origin {
  country: CountryCode;
  names: NameList;
  /** Share recorded in Cyrillic script. */
  cyrillic: number;
  /** Not an EU or Ukrainian national. */
  thirdCountry: boolean;
  /** A mobile number of the country in E.164. */
  phone: (r: Random) => string;
}

export const ORIGINS: Table<Origin> = [
  [{ country: "UA", names: "uk", cyrillic: 0.55, thirdCountry: false, phone: (r) => `+38067${r.digits(7)}` }, 60],
  [{ country: "MD", names: "ro", cyrillic: 0.15, thirdCountry: true, phone: (r) => `+37369${r.digits(6)}` }, 9],
  [{ country: "RO", names: "ro", cyrillic: 0, thirdCountry: false, phone: (r) => `+407${r.digits(8)}` }, 4],
  [{ country: "PL", names: "pl", cyrillic: 0.03, thirdCountry: false, phone: (r) => `+485${r.digits(8)}` }, 5],
  [{ country: "RU", names: "ru", cyrillic: 0.6, thirdCountry: true, phone: (r) => `+79${r.digits(9)}` }, 5],
  [{ country: "BY", names: "ru", cyrillic: 0.6, thirdCountry: true, phone: (r) => `+37529${r.digits(7)}` }, 3],
  [{ country: "UZ", names: "ru", cyrillic: 0.5, thirdCountry: true, phone: (r) => `+9989${r.digits(8)}` }, 7],
  [{ country: "TJ", names: "ru", cyrillic: 0.5, thirdCountry: true, phone: (r) => `+9929${r.digits(8)}` }, 4],
  [{ country: "KG", names: "ru", cyrillic: 0.5, thirdCountry: true, phone: (r) => `+9967${r.digits(8)}` }, 3],
];

/** Age at opening, by band: [lowest, highest]. */
export const AGES: Table<readonly [number, number]> = [
  [[3, 17], 18],
  [[18, 24], 20],
  [[25, 34], 30],
  [[35, 44], 18],
  [[45, 59], 10],
  [[60, 75], 4],
];

export const EXPLOITATION_COUNTRIES: Table<CountryCode> = [
  ["PL", 35],
  ["DE", 15],
  ["CZ", 8],
  ["UA", 6],
  ["RO", 5],
  ["IT", 5],
  ["TR", 4],
  ["RU", 4],
  ["AE", 3],
  ["MD", 3],
  ["GB", 3],
  ["NL", 3],
  ["ES", 3],
  ["IL", 2],
  ["BI", 1],
];

export const ADULT_EXPLOITATION: Table<ExploitationType[]> = [
  [["ForcedLabour"], 48],
  [["SexualExploitation"], 34],
  [["ForcedLabour", "SexualExploitation"], 5],
  [["Servitude"], 4],
  [["ForcedBegging"], 3],
  [["ForcedMarriage"], 3],
  [["Other"], 3],
];

export const CHILD_EXPLOITATION: Table<ExploitationType[]> = [
  [["SexualExploitation"], 30],
  [["ChildLabour"], 25],
  [["ForcedBegging"], 20],
  [["ForcedLabour"], 10],
  [["ForcedMarriage"], 10],
  [["Other"], 5],
];

export const INDUSTRIES = [
  ["A_AgricultureForestryAndFishing", 25],
  ["F_Construction", 20],
  ["C_Manufacturing", 15],
  ["I_AccommodationAndFoodServiceActivities", 15],
  ["T_ActivitiesOfHouseholdsAsEmployers", 15],
  ["H_TransportationAndStorage", 5],
  ["S_OtherServiceActivities", 5],
] as const;

export const TRAFFICKING_STATUS = [
  ["PossibleVictimOfTrafficking", 62],
  ["ActualVictimOfTrafficking", 33],
  ["NotAVictimOfTrafficking", 5],
] as const;

export const STATUS_DECIDED_BY = [
  ["Police", 50],
  ["NGO", 30],
  ["CourtOrProsecution", 10],
  ["NonPoliceGovernmentalOrganization", 10],
] as const;

export const RELATIONSHIP = [
  ["Acquainted", 45],
  ["Unaquainted", 40],
  ["Familial", 15],
] as const;

/** Each independently with its probability (not weights). */
export const RECRUITMENT_METHODS = [
  ["ThroughOnlineSocialNetworks", 0.35],
  ["ThroughFriendsOrSocialEvents", 0.25],
  ["ThroughAnOnlineAdvertisement", 0.2],
  ["ThroughFamilyOrFamilyEvents", 0.1],
  ["AtWork", 0.05],
] as const;

export const RECRUITMENT_APPS = [
  ["Telegram", 35],
  ["Facebook", 25],
  ["Viber", 15],
  ["Instagram", 10],
  ["WhatsApp", 10],
  ["TikTok", 5],
] as const;

/** Each independently with its probability; sexual abuse is added for sexual exploitation. */
export const CONTROL_METHODS = [
  ["FalsePromises", 0.6],
  ["TakesEarnings", 0.45],
  ["WithholdsDocuments", 0.4],
  ["ExcessiveWorkingHours", 0.35],
  ["PhysicalThreats", 0.3],
  ["RestrictsMovement", 0.3],
  ["PsychologicalAbuse", 0.3],
  ["DebtBondage", 0.25],
  ["ThreatensChildrenFamily", 0.1],
] as const;

export const SEX_EXPLOITATION = [
  ["Prostitution", 60],
  ["RemoteInteractiveServices", 20],
  ["PrivateSexualServices", 10],
  ["Pornography", 10],
] as const;

export const REFERRERS = [
  "Border Guard",
  "Police",
  "Municipal social services",
  "Partner helpline",
  "Collective shelter staff",
  "Consulate",
];

/** Stages of cases not closed. */
export const OPEN_STAGES = [
  ["open", 15],
  ["assessment", 15],
  ["support_plan", 15],
  ["assistance", 25],
  ["follow_up", 20],
  ["closure_requested", 10],
] as const;

export const CLOSURES: Table<{ reason: string; referred: boolean }> = [
  [{ reason: "Support plan completed", referred: false }, 55],
  [{ reason: "Referred to a specialised service", referred: true }, 20],
  [{ reason: "Returned home with reintegration support", referred: false }, 10],
  [{ reason: "Contact lost after several attempts", referred: false }, 10],
  [{ reason: "Person asked to close the case", referred: false }, 5],
];
