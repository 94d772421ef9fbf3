import { alone, at, type DemoScreening, IN_DANGER, mother, screening } from "./demo-screening-builders.js";

export type { DemoScreening };

/*
 * The demo rapid screenings. Most people screened at a border, a transit centre or a shelter need food,
 * transport or information and show no trafficking indicator; some show one or two; a few are in
 * immediate danger.
 */

const MEDYKA = at("border_crossing", "Medyka", "PL");
const DOROHUSK = at("border_crossing", "Dorohusk", "PL");
const HREBENNE = at("border_crossing", "Hrebenne", "PL");
const BUDOMIERZ = at("border_crossing", "Budomierz", "PL");
const PRZEMYSL = at("transit_centre", "Przemyśl", "PL");
const CHELM = at("transit_centre", "Chełm", "PL");
const WARSZAWA = at("collective_shelter", "Warszawa", "PL");
const KRAKOW = at("collective_shelter", "Kraków", "PL");

/** The first country office's screenings over the last three months, oldest first. */
export const OFFICE_SCREENINGS: readonly DemoScreening[] = [
  screening("pl-01", 89, "08:15", MEDYKA, mother(34, 2), ["food", "hygiene", "transport"]),
  screening("pl-02", 87, "10:40", PRZEMYSL, alone("female", 67, { destination: "DE" }), ["medicines", "transport"]),
  screening("pl-03", 85, "14:05", DOROHUSK, alone("male", 71, { travelWith: "family", groupSize: 2 }), ["medical"], {
    wg_walking: "a_lot",
  }),
  screening(
    "pl-04",
    82,
    "09:30",
    WARSZAWA,
    { ...mother(29, 1), language: "ru", name: ["Марина", "Ткач"] },
    ["shelter", "information"],
    {
      job_offer: "yes",
    },
  ),
  screening("pl-05", 80, "16:20", MEDYKA, { sex: "female", age: 41, travelWith: "group", groupSize: 4 }, [
    "food",
    "information",
  ]),
  screening(
    "pl-06",
    78,
    "11:00",
    CHELM,
    alone("male", 19, { citizenship: "other", citizenshipOther: "India", language: "en" }),
    ["documents", "legal", "information"],
  ),
  screening("pl-07", 76, "13:45", KRAKOW, mother(36, 2), ["medical", "shelter"], { pregnant: "yes" }),
  screening("pl-08", 74, "08:50", HREBENNE, alone("female", 52), ["transport"]),
  screening(
    "pl-09",
    71,
    "19:10",
    MEDYKA,
    alone("female", 23, { name: ["Yana", "Savchuk"], travelWith: "recent_contact", destination: "other" }),
    ["information", "documents"],
    {
      destination_other: "Netherlands",
      job_offer: "yes",
      documents_held: "yes",
      screener_notes: "Travelling with a man who found her a job in greenhouses; he held her passport until asked.",
    },
  ),
  screening("pl-10", 69, "10:05", PRZEMYSL, alone("male", 15, { childCare: "relative" }), ["shelter", "information"]),
  screening("pl-11", 66, "12:30", WARSZAWA, alone("female", 45), ["clothing", "hygiene"]),
  screening("pl-12", 64, "09:15", DOROHUSK, alone("male", 63, { language: "ru" }), ["medicines"]),
  screening(
    "pl-13",
    61,
    "15:40",
    WARSZAWA,
    { ...mother(31, 4), language: "romani", hasId: "no" },
    ["food", "hygiene", "documents"],
    { roma: "yes" },
  ),
  screening(
    "pl-14",
    59,
    "11:20",
    CHELM,
    alone("female", 27, { origin: "MD", language: "ro", name: ["Ana", "Guțu"], destination: "DE" }),
    ["legal", "transport"],
    { unpaid_work: "yes", debt: "yes" },
  ),
  screening("pl-15", 57, "08:05", MEDYKA, mother(38, 2), ["food", "transport"]),
  screening("pl-16", 54, "17:30", BUDOMIERZ, { sex: "male", age: 44, travelWith: "group", groupSize: 3 }, [
    "information",
  ]),
  screening("pl-17", 52, "10:50", KRAKOW, alone("female", 33), ["psychosocial", "medical", "shelter"], {
    gbv_disclosed: "yes",
  }),
  screening("pl-18", 50, "13:10", PRZEMYSL, alone("female", 70), ["medicines", "transport"], { wg_seeing: "a_lot" }),
  screening("pl-19", 47, "09:40", HREBENNE, mother(25, 1), ["food", "hygiene"]),
  screening("pl-20", 45, "14:55", WARSZAWA, alone("male", 35), ["legal", "information"], { unpaid_work: "yes" }),
  {
    ...screening(
      "pl-21",
      43,
      "07:50",
      MEDYKA,
      alone("female", 20, { travelWith: "recent_contact", destination: "DE" }),
      ["shelter", "information"],
      {
        ...IN_DANGER,
        documents_held: "yes",
        screener_signs: ["someone_answers", "fearful"],
        screener_notes: "A man waiting outside the tent kept calling her. Border Guard informed; she stayed with us.",
      },
    ),
    handled: true,
  },
  screening("pl-22", 41, "11:35", CHELM, alone("female", 48), ["transport", "information"]),
  screening("pl-23", 38, "16:05", WARSZAWA, alone("female", 30, { citizenship: "BY", language: "ru" }), [
    "legal",
    "documents",
  ]),
  screening("pl-24", 36, "10:25", DOROHUSK, mother(37, 3), ["food"]),
  screening("pl-25", 34, "12:45", MEDYKA, alone("male", 17, { childCare: "alone" }), ["shelter", "food"]),
  screening("pl-26", 31, "09:05", KRAKOW, alone("female", 62), ["medicines", "medical"]),
  screening("pl-27", 29, "18:40", PRZEMYSL, alone("female", 24, { destination: "DE" }), ["transport", "information"], {
    job_offer: "yes",
  }),
  screening("pl-28", 27, "08:30", HREBENNE, mother(39, 1), ["food", "hygiene", "clothing"]),
  screening("pl-29", 24, "13:20", WARSZAWA, alone("male", 52), ["medical", "medicines"], { urgent_medical: "yes" }),
  screening("pl-30", 22, "10:10", BUDOMIERZ, alone("female", 28), ["transport"]),
  {
    key: "pl-31",
    daysAgo: 19,
    time: "15:15",
    ...CHELM,
    interviewLanguage: "ru",
    // She did not agree to anything being written down: only that.
    answers: { consent_record: "no" },
  },
  screening("pl-32", 17, "09:55", MEDYKA, mother(43, 2), ["food", "transport"]),
  screening("pl-33", 15, "11:45", KRAKOW, alone("female", 26), ["shelter", "psychosocial"], {
    screener_signs: ["fearful"],
  }),
  screening("pl-34", 13, "14:30", DOROHUSK, alone("male", 66), ["medicines"]),
  screening("pl-35", 11, "08:40", PRZEMYSL, { ...mother(31, 1), hasId: "no" }, ["documents", "information"]),
  screening(
    "pl-36",
    9,
    "16:50",
    WARSZAWA,
    alone("male", 29, { citizenship: "other", citizenshipOther: "Uzbekistan", language: "ru" }),
    ["legal", "shelter"],
    { forced: "yes", threatened: "yes", debt: "yes" },
  ),
  screening("pl-37", 7, "10:00", MEDYKA, mother(35, 2), ["food", "hygiene"]),
  screening("pl-38", 5, "12:15", CHELM, alone("female", 58), ["transport"]),
  screening("pl-39", 3, "09:20", KRAKOW, mother(40, 1), ["clothing", "information"]),
  screening(
    "pl-40",
    1,
    "20:05",
    HREBENNE,
    alone("female", 19, { name: ["Дарина", "Коваль"], travelWith: "recent_contact", destination: "CZ" }),
    ["transport", "information"],
    {
      ...IN_DANGER,
      job_offer: "yes",
      travel_controlled: "yes",
      debt: "yes",
      screener_signs: ["someone_answers", "scripted"],
      contact_phone: "+380661234505",
    },
  ),
];

const SIRET = at("border_crossing", "Siret", "RO");
const ISACCEA = at("border_crossing", "Isaccea", "RO");
const BUCURESTI = at("transit_centre", "București", "RO");
const BRASOV = at("collective_shelter", "Brașov", "RO");

/** A few screenings of the Romanian country office. */
export const ROMANIA_SCREENINGS: readonly DemoScreening[] = [
  screening("ro-01", 60, "09:10", SIRET, { ...mother(32, 1), destination: "RO" }, ["food", "transport"]),
  screening("ro-02", 45, "17:25", BUCURESTI, alone("female", 27, { destination: "other" }), ["documents", "legal"], {
    destination_other: "Cyprus",
    job_offer: "yes",
    documents_held: "yes",
  }),
  screening("ro-03", 30, "11:40", BRASOV, alone("female", 68, { language: "ru", destination: "RO" }), ["medicines"]),
  screening("ro-04", 14, "13:05", ISACCEA, alone("male", 16, { childCare: "relative", destination: "RO" }), [
    "shelter",
  ]),
  screening("ro-05", 4, "10:30", SIRET, alone("female", 36, { origin: "MD", language: "ro", destination: "RO" }), [
    "information",
  ]),
];
