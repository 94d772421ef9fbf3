import {
  cash,
  consents,
  type DemoCase,
  given,
  LEGAL_AID,
  man,
  person,
  planned,
  SHELTER,
  woman,
} from "./demo-case-builders.js";

/**
 * The country office's demo stories, the third of four parts recorded in this order (demo-case-stories.ts):
 * vietnamese-salon, student-warehouse, closed-completed, older-woman-italy, sharing-withdrawn, modelling-offer, closed-referred.
 */
export const OFFICE_STORIES_3: readonly DemoCase[] = [
  {
    key: "vietnamese-salon",
    intake: {
      person: person(
        "Lan",
        "Nguyen",
        { middleName: "Thi", birthDate: "2001-03-03" },
        {
          ...woman(2001, "VN", "vi"),
          migrationStatuses: ["ThirdCountryNational", "Undocumented"],
          vulnerabilityFlags: ["ThirdCountryNational", "LanguageBarrier", "WomanAtRisk"],
        },
      ),
      openedOn: "2026-10-05",
      victim: {
        traffickingStatus: "PossibleVictimOfTrafficking",
        controlMethods: ["DebtBondage", "RestrictsMovement"],
        exploitationTypes: ["ForcedLabour"],
        forcedLabourIndustry: "S_OtherServiceActivities",
        exploitationPlaces: [{ country: "PL", place: "Warszawa" }],
      },
      consents: consents("2026-10-05", { language: "vi", method: "verbal" }),
    },
    tasks: [{ title: "Find a Vietnamese interpreter for the assessment", dueInDays: 1 }],
  },
  {
    key: "student-warehouse",
    intake: {
      person: person(
        "Chinedu",
        "Okafor",
        { birthDate: "2003-10-30", phones: ["+48512345678"] },
        {
          ...man(2003, "NG", "en"),
          migrationStatuses: ["ThirdCountryNational", "InternationalStudent"],
          vulnerabilityFlags: ["ThirdCountryNational", "NoIncome"],
        },
      ),
      openedOn: "2026-03-02",
      victim: {
        traffickingStatus: "PossibleVictimOfTrafficking",
        recruitmentMethods: ["ThroughAnOnlineAdvertisement"],
        controlMethods: ["TakesEarnings", "ExcessiveWorkingHours"],
        exploitationTypes: ["ForcedLabour"],
        forcedLabourIndustry: "H_TransportationAndStorage",
        exploitationPlaces: [{ country: "PL", place: "Stryków" }],
      },
      consents: consents("2026-03-02", { language: "en" }),
    },
    plans: [
      { planType: "Education", objectives: "Continue studies at a Polish university", plannedEndOn: "2026-09-30" },
    ],
    assistance: [planned("EducationAndLanguageCourses", { plan: 0 }), given("Legal", "2026-03-10", 1, "session")],
    stage: "support_plan",
  },
  {
    key: "closed-completed",
    intake: {
      person: person(
        "Андрій",
        "Мельник",
        { otherNames: ["Andrii Melnyk"], birthDate: "1973-02-08" },
        { ...man(1973, "UA", "uk"), maritalStatus: "Divorced", migrationStatuses: ["TemporaryProtection"] },
      ),
      openedOn: "2025-01-15",
      victim: {
        traffickingStatus: "ActualVictimOfTrafficking",
        statusDecidedBy: "Police",
        controlMethods: ["TakesEarnings", "PhysicalThreats"],
        exploitationTypes: ["ForcedLabour"],
        forcedLabourIndustry: "C_Manufacturing",
        exploitationPlaces: [{ country: "PL", place: "Łódź" }],
      },
      consents: consents("2025-01-15", { language: "uk" }),
    },
    assistance: [
      given("EmploymentSupport", "2025-02-20", 3, "session"),
      given("IncomeGeneratingEquipment", "2025-03-15", 1, "item", { cost: 2800, currency: "PLN" }),
    ],
    stage: "closed",
    closure: { reason: "Support plan completed; working as a welder with a contract", referred: false },
  },
  {
    key: "older-woman-italy",
    openedBy: "supervisor",
    intake: {
      person: person(
        "Halyna",
        "Petrenko",
        { otherNames: ["Галина Петренко"], birthDate: "1961-11-02" },
        {
          ...woman(1961, "UA", "uk"),
          maritalStatus: "Widowed",
          disability: { Walking: "ALotOfDifficulty" },
          migrationStatuses: ["TemporaryProtection"],
          vulnerabilityFlags: ["OlderPerson", "Disability", "ChronicIllness"],
        },
      ),
      openedOn: "2025-05-26",
      victim: {
        traffickingStatus: "ActualVictimOfTrafficking",
        statusDecidedBy: "NGO",
        relationshipToTrafficker: "Acquainted",
        controlMethods: ["WithholdsDocuments", "ExcessiveWorkingHours", "RestrictsMedicalCare"],
        exploitationTypes: ["Servitude"],
        forcedLabourIndustry: "T_ActivitiesOfHouseholdsAsEmployers",
        exploitationPlaces: [{ country: "IT", place: "Napoli" }],
      },
      consents: consents("2025-05-26", { language: "uk" }),
    },
    assistance: [
      given("Medical", "2025-06-02", 4, "session"),
      given("Medicines", "2025-06-02", 1, "kit"),
      given("FamilyAndHousingAllowance", "2025-07-01", 3, "month", { cost: 2400, currency: "PLN" }),
    ],
    stage: "follow_up",
  },
  {
    key: "sharing-withdrawn",
    intake: {
      person: person(
        "Тетяна",
        "Савченко",
        { otherNames: ["Tetiana Savchenko"], birthDate: "1990-08-08" },
        {
          ...woman(1990, "UA", "uk"),
          migrationStatuses: ["TemporaryProtection"],
          vulnerabilityFlags: ["GbvSurvivor", "WomanAtRisk"],
        },
      ),
      openedOn: "2025-10-13",
      victim: {
        traffickingStatus: "PossibleVictimOfTrafficking",
        relationshipToTrafficker: "Familial",
        controlMethods: ["PsychologicalAbuse", "TakesEarnings"],
        exploitationTypes: ["SexualExploitation"],
        sexExploitationTypes: ["Prostitution"],
        exploitationPlaces: [{ country: "PL", place: "Poznań" }],
      },
      consents: consents("2025-10-13", { language: "uk" }),
    },
    assistance: [
      given("Mhpss", "2025-10-20", 5, "session"),
      given("ShelterAndAccommodation", "2025-10-13", 21, "night", { providerName: SHELTER }),
    ],
    laterConsents: [
      {
        purpose: "referral_sharing",
        decision: "withdrawn",
        decidedOn: "2025-11-03",
        method: "written",
        language: "uk",
        note: "Withdrawn after her former partner contacted the shelter.",
      },
    ],
    notes: ["Consent to sharing withdrawn: nothing further goes to partners without asking her again."],
    stage: "assistance",
  },
  {
    key: "modelling-offer",
    intake: {
      person: person(
        "Olha",
        "Rudenko",
        { otherNames: ["Ольга Руденко", "Olga Rudenko"], birthDate: "2006-04-12" },
        { ...woman(2006, "UA", "uk"), migrationStatuses: ["TemporaryProtection"], vulnerabilityFlags: ["WomanAtRisk"] },
      ),
      openedOn: "2026-06-15",
      victim: {
        traffickingStatus: "PossibleVictimOfTrafficking",
        relationshipToTrafficker: "Acquainted",
        recruitmentMethods: ["ThroughFriendsOrSocialEvents"],
        controlMethods: ["FalsePromises"],
        exploitationTypes: ["SexualExploitation"],
        sexExploitationTypes: ["Pornography"],
        exploitationPlaces: [{ country: "NL", place: "Rotterdam" }],
      },
      consents: consents("2026-06-15", { language: "uk" }),
    },
    assistance: [given("Mhpss", "2026-06-22", 2, "session")],
    stage: "assessment",
  },
  {
    key: "closed-referred",
    intake: {
      person: person(
        "Сергій",
        "Павленко",
        { otherNames: ["Serhii Pavlenko"], birthDate: "1995-01-05" },
        { ...man(1995, "UA", "uk"), migrationStatuses: ["TemporaryProtection"] },
      ),
      openedOn: "2025-03-03",
      victim: {
        traffickingStatus: "ActualVictimOfTrafficking",
        statusDecidedBy: "CourtOrProsecution",
        controlMethods: ["DebtBondage", "PhysicalAbuse"],
        exploitationTypes: ["ForcedLabour"],
        forcedLabourIndustry: "A_AgricultureForestryAndFishing",
        exploitationPlaces: [{ country: "CZ", place: "Znojmo" }],
      },
      consents: consents("2025-03-03", { language: "uk", police: true }),
    },
    assistance: [
      given("Legal", "2025-03-10", 4, "session", { providerName: LEGAL_AID }),
      cash("2025-03-10", 800, "PLN"),
    ],
    stage: "closed",
    closure: { reason: "Referred to the legal aid partner for the court case", referred: true },
  },
];
