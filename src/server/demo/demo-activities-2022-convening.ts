import { between, coordination, type DemoActivity, on } from "./demo-activities-builders.js";

/*
 * Coordination of the seed period (May 2022): working groups, task forces and bilateral meetings of each
 * country office, in the report's "convening and dialogue" section. Partners carry neutral descriptions.
 */

const UN_REFUGEE_AGENCY = "A UN refugee agency";

export const CONVENING_2022: readonly DemoActivity[] = [
  {
    key: "by-2022-05-coordination-forum",
    office: "BY",
    title: "Refugee coordination forum: fortnightly meetings",
    narrative:
      "The office took part in the fortnightly meetings of the UN refugee coordination forum in Belarus, where agencies share what they see in the Ukraine response and agree on next steps; trafficking risks were on the agenda.",
    partners: ["UN agencies in Belarus"],
    ...between("2022-05-04", "2022-05-25"),
    details: coordination({ meetingType: "working_group", role: "participant", topics: ["prevention", "referral"] }),
  },
  {
    key: "bg-2022-05-13-monthly-meeting",
    office: "BG",
    title: "Monthly meeting of authorities and NGOs on trafficking of people from Ukraine",
    narrative:
      "At the monthly meeting of national authorities and NGOs, the office discussed how trafficking cases involving Ukrainian nationals are identified and how they can be prevented.",
    partners: ["National anti-trafficking authorities", "NGOs"],
    ...on("2022-05-13"),
    details: coordination({
      meetingType: "working_group",
      role: "participant",
      topics: ["identification", "prevention"],
    }),
  },
  {
    key: "bg-2022-05-11-local-briefing",
    office: "BG",
    title: "Local coordination briefing on preventing trafficking among new arrivals",
    narrative:
      "The office brought together the local anti-trafficking commission, the city administration, the police and volunteers to agree on how to prevent trafficking among people arriving from Ukraine.",
    ...on("2022-05-11"),
    details: coordination({
      meetingType: "briefing",
      role: "organiser",
      organisationsPresent: ["Local anti-trafficking commission", "City administration", "Police", "Volunteer groups"],
      topics: ["prevention"],
    }),
  },
  {
    key: "cz-2022-05-inter-agency",
    office: "CZ",
    title: "Weekly inter-agency coordination and the national protection working group",
    narrative:
      "Each week the office met the UN agencies for refugees, children and health; every second week it joined the national protection working group.",
    partners: [UN_REFUGEE_AGENCY, "A UN children's agency", "A UN health agency"],
    ...between("2022-05-02", "2022-05-30"),
    details: coordination({ meetingType: "inter_agency", role: "participant", topics: ["referral", "prevention"] }),
  },
  {
    key: "cz-2022-05-20-labour-ministry",
    office: "CZ",
    title: "Meeting with the labour ministry and labour inspectorates",
    narrative:
      "The office met the ministry of labour and social affairs and the labour inspectorates to explore working together against the exploitation of people fleeing Ukraine at work.",
    partners: ["Ministry of labour and social affairs", "Labour inspectorates"],
    ...on("2022-05-20"),
    details: coordination({ meetingType: "bilateral", role: "organiser", topics: ["labour_exploitation"] }),
  },
  {
    key: "cz-2022-05-25-assistance-centre",
    office: "CZ",
    title: "Meeting with the national assistance centre on shelter for vulnerable arrivals",
    narrative:
      "With the head of crisis management at the national assistance centre for people from Ukraine, the office looked at how shelter could be offered to the most vulnerable arrivals.",
    partners: ["National assistance centre for people from Ukraine"],
    ...on("2022-05-25"),
    details: coordination({ meetingType: "bilateral", role: "participant", topics: ["shelter"] }),
  },
  {
    key: "hr-2022-05-19-embassy",
    office: "HR",
    title: "Meeting with an embassy's international cooperation department",
    narrative:
      "The office met the international cooperation department of a foreign embassy in Zagreb to look at joint work against trafficking.",
    partners: ["A foreign embassy"],
    ...on("2022-05-19"),
    details: coordination({ meetingType: "bilateral", role: "participant", topics: ["prevention"] }),
  },
  {
    key: "fr-2022-05-protection-group",
    office: "FR",
    title: "Weekly national working group on protecting people from Ukraine",
    narrative:
      "The office joined the weekly national working group on the protection of Ukrainians, led by a UN refugee agency and the French authorities, where reception news and the difficulties of frontline workers are shared.",
    partners: [UN_REFUGEE_AGENCY, "French authorities"],
    ...between("2022-05-03", "2022-05-31"),
    details: coordination({ meetingType: "working_group", role: "participant", topics: ["referral", "shelter"] }),
  },
  {
    key: "md-2022-05-18-task-force",
    office: "MD",
    title: "Setting up a counter-trafficking task force for the emergency",
    narrative:
      "With a UN refugee agency, the office discussed a counter-trafficking task force to coordinate the emergency response.",
    partners: [UN_REFUGEE_AGENCY],
    ...on("2022-05-18"),
    details: coordination({
      meetingType: "task_force",
      role: "organiser",
      topics: ["prevention", "referral"],
      followUps: "Terms of reference to be drafted.",
    }),
  },
  {
    key: "ua-2022-05-24-task-team",
    office: "UA",
    title: "First meeting of the anti-trafficking task team",
    narrative:
      "Together with a national anti-trafficking NGO, the office co-chaired the first meeting of the anti-trafficking task team under the humanitarian protection cluster; the team will meet every month.",
    partners: ["A national anti-trafficking NGO", "Protection cluster"],
    place: "Kyiv",
    admin1Pcode: "UA80",
    ...on("2022-05-24"),
    details: coordination({
      meetingType: "task_force",
      role: "co_chair",
      topics: ["prevention", "identification", "referral"],
      followUps: "Monthly meetings from June.",
    }),
  },
  {
    key: "ua-2022-05-18-briefing",
    office: "UA",
    title: "Briefing for foreign legislators on trafficking in the crisis",
    narrative:
      "With the Polish office and two Ukrainian NGOs, the office briefed members of a foreign parliament's caucus on women, peace and security about trafficking in the context of the war.",
    partners: ["Country office — Poland", "A national anti-trafficking NGO", "A Ukrainian civic organisation"],
    ...on("2022-05-18"),
    details: coordination({ meetingType: "briefing", role: "organiser", topics: ["prevention"] }),
  },
  {
    key: "pl-2022-05-05-border-guard-project",
    office: "PL",
    title: "Counter-trafficking project started with the national border guard",
    narrative:
      "The office started a project against labour exploitation and other forms of trafficking with the national border guard: a series of trainings for law enforcement and for migrant community organisations.",
    partners: ["The national border guard"],
    place: "Warszawa",
    admin1Pcode: "PL14",
    ...on("2022-05-05"),
    details: coordination({
      meetingType: "bilateral",
      role: "organiser",
      topics: ["labour_exploitation", "identification"],
    }),
  },
  {
    key: "pl-2022-05-16-interior-ministry",
    office: "PL",
    title: "Meeting with the interior ministry's migration department",
    narrative:
      "The office presented its counter-trafficking work, humanitarian transport and cash assistance to the head of international cooperation and migration at the interior ministry.",
    partners: ["Ministry of the interior"],
    place: "Warszawa",
    admin1Pcode: "PL14",
    ...on("2022-05-16"),
    details: coordination({ meetingType: "bilateral", role: "participant", topics: ["prevention", "other"] }),
  },
  {
    key: "pl-2022-05-26-roma-agreement",
    office: "PL",
    title: "Agreement with a Roma organisation on assistance and cultural mediation",
    narrative:
      "The office signed an agreement with a Roma community organisation to provide direct assistance and cultural mediation to Roma refugees from Ukraine.",
    partners: ["A Roma community organisation"],
    place: "Warszawa",
    admin1Pcode: "PL14",
    ...on("2022-05-26"),
    details: coordination({ meetingType: "bilateral", role: "organiser", topics: ["referral", "other"] }),
  },
  {
    key: "ro-2022-05-task-force",
    office: "RO",
    title: "Crisis anti-trafficking task force, co-chaired with an NGO platform",
    narrative:
      "With a platform of 22 specialised NGOs, the office set up and co-chairs the crisis anti-trafficking task force under the refugee coordination framework.",
    partners: ["A platform of counter-trafficking NGOs"],
    ...between("2022-05-03", "2022-05-31"),
    details: coordination({
      meetingType: "task_force",
      role: "co_chair",
      organisationCount: 22,
      topics: ["prevention", "referral", "data"],
      followUps: "A rapid mapping of counter-trafficking work in the country (see research).",
    }),
  },
  {
    key: "sk-2022-05-25-task-force",
    office: "SK",
    title: "Task force on trafficking, chaired by the office",
    narrative:
      "The office chaired the task force on trafficking, run with a UN refugee agency and the interior ministry, so that risks are tackled together and victims' rights respected.",
    partners: [UN_REFUGEE_AGENCY, "Ministry of the interior"],
    ...on("2022-05-25"),
    details: coordination({ meetingType: "task_force", role: "chair", topics: ["prevention", "identification"] }),
  },
  {
    key: "ch-2022-05-12-coordination",
    office: "CH",
    title: "Second coordination meeting on trafficking of people fleeing Ukraine",
    narrative:
      "The office hosted its second coordination meeting on trafficking: 18 governmental and non-governmental institutions and a Ukrainian diaspora organisation discussed preventing trafficking, exploitation and gender-based violence.",
    partners: ["A Ukrainian diaspora organisation"],
    ...on("2022-05-12"),
    details: coordination({
      meetingType: "working_group",
      role: "organiser",
      // 18 institutions and the diaspora organisation.
      organisationCount: 19,
      topics: ["prevention", "other"],
    }),
  },
];
