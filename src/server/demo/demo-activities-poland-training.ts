import type { TRAINING_MODALITIES } from "../../shared/activities/vocab.js";
import { type DemoActivity, people, training } from "./demo-activities-builders.js";

/*
 * The Polish office's training from 2021 to 2025 (seed 001): 534 cabin crew members, more than 4,000 law
 * enforcement officers in person and by e-learning, consular staff, child protection workers, a training of
 * trainers in December 2024 and the staff of shelters, local authorities and partners — almost 6,500 people
 * with the two trainings of May 2022 (demo-activities-2022-training.ts).
 */

interface Course {
  key: string;
  startsOn: string;
  endsOn: string;
  title: string;
  narrative: string;
  /** Participants by profile (target group code). */
  groups: Record<string, number>;
  female: number;
  modality?: (typeof TRAINING_MODALITIES)[number];
  topics?: string[];
  partners?: string[];
  place?: string;
}

const WARSAW = { place: "Warszawa" } as const;

function course(c: Course): DemoActivity {
  const entries = Object.entries(c.groups);
  const total = entries.reduce((sum, [, count]) => sum + count, 0);
  const days = Math.round((Date.parse(c.endsOn) - Date.parse(c.startsOn)) / 86_400_000) + 1;
  const inPerson = (c.modality ?? "in_person") !== "e_learning";
  return {
    key: c.key,
    office: "PL",
    title: c.title,
    narrative: c.narrative,
    ...(c.partners && { partners: c.partners }),
    ...(c.place && { place: c.place, ...(c.place === WARSAW.place && { admin1Pcode: "PL14" }) }),
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    details: training({
      topics: c.topics ?? ["identification", "referral"],
      targetGroups: entries.map(([profile]) => profile),
      modality: c.modality ?? "in_person",
      ...(inPerson && days <= 5 && { durationDays: days }),
      participants: people(total, c.female),
      byProfile: entries.length > 1 ? entries.map(([profile, count]) => ({ profile, count })) : [],
    }),
  };
}

const AIRLINE = ["A national airline"];
const cabinCrew = (key: string, day: string, count: number, female: number): DemoActivity =>
  course({
    key,
    startsOn: day,
    endsOn: day,
    title: "Cabin crew: recognising and reporting signs of trafficking",
    narrative:
      "Cabin crew learned the signs that a passenger may be trafficked and how to report a suspicion safely, on board and on arrival.",
    groups: { cabin_crew: count },
    female,
    partners: AIRLINE,
    ...WARSAW,
  });

const ELEARNING =
  "Police officers and border guards took the e-learning course on preventing and detecting trafficking in human beings: early identification and assistance centred on the victim.";
const eLearning = (key: string, from: string, to: string, police: number, guards: number, female: number) =>
  course({
    key,
    startsOn: from,
    endsOn: to,
    title: "E-learning for police and border guards on trafficking",
    narrative: ELEARNING,
    groups: { police, border_guards: guards },
    female,
    modality: "e_learning",
    topics: ["identification", "victim_centred_assistance"],
    partners: ["National police headquarters", "The national border guard"],
  });

const lawEnforcement = (key: string, day: string, group: string, count: number, female: number, place: string) =>
  course({
    key,
    startsOn: day,
    endsOn: day,
    title: "Early identification of trafficking for law enforcement",
    narrative:
      "Officers practised recognising trafficking early and giving victims assistance centred on their needs, with cases from the region.",
    groups: { [group]: count },
    female,
    topics: ["identification", "victim_centred_assistance", "referral"],
    place,
  });

