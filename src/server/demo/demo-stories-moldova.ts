import { at, cash, consents, type DemoCase, given, LEGAL_AID, man, nfis, person, woman } from "./demo-case-builders.js";

/** The Moldovan country office's caseload: the border at Palanca, returnees from Russia and Türkiye. */
export const MOLDOVA_CASES: readonly DemoCase[] = [
  {
    key: "md-palanca-family",
    intake: {
      person: person(
        "Олена",
        "Литвиненко",
        { otherNames: ["Olena Lytvynenko"], birthDate: "1990-07-09" },
        {
          ...woman(1990, "UA", "uk"),
          languages: ["uk", "ru"],
          numberOfChildren: 2,
          migrationStatuses: ["TemporaryProtection"],
          vulnerabilityFlags: ["SingleParent", "WomanAtRisk", "NoIdentityDocuments"],
        },
      ),
      openedOn: "2025-04-14",
      identifiedOn: "2025-04-12",
      incomingReferral: { organisationName: "Border Police", date: "2025-04-12", reason: "AdditionalServicesRequired" },
      victim: {
        traffickingStatus: "PossibleVictimOfTrafficking",
        relationshipToTrafficker: "Unaquainted",
        recruitmentMethods: ["ThroughAnOnlineAdvertisement"],
        recruitmentWebsites: ["Telegram"],
        controlMethods: ["FalsePromises", "WithholdsDocuments"],
        exploitationTypes: ["ForcedLabour"],
        forcedLabourIndustry: "I_AccommodationAndFoodServiceActivities",
        recruitmentPlaces: [{ country: "UA", place: "Odesa" }],
      },
      consents: consents("2025-04-14", { language: "uk", research: true }),
    },
    people: [
      {
        role: "family_member",
        relationship: "daughter",
        person: person(
          "Аліна",
          "Литвиненко",
          { birthDate: "2015-03-28" },
          { ...woman(2015, "UA", "uk"), vulnerabilityFlags: ["Child"] },
        ),
      },
      {
        role: "family_member",
        relationship: "son",
        person: person(
          "Богдан",
          "Литвиненко",
          { birthDate: "2019-10-14" },
          { ...man(2019, "UA", "uk"), vulnerabilityFlags: ["Child"] },
        ),
      },
    ],
    events: [at("Recruitment", "2025-04-01", "UA", "Odesa"), at("Transit", "2025-04-12", "MD", "Palanca")],
    plans: [
      {
        planType: "SocialCare",
        objectives: "Accommodation, new documents and a safe onward journey",
        plannedEndOn: "2025-07-31",
      },
    ],
    assistance: [
      ...nfis("2025-04-12"),
      given("ShelterAndAccommodation", "2025-04-12", 30, "night", {
        plan: 0,
        providerName: "Refugee accommodation centre",
      }),
      cash("2025-04-20", 4000, "MDL"),
      given("Legal", "2025-04-22", 1, "session", { plan: 0, providerName: LEGAL_AID }),
      given("SafeTransport", "2025-05-15", 1, "trip", { plan: 0 }),
    ],
    notes: [
      "The driver who offered a free ride and a job in a hotel kept her passport; the Border Police returned it.",
    ],
    tasks: [{ title: "Check that the family arrived at the cousin's flat in Brno", dueInDays: 6 }],
    stage: "follow_up",
  },
  {
    key: "md-russia-construction",
    intake: {
      person: person(
        "Serghei",
        "Railean",
        { otherNames: ["Сергей Райлян", "Sergei Railean"], birthDate: "1979-11-24" },
        {
          ...man(1979, "MD", "ro"),
          languages: ["ro", "ru"],
          maritalStatus: "Divorced",
          migrationStatuses: ["Returnee"],
          vulnerabilityFlags: ["NoIncome", "ChronicIllness"],
        },
      ),
      openedOn: "2025-02-03",
      victim: {
        traffickingStatus: "ActualVictimOfTrafficking",
        statusDecidedBy: "Police",
        relationshipToTrafficker: "Acquainted",
        recruitmentMethods: ["ThroughFriendsOrSocialEvents"],
        controlMethods: ["DebtBondage", "WithholdsDocuments", "PhysicalAbuse", "ExcessiveWorkingHours"],
        exploitationTypes: ["ForcedLabour"],
        forcedLabourIndustry: "F_Construction",
        recruitmentPlaces: [{ country: "MD", place: "Hîncești" }],
        exploitationPlaces: [{ country: "RU", place: "Moskva" }],
      },
      consents: consents("2025-02-03", { language: "ro", police: true }),
    },
    plans: [
      {
        planType: "Livelihood",
        objectives: "A small business of his own after recovery",
        plannedEndOn: "2025-12-31",
        actualEndOn: "2025-11-20",
      },
    ],
    assistance: [
      given("Medical", "2025-02-05", 3, "session"),
      given("Mhpss", "2025-02-12", 5, "session"),
      given("Legal", "2025-03-01", 3, "session", { providerName: LEGAL_AID }),
      given("MicroBusinessCourse", "2025-05-05", 1, "course", { plan: 0 }),
      given("IncomeGeneratingEquipment", "2025-07-01", 1, "item", { plan: 0, cost: 25000, currency: "MDL" }),
    ],
    notes: [
      "Bought a welding set and takes small jobs in the village; the court annulled the debt the recruiter claimed.",
    ],
    stage: "closed",
    closure: { reason: "Reintegration plan completed; he earns his own income", referred: false },
  },
  {
    key: "md-gagauz-istanbul",
    intake: {
      person: person(
        "Татьяна",
        "Кара",
        { otherNames: ["Tatiana Cara"], birthDate: "1998-04-30" },
        {
          ...woman(1998, "MD", "ru"),
          languages: ["ru", "tr", "ro"],
          migrationStatuses: ["Returnee"],
          vulnerabilityFlags: ["GbvSurvivor", "WomanAtRisk", "TraffickingSurvivor"],
        },
      ),
      openedOn: "2025-10-06",
      victim: {
        traffickingStatus: "ActualVictimOfTrafficking",
        statusDecidedBy: "NGO",
        relationshipToTrafficker: "Acquainted",
        recruitmentMethods: ["ThroughFriendsOrSocialEvents"],
        controlMethods: ["FalsePromises", "WithholdsDocuments", "SexualAbuse", "PsychoactiveSubstance"],
        exploitationTypes: ["SexualExploitation"],
        sexExploitationTypes: ["Prostitution"],
        recruitmentPlaces: [{ country: "MD", place: "Comrat" }],
        exploitationPlaces: [{ country: "TR", place: "Istanbul" }],
      },
      consents: consents("2025-10-06", { language: "ru", research: true }),
    },
    assistance: [
      given("VoluntaryReturnAndReintegration", "2025-10-06", 1, "person"),
      given("Medical", "2025-10-08", 2, "session"),
      given("Mhpss", "2025-10-13", 8, "session"),
      cash("2025-10-20", 3000, "MDL"),
      given("EducationAndLanguageCourses", "2026-01-12", 1, "course", { note: "Hairdressing course" }),
    ],
    tasks: [{ title: "Six-month follow-up visit in Comrat", dueInDays: 25 }],
    stage: "follow_up",
  },
  {
    key: "md-azerbaijani-carwash",
    intake: {
      person: person(
        "Elnur",
        "Mammadov",
        { otherNames: ["Эльнур Мамедов"], birthDate: "1996-08-19" },
        {
          ...man(1996, "AZ", "az"),
          languages: ["az", "ru", "uk"],
          migrationStatuses: ["ThirdCountryNational", "TemporaryProtection"],
          vulnerabilityFlags: ["ThirdCountryNational", "NoIncome"],
        },
      ),
      openedOn: "2026-05-18",
      victim: {
        traffickingStatus: "PossibleVictimOfTrafficking",
        relationshipToTrafficker: "Acquainted",
        recruitmentMethods: ["ThroughFriendsOrSocialEvents"],
        controlMethods: ["TakesEarnings", "WithholdsDocuments", "ThreatsLawEnforcement"],
        exploitationTypes: ["ForcedLabour"],
        forcedLabourIndustry: "S_OtherServiceActivities",
        recruitmentPlaces: [{ country: "MD", place: "Chișinău" }],
        exploitationPlaces: [{ country: "MD", place: "Chișinău" }],
      },
      consents: consents("2026-05-18", { language: "ru" }),
    },
    assistance: [
      given("Food", "2026-05-18", 1, "kit"),
      given("Hygiene", "2026-05-18", 1, "kit"),
      given("Legal", "2026-05-25", 2, "session", { providerName: LEGAL_AID }),
    ],
    notes: [
      "Studied in Mykolaiv before the war; the car wash owner told him the police would deport him if he complained.",
    ],
    tasks: [{ title: "Ask the labour inspectorate for the date of the car wash inspection", dueInDays: 9 }],
    stage: "assessment",
  },
  {
    key: "md-online-teen",
    intake: {
      person: person(
        "Дарья",
        "Морару",
        { otherNames: ["Daria Moraru"], birthDate: "2010-01-22" },
        {
          ...woman(2010, "MD", "ru"),
          languages: ["ru", "ro"],
          migrationStatuses: ["NotAMigrant"],
          vulnerabilityFlags: ["Child"],
        },
      ),
      openedOn: "2026-10-26",
      victim: {
        traffickingStatus: "PossibleVictimOfTrafficking",
        relationshipToTrafficker: "Unaquainted",
        recruitmentMethods: ["ThroughOnlineSocialNetworks"],
        recruitmentWebsites: ["TikTok"],
        controlMethods: ["FalsePromises"],
        exploitationTypes: ["SexualExploitation"],
      },
      consents: consents("2026-10-26", {
        language: "ru",
        guardian: { name: "Ирина Морару", relationship: "mother" },
        police: true,
      }),
    },
    assistance: [given("Mhpss", "2026-11-02", 2, "session")],
    notes: ["A 'modelling agency' offered her a contract in Dubai; her mother found the plane ticket and called us."],
    tasks: [{ title: "Meet the school psychologist with her mother", dueInDays: 4 }],
  },
];
