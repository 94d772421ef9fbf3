import type { CountryCode } from "../../shared/vocab/countries.js";

/*
 * The shape of a demo screening and the builders its answers are written with (demo-screening-answers.ts):
 * field names and choices from the built-in rapid screening instrument.
 */

type SiteType = "border_crossing" | "transit_centre" | "collective_shelter";
type SpokenLanguage = "uk" | "ru" | "ro" | "pl" | "en" | "romani";
export type Answers = Record<string, unknown>;

export interface DemoScreening {
  /** Stable, unique per organisation: the screening's client key, so that seeding twice saves it once. */
  key: string;
  daysAgo: number;
  /** Time of day, UTC. */
  time: string;
  siteType: SiteType;
  place: string;
  country: CountryCode;
  interviewLanguage: string;
  answers: Answers;
  /** A screening in immediate danger whose urgent task the supervisor has already dealt with. */
  handled?: boolean;
}

/** Who answered: the "about you" and "journey" sections. */
interface Respondent {
  sex: "female" | "male";
  age?: number;
  /** Instead of an age the person would not give. */
  band?: "child" | "adult" | "older";
  citizenship?: string;
  /** For citizenship "other". */
  citizenshipOther?: string;
  language?: SpokenLanguage;
  name?: [string, string];
  origin?: string;
  destination?: string;
  travelWith?: "alone" | "family" | "group" | "recent_contact";
  groupSize?: number;
  hasId?: "yes" | "no";
  childCare?: "parent" | "relative" | "unrelated_adult" | "alone";
}

const NO_DIFFICULTY = Object.fromEntries(
  ["wg_seeing", "wg_hearing", "wg_walking", "wg_remembering", "wg_selfcare", "wg_communicating"].map((wg) => [
    wg,
    "none",
  ]),
);

/** No trafficking indicator: the answers most screenings have. */
const NO_RISK: Answers = {
  job_offer: "no",
  documents_held: "no",
  unpaid_work: "no",
  not_free: "no",
  travel_controlled: "no",
  debt: "no",
  forced: "no",
  threatened: "no",
  feels_safe: "yes",
  screener_signs: ["none"],
};

function answersOf(siteType: SiteType, who: Respondent, needs: string[], more: Answers): Answers {
  const origin = who.origin ?? "UA";
  return {
    consent_record: "yes",
    screening_site: siteType,
    gives_name: who.name ? "yes" : "no",
    ...(who.name && { given_name: who.name[0], family_name: who.name[1] }),
    age_known: who.age === undefined ? "no" : "yes",
    ...(who.age === undefined ? { age_band: who.band ?? "adult" } : { age: who.age }),
    sex: who.sex,
    language: who.language ?? "uk",
    citizenship: who.citizenship ?? origin,
    ...(who.citizenshipOther && { citizenship_other: who.citizenshipOther }),
    country_origin: origin,
    country_from: "UA",
    destination: who.destination ?? "PL",
    travel_with: who.travelWith ?? "alone",
    ...(who.groupSize && { group_size: who.groupSize }),
    has_id_document: who.hasId ?? "yes",
    ...(who.childCare && { child_care: who.childCare }),
    ...NO_DIFFICULTY,
    urgent_medical: "no",
    gbv_disclosed: "no",
    needs,
    ...NO_RISK,
    consent_refer: "yes",
    ...more,
  };
}

interface Site {
  siteType: SiteType;
  place: string;
  country: CountryCode;
}

export const at = (siteType: SiteType, place: string, country: CountryCode): Site => ({ siteType, place, country });
const INTERVIEW: Record<SpokenLanguage, string> = { uk: "uk", ru: "ru", ro: "ro", pl: "pl", en: "en", romani: "rom" };

/** One screening: where and when, who, what they need and any answers that differ from no risk at all. */
export function screening(
  key: string,
  daysAgo: number,
  time: string,
  site: Site,
  who: Respondent,
  needs: string[],
  more: Answers = {},
): DemoScreening {
  return {
    key,
    daysAgo,
    time,
    ...site,
    interviewLanguage: INTERVIEW[who.language ?? "uk"],
    answers: answersOf(site.siteType, who, needs, more),
  };
}

export const mother = (age: number, children: number): Respondent => ({
  sex: "female",
  age,
  travelWith: "family",
  groupSize: children + 1,
});
export const alone = (sex: Respondent["sex"], age: number, more: Partial<Respondent> = {}): Respondent => ({
  sex,
  age,
  ...more,
});

/** Immediate danger: not free to leave now, and the person in control is nearby. */
export const IN_DANGER: Answers = { not_free: "yes_now", controller_nearby: "yes", feels_safe: "no" };