export const POLAND_TRAINING: readonly DemoActivity[] = [
  cabinCrew("pl-2021-11-cabin-crew", "2021-11-18", 62, 48),
  cabinCrew("pl-2022-03-cabin-crew", "2022-03-24", 48, 37),
  cabinCrew("pl-2022-09-cabin-crew", "2022-09-15", 71, 55),
  cabinCrew("pl-2023-02-cabin-crew", "2023-02-09", 85, 64),
  cabinCrew("pl-2023-10-cabin-crew", "2023-10-12", 96, 73),
  cabinCrew("pl-2024-04-cabin-crew", "2024-04-18", 88, 67),
  cabinCrew("pl-2024-11-cabin-crew", "2024-11-21", 52, 40),
  cabinCrew("pl-2025-05-cabin-crew", "2025-05-15", 32, 25),
  lawEnforcement("pl-2021-10-border-guards", "2021-10-14", "border_guards", 45, 9, "Przemyśl"),
  lawEnforcement("pl-2022-10-police", "2022-10-20", "police", 60, 14, "Lublin"),
  lawEnforcement("pl-2023-03-municipal-police", "2023-03-16", "municipal_police", 55, 12, "Kraków"),
  eLearning("pl-2023-12-e-learning", "2023-06-01", "2023-12-31", 820, 560, 330),
  eLearning("pl-2024-06-e-learning", "2024-01-01", "2024-06-30", 700, 450, 280),
  lawEnforcement("pl-2024-05-municipal-police", "2024-05-16", "municipal_police", 70, 17, "Warszawa"),
  eLearning("pl-2024-12-e-learning", "2024-07-01", "2024-12-31", 520, 370, 215),
  eLearning("pl-2025-06-e-learning", "2025-01-01", "2025-06-30", 230, 160, 95),
  lawEnforcement("pl-2025-09-border-guards", "2025-09-18", "border_guards", 43, 10, "Rzeszów"),
  course({
    key: "pl-2024-12-training-of-trainers",
    ...{ startsOn: "2024-12-09", endsOn: "2024-12-11" },
    title: "Training of trainers for police and border guard instructors",
    narrative:
      "Instructors of the police and the border guard prepared to teach early identification and referral in their own services.",
    groups: { police: 14, border_guards: 10 },
    female: 9,
    modality: "training_of_trainers",
    topics: ["identification", "referral", "victim_centred_assistance"],
    ...WARSAW,
  }),
  ...[
    ["pl-2023-06-consular-staff", "2023-06-22", 42, 27],
    ["pl-2024-09-consular-staff", "2024-09-26", 38, 25],
  ].map(([key, day, count, female]) =>
    course({
      key: key as string,
      ...{ startsOn: day as string, endsOn: day as string },
      title: "Trafficking indicators in consular work",
      narrative:
        "Consular staff learned to recognise signs of trafficking among the people they serve and where to refer them.",
      groups: { consular_staff: count as number },
      female: female as number,
      partners: ["Ministry of foreign affairs"],
      ...WARSAW,
    }),
  ),
  ...[
    ["pl-2024-03-child-protection", "2024-03-14", 110, 94, "Warszawa"],
    ["pl-2025-03-child-protection", "2025-03-20", 95, 81, "Lublin"],
  ].map(([key, day, count, female, place]) =>
    course({
      key: key as string,
      ...{ startsOn: day as string, endsOn: day as string },
      title: "Early detection and safe referral of children at risk",
      narrative:
        "Child protection workers practised detecting trafficking early, referring children safely and keeping assistance centred on the child.",
      groups: { child_protection_workers: count as number },
      female: female as number,
      topics: ["identification", "referral", "child_protection"],
      place: place as string,
    }),
  ),
  course({
    key: "pl-2022-04-shelter-staff",
    ...{ startsOn: "2022-04-04", endsOn: "2022-04-29" },
    title: "Sessions for collective shelter staff and volunteers",
    narrative:
      "In Warsaw, Podkarpackie, Małopolska and Lubelskie, staff and volunteers of collective shelters learned to spot people at risk of trafficking, sexual exploitation and abuse, and where to refer them.",
    groups: { shelter_staff: 190, volunteers: 120 },
    female: 228,
    topics: ["identification", "referral", "psea"],
  }),
  course({
    key: "pl-2022-07-shelter-staff",
    ...{ startsOn: "2022-07-12", endsOn: "2022-07-14" },
    title: "Identification and referral for shelter staff",
    narrative:
      "Shelter staff covered trafficking, anti-discrimination and intercultural communication, and identifying vulnerable cases.",
    groups: { shelter_staff: 185 },
    female: 140,
    topics: ["identification", "referral", "gbv"],
    place: "Rzeszów",
  }),
  course({
    key: "pl-2022-11-local-authorities",
    ...{ startsOn: "2022-11-08", endsOn: "2022-11-09" },
    title: "Trafficking risks for local authorities",
    narrative:
      "Local authority staff learned how trafficking shows up among refugees in their municipalities and who to call.",
    groups: { local_authorities: 240 },
    female: 168,
    ...WARSAW,
  }),
  course({
    key: "pl-2023-09-partners",
    ...{ startsOn: "2023-09-19", endsOn: "2023-09-20" },
    title: "Identification and referral for implementing partners",
    narrative:
      "Staff of partner organisations went through identification, referral and assistance centred on the victim.",
    groups: { ngo_staff: 198 },
    female: 150,
    topics: ["identification", "referral", "victim_centred_assistance"],
    ...WARSAW,
  }),
  course({
    key: "pl-2024-06-social-workers",
    ...{ startsOn: "2024-06-11", endsOn: "2024-06-12" },
    title: "Social workers: early identification and referral",
    narrative:
      "Social workers learned to recognise trafficking among the families they support and to refer them safely.",
    groups: { social_workers: 256 },
    female: 220,
    place: "Kraków",
  }),
  course({
    key: "pl-2025-06-local-authorities",
    ...{ startsOn: "2025-06-10", endsOn: "2025-06-11" },
    title: "Local authorities: protection of people on the move",
    narrative:
      "Municipal staff worked through indicators of trafficking and the referral mechanism, with a focus on children and Roma families.",
    groups: { local_authorities: 310 },
    female: 214,
    topics: ["identification", "referral", "child_protection"],
    place: "Lublin",
  }),
];
