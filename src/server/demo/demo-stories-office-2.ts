import { at, consents, type DemoCase, given, LEGAL_AID, man, nfis, person, woman } from "./demo-case-builders.js";

/**
 * The country office's demo stories, the second of four parts recorded in this order (demo-case-stories.ts):
 * roma-begging, moldova-return, waiting-approval, sharing-refused, uzbek-construction, stranded-third-country.
 */
export const OFFICE_STORIES_2: readonly DemoCase[] = [
  {
    key: "roma-begging",
    intake: {
      person: person(
        "Марія",
        "Балог",
        { otherNames: ["Mariia Balog", "Maria Balogh"], birthDate: "1996-04-09" },
        {
          ...woman(1996, "UA", "rom"),
          languages: ["rom", "uk", "hu"],
          numberOfChildren: 3,
          migrationStatuses: ["TemporaryProtection"],
          vulnerabilityFlags: ["Roma", "WomanAtRisk", "NoIdentityDocuments", "LanguageBarrier"],
        },
      ),
      openedOn: "2026-09-08",
      victim: {
        traffickingStatus: "PossibleVictimOfTrafficking",
        relationshipToTrafficker: "Familial",
        controlMethods: ["TakesEarnings", "PsychologicalAbuse"],
        exploitationTypes: ["ForcedBegging"],
        victimVulnerabilities: ["Discrimination", "Poverty"],
        exploitationPlaces: [{ country: "PL", place: "Warszawa" }],
      },
      consents: consents("2026-09-08", { language: "rom", method: "verbal" }),
    },
    assistance: nfis("2026-09-08"),
    notes: ["Interview with the Roma cultural mediator present."],
    tasks: [{ title: "Book an appointment for new identity documents", dueInDays: 2 }],
  },
  {
    key: "moldova-return",
    intake: {
      person: person(
        "Ion",
        "Ciobanu",
        { otherNames: ["Ион Чобану"], birthDate: "1980-12-01" },
        { ...man(1980, "MD", "ro"), languages: ["ro", "ru"], migrationStatuses: ["MigrantWorker"] },
      ),
      openedOn: "2025-01-08",
      victim: {
        traffickingStatus: "ActualVictimOfTrafficking",
        statusDecidedBy: "Police",
        relationshipToTrafficker: "Acquainted",
        recruitmentMethods: ["ThroughFriendsOrSocialEvents"],
        controlMethods: ["DebtBondage", "WithholdsDocuments"],
        exploitationTypes: ["ForcedLabour"],
        forcedLabourIndustry: "A_AgricultureForestryAndFishing",
        recruitmentPlaces: [{ country: "MD", place: "Soroca" }],
        exploitationPlaces: [{ country: "PL", place: "Grójec" }],
      },
      consents: consents("2025-01-08", { language: "ro", police: true }),
    },
    assistance: [
      given("SafeTransport", "2025-02-14", 1, "trip"),
      given("VoluntaryReturnAndReintegration", "2025-02-14", 1, "person", { providerName: LEGAL_AID }),
    ],
    notes: ["Returned to Moldova; reintegration followed by the partner in Chișinău."],
    stage: "closed",
    closure: { reason: "Returned home; reintegration support continues with the partner in Moldova", referred: true },
  },
  {
    key: "waiting-approval",
    intake: {
      person: person(
        "Doina",
        "Rotaru",
        { otherNames: ["Дойна Ротару"], birthDate: "2002-05-19" },
        {
          ...woman(2002, "MD", "ro"),
          languages: ["ro", "ru"],
          migrationStatuses: ["MigrantWorker"],
          vulnerabilityFlags: ["WomanAtRisk"],
        },
      ),
      openedOn: "2025-04-07",
      victim: {
        traffickingStatus: "ActualVictimOfTrafficking",
        statusDecidedBy: "NGO",
        recruitmentMethods: ["ThroughAnOnlineAdvertisement"],
        recruitmentWebsites: ["Facebook"],
        controlMethods: ["FalsePromises", "SexualAbuse", "RestrictsMovement"],
        exploitationTypes: ["SexualExploitation"],
        sexExploitationTypes: ["PrivateSexualServices"],
        exploitationPlaces: [{ country: "TR", place: "Antalya" }],
      },
      consents: consents("2025-04-07", { language: "ro" }),
    },
    plans: [
      {
        planType: "SexualExploitationRehabilitation",
        objectives: "Recovery and vocational training",
        plannedEndOn: "2025-12-31",
        actualEndOn: "2025-12-20",
      },
    ],
    assistance: [
      given("Mhpss", "2025-04-15", 12, "session", { plan: 0 }),
      given("EducationAndLanguageCourses", "2025-06-01", 1, "course", { plan: 0 }),
    ],
    stage: "closure_requested",
    closure: { reason: "Support plan completed; she found work as a hairdresser", referred: false },
  },
  {
    key: "sharing-refused",
    intake: {
      person: person(
        "Екатерина",
        "Смирнова",
        { otherNames: ["Yekaterina Smirnova"], birthDate: "1994-01-27" },
        {
          ...woman(1994, "RU", "ru"),
          migrationStatuses: ["AsylumSeeker"],
          vulnerabilityFlags: ["WomanAtRisk", "NoSafeAccommodation"],
        },
      ),
      openedOn: "2026-02-16",
      victim: {
        traffickingStatus: "PossibleVictimOfTrafficking",
        relationshipToTrafficker: "Acquainted",
        controlMethods: ["WithholdsDocuments", "WithholdsNecessities"],
        exploitationTypes: ["Servitude"],
        forcedLabourIndustry: "T_ActivitiesOfHouseholdsAsEmployers",
        exploitationPlaces: [{ country: "AE", place: "Dubai" }],
      },
      consents: consents("2026-02-16", { language: "ru", sharing: "refused" }),
    },
    assistance: [given("ShelterAndAccommodation", "2026-02-16", 14, "night")],
    notes: ["Does not want her details passed to any other organisation; services arranged directly."],
    stage: "assessment",
  },
  {
    key: "uzbek-construction",
    intake: {
      person: person(
        "Rustam",
        "Karimov",
        { otherNames: ["Рустам Каримов"], birthDate: "1997-09-11", phones: ["+998901234567"] },
        {
          ...man(1997, "UZ", "uz"),
          languages: ["uz", "ru"],
          migrationStatuses: ["ThirdCountryNational", "MigrantWorker"],
          vulnerabilityFlags: ["ThirdCountryNational", "LanguageBarrier", "NoIncome"],
        },
      ),
      openedOn: "2025-05-06",
      victim: {
        traffickingStatus: "ActualVictimOfTrafficking",
        statusDecidedBy: "Police",
        recruitmentMethods: ["ThroughFriendsOrSocialEvents"],
        controlMethods: ["DebtBondage", "WithholdsDocuments", "ThreatsLawEnforcement"],
        exploitationTypes: ["ForcedLabour"],
        forcedLabourIndustry: "F_Construction",
        recruitmentPlaces: [{ country: "UA", place: "Kyiv" }],
        exploitationPlaces: [{ country: "PL", place: "Wrocław" }],
      },
      consents: consents("2025-05-06", { language: "ru", police: true }),
    },
    assistance: [
      given("SafeTransport", "2025-05-06", 1, "trip"),
      given("Legal", "2025-05-12", 3, "session", { providerName: LEGAL_AID }),
      given("WorkPermitFees", "2025-06-20", 1, "payment", { cost: 440, currency: "PLN" }),
    ],
    tasks: [{ title: "Ask the prosecutor's office about the witness hearing", dueInDays: 7 }],
    stage: "assistance",
  },
  {
    key: "stranded-third-country",
    openedBy: "supervisor",
    intake: {
      person: person(
        "Оксана",
        "Марченко",
        { otherNames: ["Oksana Marchenko"], birthDate: "1987-06-21" },
        {
          ...woman(1987, "UA", "uk"),
          migrationStatuses: ["StrandedMigrant"],
          vulnerabilityFlags: ["WomanAtRisk", "NoIdentityDocuments", "UrgentMedicalNeed"],
        },
      ),
      openedOn: "2025-07-14",
      identifiedOn: "2025-07-01",
      incomingReferral: {
        organisationName: LEGAL_AID,
        date: "2025-07-10",
        reason: "MigrationOrChangeOfLocation",
        details: "Identified by the partner's hotline; travel documents issued by the consulate.",
      },
      victim: {
        traffickingStatus: "ActualVictimOfTrafficking",
        statusDecidedBy: "NGO",
        relationshipToTrafficker: "Unaquainted",
        recruitmentMethods: ["ThroughOnlineSocialNetworks"],
        recruitmentWebsites: ["Facebook"],
        controlMethods: ["FalsePromises", "WithholdsDocuments", "RestrictsMovement", "ExcessiveWorkingHours"],
        exploitationTypes: ["Servitude"],
        forcedLabourIndustry: "T_ActivitiesOfHouseholdsAsEmployers",
        recruitmentPlaces: [{ country: "UA", place: "Odesa" }],
        exploitationPlaces: [{ country: "BI", place: "Bujumbura" }],
      },
      consents: consents("2025-07-14", { language: "uk", research: true, police: true }),
    },
    people: [
      {
        role: "perpetrator",
        person: person("Vadym", null, { otherNames: ["Вадим"] }, { sex: "Male" }),
        perpetrator: {
          perpetratorRoles: ["RecruiterOrIntermediary"],
          roleDetails: "Posted the job offer and arranged the flight.",
        },
      },
    ],
    events: [
      at("Recruitment", "2025-01-20", "UA", "Odesa"),
      at("Transit", "2025-02-03", "TR", "Istanbul"),
      at("Exploitation", "2025-02-05", "BI", "Bujumbura"),
    ],
    plans: [
      { planType: "Health", objectives: "Medical check-up and treatment after return", plannedEndOn: "2025-12-31" },
    ],
    assistance: [
      given("SafeTransport", "2025-07-14", 1, "trip", { cost: 2350, currency: "EUR" }),
      given("ShelterAndAccommodation", "2025-07-14", 30, "night", { plan: 0 }),
      given("Medical", "2025-07-16", 3, "session", { plan: 0 }),
      given("Mhpss", "2025-07-25", 6, "session"),
      given("Legal", "2025-08-04", 1, "session"),
      given("OtherInKind", "2025-07-14", 1, "kit"),
    ],
    notes: [
      "Recruited in Ukraine, exploited in Burundi, brought to Warsaw for assistance: the three offices agreed the travel by phone.",
    ],
    tasks: [{ title: "Send the medical report to the partner in Chișinău", dueInDays: 4 }],
    stage: "assistance",
  },
];
