import {
  at,
  cash,
  consents,
  type DemoCase,
  given,
  man,
  person,
  planned,
  SHELTER,
  woman,
} from "./demo-case-builders.js";

/**
 * The country office's demo stories, the first of four parts recorded in this order (demo-case-stories.ts):
 * farm-lubelskie, construction-brno, mother-and-daughter, unaccompanied-boy, online-girl.
 */
export const OFFICE_STORIES_1: readonly DemoCase[] = [
  {
    key: "farm-lubelskie",
    intake: {
      person: person(
        "Ірина",
        "Ткаченко",
        { otherNames: ["Iryna Tkachenko"], birthDate: "1991-03-14", phones: ["+380671234501"] },
        {
          ...woman(1991, "UA", "uk"),
          languages: ["uk", "ru"],
          migrationStatuses: ["TemporaryProtection"],
          vulnerabilityFlags: ["WomanAtRisk", "NoIncome"],
        },
      ),
      openedOn: "2025-02-10",
      identifiedOn: "2025-02-08",
      incomingReferral: { organisationName: "Border Guard", date: "2025-02-08", reason: "AdditionalServicesRequired" },
      victim: {
        traffickingStatus: "ActualVictimOfTrafficking",
        statusDecidedBy: "Police",
        relationshipToTrafficker: "Unaquainted",
        recruitmentMethods: ["ThroughOnlineSocialNetworks"],
        recruitmentWebsites: ["Telegram"],
        controlMethods: ["FalsePromises", "WithholdsDocuments", "TakesEarnings", "ExcessiveWorkingHours"],
        exploitationTypes: ["ForcedLabour"],
        forcedLabourIndustry: "A_AgricultureForestryAndFishing",
        recruitmentPlaces: [{ country: "UA", place: "Kharkiv" }],
        exploitationPlaces: [{ country: "PL", place: "Lubelskie" }],
      },
      consents: consents("2025-02-10", { language: "uk", research: true, police: true }),
    },
    events: [at("Recruitment", "2024-10-02", "UA", "Kharkiv"), at("Exploitation", "2024-11-15", "PL", "Zamość")],
    plans: [
      {
        planType: "SocialCare",
        objectives: "Safe accommodation, recovery and documents restored",
        plannedEndOn: "2025-08-31",
      },
    ],
    assistance: [
      given("ShelterAndAccommodation", "2025-02-10", 45, "night", { plan: 0, providerName: SHELTER }),
      given("Mhpss", "2025-02-20", 6, "session", { plan: 0 }),
      given("Legal", "2025-03-05", 2, "session"),
      cash("2025-03-01", 1200, "PLN"),
    ],
    notes: [
      "Passport was kept by the farm supervisor; the Border Guard recovered it during the visit.",
      "Prefers contact through the shelter phone, not her own.",
    ],
    tasks: [{ title: "Check on the labour inspection complaint", dueInDays: 5 }],
    stage: "assistance",
  },
  {
    key: "construction-brno",
    intake: {
      person: person(
        "Mykola",
        "Shevchenko",
        { otherNames: ["Микола Шевченко"], birthDate: "1984-07-02" },
        {
          ...man(1984, "UA", "uk"),
          languages: ["uk", "ru"],
          maritalStatus: "Married",
          migrationStatuses: ["TemporaryProtection"],
          vulnerabilityFlags: ["NoIncome"],
        },
      ),
      openedOn: "2025-03-18",
      victim: {
        traffickingStatus: "PossibleVictimOfTrafficking",
        relationshipToTrafficker: "Acquainted",
        recruitmentMethods: ["ThroughFriendsOrSocialEvents"],
        controlMethods: ["DebtBondage", "ExcessiveWorkingHours", "PhysicalThreats"],
        exploitationTypes: ["ForcedLabour"],
        forcedLabourIndustry: "F_Construction",
        recruitmentPlaces: [{ country: "PL", place: "Warszawa" }],
        exploitationPlaces: [{ country: "CZ", place: "Brno" }],
      },
      consents: consents("2025-03-18", { language: "uk" }),
    },
    plans: [
      { planType: "Livelihood", objectives: "Legal work with a registered employer", plannedEndOn: "2025-12-31" },
    ],
    assistance: [
      given("WorkPermitFees", "2025-04-02", 1, "payment", { plan: 0, cost: 400, currency: "PLN" }),
      planned("EmploymentSupport", { plan: 0 }),
    ],
    tasks: [{ title: "Call the employment office about the job fair", dueInDays: 10 }],
    stage: "support_plan",
  },
  {
    key: "mother-and-daughter",
    intake: {
      person: person(
        "Наталія",
        "Бондаренко",
        { otherNames: ["Nataliia Bondarenko", "Natalia Bondarenko"], birthDate: "1997-11-23" },
        {
          ...woman(1997, "UA", "uk"),
          numberOfChildren: 1,
          migrationStatuses: ["TemporaryProtection"],
          vulnerabilityFlags: ["SingleParent", "GbvSurvivor", "WomanAtRisk"],
        },
      ),
      openedOn: "2025-01-20",
      identifiedOn: "2025-01-18",
      victim: {
        traffickingStatus: "ActualVictimOfTrafficking",
        statusDecidedBy: "NGO",
        relationshipToTrafficker: "Unaquainted",
        recruitmentMethods: ["ThroughAnOnlineAdvertisement"],
        recruitmentWebsites: ["Instagram"],
        controlMethods: ["FalsePromises", "SexualAbuse", "ThreatensChildrenFamily"],
        exploitationTypes: ["SexualExploitation"],
        sexExploitationTypes: ["Prostitution"],
        exploitationPlaces: [{ country: "DE", place: "Berlin" }],
      },
      consents: consents("2025-01-20", { language: "uk", research: true }),
    },
    people: [
      {
        role: "family_member",
        relationship: "daughter",
        person: person(
          "Софія",
          "Бондаренко",
          { birthDate: "2019-05-04" },
          { ...woman(2019, "UA", "uk"), vulnerabilityFlags: ["Child"] },
        ),
      },
    ],
    events: [
      at("Recruitment", "2024-09-01", "UA", "Dnipro"),
      at("Transit", "2024-09-10", "PL", "Przemyśl"),
      at("Exploitation", "2024-09-15", "DE", "Berlin"),
    ],
    plans: [
      {
        planType: "SexualExploitationRehabilitation",
        objectives: "Recovery, safe housing for mother and child, school place",
        plannedEndOn: "2025-10-31",
        actualEndOn: "2025-10-15",
      },
    ],
    assistance: [
      given("ShelterAndAccommodation", "2025-01-20", 90, "night", { plan: 0, providerName: SHELTER }),
      given("Medical", "2025-01-22", 1, "session", { plan: 0 }),
      given("Mhpss", "2025-02-01", 10, "session", { plan: 0 }),
      given("EducationAndLanguageCourses", "2025-03-01", 1, "course"),
    ],
    notes: ["Daughter started at the local kindergarten in March."],
    tasks: [{ title: "Follow-up visit three months after moving out", dueInDays: 20 }],
    stage: "follow_up",
  },
  {
    key: "unaccompanied-boy",
    intake: {
      person: person(
        "Данило",
        "Гриценко",
        { otherNames: ["Danylo Hrytsenko"], birthDate: "2010-02-17" },
        {
          ...man(2010, "UA", "uk"),
          migrationStatuses: ["TemporaryProtection", "UnaccompaniedOrSeparatedChild"],
          vulnerabilityFlags: ["Child", "UnaccompaniedChild", "NoIdentityDocuments"],
        },
      ),
      openedOn: "2025-06-03",
      identifiedOn: "2025-06-02",
      incomingReferral: { organisationName: "Police", date: "2025-06-02", reason: "AdditionalServicesRequired" },
      victim: {
        traffickingStatus: "PossibleVictimOfTrafficking",
        ageWhenTrafficked: 15,
        controlMethods: ["PhysicalThreats", "TakesEarnings", "RestrictsMovement"],
        exploitationTypes: ["ForcedBegging"],
        exploitationPlaces: [{ country: "PL", place: "Kraków" }],
      },
      consents: consents("2025-06-03", {
        language: "uk",
        guardian: { name: "Ewa Mazur", relationship: "appointed guardian" },
      }),
    },
    plans: [
      { planType: "SocialCare", objectives: "Care placement, school, contact with family", plannedEndOn: "2026-06-30" },
    ],
    assistance: [
      given("ShelterAndAccommodation", "2025-06-03", 60, "night", { plan: 0, providerName: "Child protection centre" }),
      given("FamilyTracing", "2025-06-10", 1, "item"),
      given("EducationAndLanguageCourses", "2025-09-01", 1, "course"),
    ],
    notes: ["Aunt in Lviv found through family tracing; video calls every week."],
    tasks: [{ title: "Guardianship court hearing: send the social report", dueInDays: -3 }],
    stage: "assessment",
  },
  {
    key: "online-girl",
    intake: {
      person: person(
        "Вікторія",
        "Лисенко",
        { otherNames: ["Viktoriia Lysenko"], birthDate: "2009-08-30" },
        { ...woman(2009, "UA", "uk"), migrationStatuses: ["TemporaryProtection"], vulnerabilityFlags: ["Child"] },
      ),
      openedOn: "2025-09-12",
      victim: {
        traffickingStatus: "PossibleVictimOfTrafficking",
        relationshipToTrafficker: "Unaquainted",
        recruitmentMethods: ["ThroughOnlineSocialNetworks"],
        recruitmentWebsites: ["TikTok"],
        exploitationTypes: ["SexualExploitation"],
        sexExploitationTypes: ["RemoteInteractiveServices"],
        exploitationWebsites: ["Telegram"],
      },
      consents: consents("2025-09-12", {
        language: "uk",
        guardian: { name: "Людмила Лисенко", relationship: "mother" },
        police: true,
      }),
    },
    assistance: [given("Mhpss", "2025-09-20", 8, "session"), given("Legal", "2025-10-01", 1, "session")],
    stage: "assistance",
  },
];
