import { at, cash, consents, type DemoCase, given, LEGAL_AID, man, nfis, person, woman } from "./demo-case-builders.js";

/**
 * The country office's demo stories, the fourth of four parts recorded in this order (demo-case-stories.ts):
 * romanian-transit, polish-returnee, family-allowance, separated-teen-farm, closed-not-victim, belarus-sharing-refused, forced-marriage, possible-duplicate.
 */
export const OFFICE_STORIES_4: readonly DemoCase[] = [
  {
    key: "romanian-transit",
    intake: {
      person: person(
        "Andreea",
        "Munteanu",
        { birthDate: "1999-12-12" },
        { ...woman(1999, "RO", "ro"), migrationStatuses: ["NotAMigrant"], vulnerabilityFlags: ["WomanAtRisk"] },
      ),
      openedOn: "2026-08-19",
      victim: {
        traffickingStatus: "PossibleVictimOfTrafficking",
        relationshipToTrafficker: "Acquainted",
        recruitmentMethods: ["ThroughFriendsOrSocialEvents"],
        controlMethods: ["FalsePromises", "PsychologicalAbuse"],
        exploitationTypes: ["SexualExploitation"],
        sexExploitationTypes: ["Prostitution"],
        recruitmentPlaces: [{ country: "RO", place: "Iași" }],
        exploitationPlaces: [{ country: "GB", place: "London" }],
      },
      consents: consents("2026-08-19", { language: "ro" }),
    },
    events: [at("Recruitment", "2026-05-10", "RO", "Iași"), at("Transit", "2026-08-17", "PL", "Warszawa")],
    assistance: [given("SafeTransport", "2026-08-20", 1, "trip")],
  },
  {
    key: "polish-returnee",
    intake: {
      person: person(
        "Paweł",
        "Wiśniewski",
        { otherNames: ["Pawel Wisniewski"], birthDate: "1981-06-30" },
        { ...man(1981, "PL", "pl"), migrationStatuses: ["Returnee"], vulnerabilityFlags: ["NoIncome", "SubstanceUse"] },
      ),
      openedOn: "2025-08-11",
      victim: {
        traffickingStatus: "ActualVictimOfTrafficking",
        statusDecidedBy: "Police",
        controlMethods: ["DebtBondage", "PsychoactiveSubstance", "TakesEarnings"],
        exploitationTypes: ["ForcedLabour"],
        forcedLabourIndustry: "A_AgricultureForestryAndFishing",
        exploitationPlaces: [{ country: "NL", place: "Westland" }],
      },
      consents: consents("2025-08-11", { language: "pl" }),
    },
    assistance: [given("EmploymentSupport", "2025-09-01", 4, "session"), given("Medical", "2025-08-20", 2, "session")],
    stage: "follow_up",
  },
  {
    key: "family-allowance",
    openedBy: "supervisor",
    intake: {
      person: person(
        "Kateryna",
        "Boiko",
        { otherNames: ["Катерина Бойко"], birthDate: "1989-09-17" },
        {
          ...woman(1989, "UA", "uk"),
          numberOfChildren: 2,
          migrationStatuses: ["TemporaryProtection"],
          vulnerabilityFlags: ["SingleParent", "NoIncome", "NoSafeAccommodation"],
        },
      ),
      openedOn: "2026-04-21",
      victim: {
        traffickingStatus: "PossibleVictimOfTrafficking",
        controlMethods: ["TakesEarnings", "ExcessiveWorkingHours"],
        exploitationTypes: ["ForcedLabour"],
        forcedLabourIndustry: "I_AccommodationAndFoodServiceActivities",
        exploitationPlaces: [{ country: "PL", place: "Zakopane" }],
      },
      consents: consents("2026-04-21", { language: "uk" }),
    },
    people: [
      {
        role: "family_member",
        relationship: "son",
        person: person(
          "Максим",
          "Бойко",
          { birthDate: "2014-01-09" },
          { ...man(2014, "UA", "uk"), vulnerabilityFlags: ["Child"] },
        ),
      },
    ],
    assistance: [
      ...nfis("2026-04-21"),
      given("FamilyAndHousingAllowance", "2026-05-01", 3, "month", { cost: 3000, currency: "PLN" }),
      cash("2026-04-25", 1500, "PLN"),
    ],
    stage: "assistance",
  },
  {
    key: "separated-teen-farm",
    intake: {
      person: person(
        "Юрій",
        "Олійник",
        { otherNames: ["Yurii Oliinyk"], birthDate: "2008-12-20" },
        {
          ...man(2008, "UA", "uk"),
          migrationStatuses: ["TemporaryProtection", "UnaccompaniedOrSeparatedChild"],
          vulnerabilityFlags: ["Child", "SeparatedChild"],
        },
      ),
      openedOn: "2025-11-04",
      victim: {
        traffickingStatus: "PossibleVictimOfTrafficking",
        ageWhenTrafficked: 16,
        controlMethods: ["ExcessiveWorkingHours", "TakesEarnings"],
        exploitationTypes: ["ChildLabour"],
        forcedLabourIndustry: "A_AgricultureForestryAndFishing",
        exploitationPlaces: [{ country: "PL", place: "Grójec" }],
      },
      consents: consents("2025-11-04", { language: "uk", guardian: { name: "Петро Олійник", relationship: "uncle" } }),
    },
    plans: [{ planType: "Education", objectives: "Vocational school from September", plannedEndOn: "2026-09-30" }],
    assistance: [given("EducationAndLanguageCourses", "2025-11-20", 1, "course", { plan: 0 })],
    stage: "support_plan",
  },
  {
    key: "closed-not-victim",
    intake: {
      person: person(
        "Світлана",
        "Клименко",
        { otherNames: ["Svitlana Klymenko"], birthDate: "1979-07-07" },
        { ...woman(1979, "UA", "uk"), migrationStatuses: ["TemporaryProtection"], vulnerabilityFlags: ["NoIncome"] },
      ),
      openedOn: "2025-02-24",
      victim: { traffickingStatus: "NotAVictimOfTrafficking", exploitationTypes: ["Other"] },
      consents: consents("2025-02-24", { language: "uk" }),
    },
    assistance: [cash("2025-03-01", 600, "PLN")],
    stage: "closed",
    closure: { reason: "Not a trafficking case; referred to the municipal social services", referred: true },
  },
  {
    key: "belarus-sharing-refused",
    intake: {
      person: person(
        "Николай",
        "Волков",
        { otherNames: ["Nikolai Volkov", "Mikalai Volkau"], birthDate: "1986-03-25" },
        { ...man(1986, "BY", "ru"), migrationStatuses: ["AsylumSeeker"] },
      ),
      openedOn: "2026-07-07",
      victim: {
        traffickingStatus: "PossibleVictimOfTrafficking",
        controlMethods: ["ThreatsLawEnforcement", "WithholdsDocuments"],
        exploitationTypes: ["ForcedLabour"],
        forcedLabourIndustry: "F_Construction",
        exploitationPlaces: [{ country: "LT", place: "Vilnius" }],
      },
      consents: consents("2026-07-07", { language: "ru", sharing: "refused", method: "verbal" }),
    },
    tasks: [{ title: "Second interview with a Russian-speaking lawyer", dueInDays: 6 }],
  },
  {
    key: "forced-marriage",
    intake: {
      person: person(
        "Maria",
        "Ceban",
        { otherNames: ["Мария Чебан"], birthDate: "2004-02-14" },
        {
          ...woman(2004, "MD", "ro"),
          languages: ["ro", "ru", "tr"],
          migrationStatuses: ["MigrantWorker"],
          vulnerabilityFlags: ["GbvSurvivor", "WomanAtRisk"],
        },
      ),
      openedOn: "2025-12-01",
      victim: {
        traffickingStatus: "ActualVictimOfTrafficking",
        statusDecidedBy: "NGO",
        relationshipToTrafficker: "Familial",
        controlMethods: ["PsychologicalAbuse", "RestrictsMovement", "SexualAbuse"],
        exploitationTypes: ["ForcedMarriage"],
        recruitmentPlaces: [{ country: "MD", place: "Comrat" }],
        exploitationPlaces: [{ country: "TR", place: "Bursa" }],
      },
      consents: consents("2025-12-01", { language: "ro", research: true }),
    },
    assistance: [
      given("Mhpss", "2025-12-08", 6, "session"),
      given("Legal", "2025-12-15", 2, "session", { providerName: LEGAL_AID }),
    ],
    stage: "assistance",
  },
  {
    key: "possible-duplicate",
    openedBy: "supervisor",
    intake: {
      person: person(
        "Марія",
        "Чебан",
        { birthDate: "2004-02-14", phones: ["+37369123456"] },
        { ...woman(2004, "MD", "ru") },
      ),
      openedOn: "2026-10-19",
      incomingReferral: { organisationName: "Partner helpline", date: "2026-10-19", reason: "Other" },
      victim: { traffickingStatus: "PossibleVictimOfTrafficking" },
      consents: consents("2026-10-19", { language: "ru", method: "verbal" }),
    },
    notes: ["Caller from the helpline; may be the same person as an earlier case. To be checked before merging."],
  },
];
