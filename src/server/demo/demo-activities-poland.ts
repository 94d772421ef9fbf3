import {
  awareness,
  between,
  coordination,
  type DemoActivity,
  guidance,
  on,
  research,
} from "./demo-activities-builders.js";
import { POLAND_TRAINING } from "./demo-activities-poland-training.js";

/*
 * The Polish office from 2021 to 2025 (seed 001) besides its training: the awareness campaign on public
 * transport (December 2023 to May 2024), the e-learning course, two research publications of 2024, and its
 * coordination — it chairs the counter-trafficking working group and sits in the interministerial group.
 */

const CAMPAIGN: DemoActivity = {
  key: "pl-2024-05-campaign",
  office: "PL",
  title: "“Check Before You Go” campaign on public transport",
  narrative:
    "For six months the campaign warned travellers about job offers that lead to exploitation. Its spots ran more than 1,350,000 times on national and regional trains and city buses, its social media posts were viewed more than 150,000 times, and an expert of the office explained the risks in a morning programme of an online news portal.",
  partners: ["National and regional rail operators", "City bus operators", "An online news portal"],
  ...between("2023-12-01", "2024-05-31"),
  details: awareness({
    campaign: "Check Before You Go",
    materials: [
      { material: "transport_spot", languages: ["pl", "uk"] },
      { material: "social_media_post", languages: ["pl", "uk"] },
      { material: "interview", languages: ["pl"] },
    ],
    languages: ["pl", "uk"],
    channels: ["public_transport", "social_media", "online_media"],
    reach: { spots: 1_350_000, views: 150_000 },
  }),
};

const E_LEARNING_COURSE: DemoActivity = {
  key: "pl-2023-06-e-learning-course",
  office: "PL",
  title: "E-learning course on preventing and detecting trafficking in human beings",
  narrative:
    "An online course for police officers and border guards on recognising trafficking early and assisting victims, published with the police headquarters and the border guard and revised after its first year.",
  partners: ["National police headquarters", "The national border guard"],
  ...on("2023-06-01"),
  details: guidance({
    productType: "e_learning_module",
    languages: ["pl"],
    versions: [
      { label: "1.0", date: "2023-06-01" },
      { label: "1.1", date: "2024-07-01", note: "Cases from the first year added; referral contacts updated." },
    ],
  }),
};

const PUBLICATIONS: readonly DemoActivity[] = [
  {
    key: "pl-2024-08-vulnerability-study",
    office: "PL",
    title: "Vulnerability to trafficking in the context of the war: findings from Poland and Romania",
    narrative:
      "A study published with a UN refugee agency on what makes refugees from Ukraine vulnerable to trafficking in Poland and Romania. Most of those surveyed were women, many with children; health and money problems came up most; gender, disability, age and ethnicity were the main factors; key informants saw discrimination and exclusion growing, and coping getting harder as displacement drags on.",
    partners: ["A UN refugee agency", "Country office — Romania"],
    ...between("2023-10-02", "2024-08-29"),
    details: research({
      method: "survey",
      researchStatus: "published",
      findings: [
        { text: "Share of surveyed refugees who were women", value: 83, unit: "percent" },
        { text: "Health and financial problems were the difficulties reported most often." },
        { text: "Gender, disability, age and ethnicity were the main factors of vulnerability." },
        { text: "Key informants reported more discrimination and social exclusion." },
        { text: "Coping mechanisms weaken over time; language and labour market barriers persist." },
      ],
    }),
  },
  {
    key: "pl-2024-06-roma-study",
    office: "PL",
    title: "Ukrainian Roma and access to government and humanitarian assistance",
    narrative:
      "With focus groups, interviews and a survey of Roma refugees, the office looked at how they reach public and humanitarian help. It found systemic discrimination and barriers to services, health and education among them, and recommends targeted protection, inclusion and easier access.",
    partners: ["A Roma community organisation"],
    ...between("2023-11-06", "2024-06-27"),
    details: research({
      method: "focus_groups",
      researchStatus: "published",
      findings: [
        { text: "Roma refugees meet systemic discrimination when seeking services." },
        { text: "Barriers to health care and education were reported most." },
      ],
    }),
  },
];

const WORKING_GROUP_MONTHS = [
  "2023-03",
  "2023-06",
  "2023-09",
  "2023-12",
  "2024-03",
  "2024-06",
  "2024-09",
  "2024-12",
  "2025-03",
  "2025-06",
  "2025-09",
];

const workingGroup = (month: string): DemoActivity => ({
  key: `pl-${month}-ct-working-group`,
  office: "PL",
  title: "Counter-trafficking working group of the refugee response, chaired by the office",
  narrative:
    "The office chaired the quarterly meeting of the counter-trafficking working group under the regional refugee response plan: trends, referrals and joint prevention work.",
  partners: ["A UN refugee agency", "National anti-trafficking NGOs"],
  place: "Warszawa",
  admin1Pcode: "PL14",
  ...on(`${month}-14`),
  details: coordination({
    meetingType: "working_group",
    role: "chair",
    organisationCount: 16,
    topics: ["prevention", "referral", "data"],
  }),
});

const interministerial = (day: string): DemoActivity => ({
  key: `pl-${day.slice(0, 7)}-interministerial-group`,
  office: "PL",
  title: "Interministerial counter-trafficking working group",
  narrative:
    "As a member of the interministerial working group, the office reported on trafficking trends among refugees and on its training of law enforcement.",
  partners: ["Ministry of the interior"],
  place: "Warszawa",
  admin1Pcode: "PL14",
  ...on(day),
  details: coordination({ meetingType: "working_group", role: "participant", topics: ["prevention", "data"] }),
});

export const POLAND_ACTIVITIES: readonly DemoActivity[] = [
  ...POLAND_TRAINING,
  CAMPAIGN,
  E_LEARNING_COURSE,
  ...PUBLICATIONS,
  ...WORKING_GROUP_MONTHS.map(workingGroup),
  ...["2023-05-23", "2024-05-21", "2025-05-20"].map(interministerial),
];
