import { between, type DemoActivity, guidance, on, people, training } from "./demo-activities-builders.js";

/*
 * Training and guidance of the seed period (May to early June 2022). Figures are the report's; where it
 * names a training without a head count (the Roma mediators, the Belarusian protection trainings) the count
 * is an invented, plausible one.
 */

const UN_REFUGEE_AGENCY = "A UN refugee agency";

export const TRAINING_2022: readonly DemoActivity[] = [
  {
    key: "pl-2022-05-23-border-guards",
    office: "PL",
    title: "Counter-trafficking training for border guard officers",
    narrative: "Thirty-seven border guard officers learned how to recognise trafficking and refer victims.",
    partners: ["The national border guard"],
    place: "Warszawa",
    admin1Pcode: "PL14",
    ...on("2022-05-23"),
    details: training({
      topics: ["identification", "referral", "labour_exploitation"],
      targetGroups: ["border_guards"],
      modality: "in_person",
      durationDays: 1,
      participants: people(37, 9),
    }),
  },
  {
    key: "pl-2022-05-30-roma-mediators",
    office: "PL",
    title: "Two-day training for Roma cultural mediators",
    narrative:
      "Roma cultural mediators spent two days in Warsaw on trafficking, child protection and recognising Roma refugees in vulnerable situations.",
    partners: ["A Roma community organisation"],
    place: "Warszawa",
    admin1Pcode: "PL14",
    ...between("2022-05-30", "2022-05-31"),
    details: training({
      topics: ["identification", "child_protection"],
      targetGroups: ["cultural_mediators"],
      modality: "in_person",
      durationDays: 2,
      participants: people(18, 11),
    }),
  },
  {
    key: "pt-2022-06-municipalities",
    office: "PT",
    title: "Online protection sessions for municipalities",
    narrative:
      "Two online sessions with a UN refugee agency, for municipalities that have helped people from Ukraine since February, covered assessing vulnerability and referring, trafficking risks, a psychosocial approach, working with volunteers and protection in humanitarian work; 117 people registered.",
    partners: [UN_REFUGEE_AGENCY],
    ...between("2022-06-03", "2022-06-07"),
    details: training({
      topics: ["identification", "referral", "other"],
      targetGroups: ["local_authorities"],
      modality: "online",
      participants: people(117, 81),
    }),
  },
  {
    key: "ro-2022-06-child-protection",
    office: "RO",
    title: "Protection training for child protection and social workers",
    narrative:
      "With a UN refugee agency, the office trained 68 child protection workers, social workers and volunteers in Vaslui and Iași counties; its own session covered identifying victims of trafficking and referring them through the national referral mechanism.",
    partners: [UN_REFUGEE_AGENCY, "County child protection directorates"],
    place: "Vaslui and Iași",
    ...between("2022-06-06", "2022-06-08"),
    details: training({
      topics: ["identification", "referral", "child_protection"],
      targetGroups: ["child_protection_workers", "social_workers", "volunteers"],
      modality: "in_person",
      durationDays: 3,
      participants: people(68, 53),
      byProfile: [
        { profile: "child_protection_workers", count: 30 },
        { profile: "social_workers", count: 22 },
        { profile: "volunteers", count: 16 },
      ],
    }),
  },
  {
    key: "by-2022-06-protection-trainings",
    office: "BY",
    title: "Protection trainings in Belarusian cities",
    narrative:
      "In several cities the office trained frontline staff to recognise and refer people who may have been trafficked and survivors of gender-based violence.",
    ...between("2022-06-01", "2022-06-08"),
    details: training({
      topics: ["identification", "referral", "gbv"],
      targetGroups: ["social_workers", "ngo_staff"],
      modality: "in_person",
      participants: people(58, 44),
    }),
  },
];

export const GUIDANCE_2022: readonly DemoActivity[] = [
  {
    key: "at-2022-05-09-indicators",
    office: "AT",
    title: "Indicators of trafficking among arrivals from Ukraine",
    narrative:
      "A practical list for frontline responders of signs that someone arriving from Ukraine may be trafficked, written with the criminal police and victim protection organisations and kept up to date as new patterns are seen.",
    partners: ["The federal criminal police", "Victim protection organisations"],
    ...on("2022-05-09"),
    details: guidance({
      productType: "indicator_list",
      languages: ["de", "en"],
      versions: [{ label: "1", date: "2022-05-09", note: "First edition; to be updated as observations come in." }],
    }),
  },
  {
    key: "at-2022-05-09-private-accommodation",
    office: "AT",
    title: "Preventing trafficking in private accommodation",
    narrative:
      "A second tool for frontline responders on keeping people housed in private homes safe from trafficking, written with the same partners and revised as experience grows.",
    partners: ["The federal criminal police", "Victim protection organisations"],
    ...on("2022-05-09"),
    details: guidance({
      productType: "guideline",
      languages: ["de", "en"],
      versions: [{ label: "1", date: "2022-05-09", note: "First edition; to be updated as observations come in." }],
    }),
  },
];
