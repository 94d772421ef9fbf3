import {
  consents,
  type DemoCase,
  given,
  MOLDOVA_OFFICE,
  man,
  nfis,
  person,
  ROMANIA_OFFICE,
  woman,
} from "./demo-case-builders.js";

/** The shelter partner's own residents, some referred by the country offices. It has no supervisor: no closed cases. */
export const SHELTER_CASES: readonly DemoCase[] = [
  {
    key: "shelter-referred-vienna",
    intake: {
      person: person(
        "Ганна",
        "Ярошенко",
        { otherNames: ["Hanna Yaroshenko", "Anna Yaroshenko"], birthDate: "1995-09-02" },
        {
          ...woman(1995, "UA", "uk"),
          migrationStatuses: ["TemporaryProtection"],
          vulnerabilityFlags: ["WomanAtRisk", "GbvSurvivor", "MentalHealthCondition"],
        },
      ),
      openedOn: "2025-05-12",
      incomingReferral: {
        organisationName: ROMANIA_OFFICE,
        date: "2025-05-09",
        reason: "AdditionalServicesRequired",
        details: "Needs a women-only shelter while the case against the recruiter is prepared.",
      },
      victim: {
        traffickingStatus: "ActualVictimOfTrafficking",
        statusDecidedBy: "NGO",
        relationshipToTrafficker: "Unaquainted",
        recruitmentMethods: ["ThroughOnlineSocialNetworks"],
        recruitmentWebsites: ["Instagram"],
        controlMethods: ["SexualAbuse", "PsychoactiveSubstance", "RestrictsMovement"],
        exploitationTypes: ["SexualExploitation"],
        sexExploitationTypes: ["Prostitution"],
        exploitationPlaces: [{ country: "AT", place: "Wien" }],
      },
      consents: consents("2025-05-12", { language: "uk" }),
    },
    plans: [
      {
        planType: "SexualExploitationRehabilitation",
        objectives: "Recovery in the shelter, then a plan for living on her own",
        plannedEndOn: "2025-12-31",
      },
    ],
    assistance: [
      given("ShelterAndAccommodation", "2025-05-12", 120, "night", { plan: 0 }),
      given("Hygiene", "2025-05-12", 1, "kit"),
      given("Clothing", "2025-05-12", 1, "kit"),
      given("Medical", "2025-05-13", 2, "session"),
      given("Mhpss", "2025-05-15", 16, "session", { plan: 0 }),
      given("EducationAndLanguageCourses", "2025-07-01", 1, "course", { note: "Romanian for beginners" }),
    ],
    tasks: [{ title: "Review the move-out plan with her", dueInDays: 10 }],
    stage: "assistance",
  },
  {
    key: "shelter-huelva-pregnant",
    intake: {
      person: person(
        "Georgiana",
        "Tănase",
        { otherNames: ["Georgiana Tanase"], birthDate: "2000-10-10" },
        {
          ...woman(2000, "RO", "ro"),
          migrationStatuses: ["Returnee"],
          vulnerabilityFlags: ["Pregnancy", "WomanAtRisk", "NoIncome"],
        },
      ),
      openedOn: "2026-02-09",
      victim: {
        traffickingStatus: "ActualVictimOfTrafficking",
        statusDecidedBy: "Police",
        relationshipToTrafficker: "Acquainted",
        recruitmentMethods: ["ThroughFriendsOrSocialEvents"],
        controlMethods: ["TakesEarnings", "ExcessiveWorkingHours", "WithholdsNecessities"],
        exploitationTypes: ["ForcedLabour"],
        forcedLabourIndustry: "A_AgricultureForestryAndFishing",
        recruitmentPlaces: [{ country: "RO", place: "Vaslui" }],
        exploitationPlaces: [{ country: "ES", place: "Huelva" }],
      },
      consents: consents("2026-02-09", { language: "ro", police: true }),
    },
    plans: [
      {
        planType: "Health",
        objectives: "Antenatal care and a safe place to live after the birth",
        plannedEndOn: "2026-09-30",
      },
    ],
    assistance: [
      given("ShelterAndAccommodation", "2026-02-09", 90, "night", { plan: 0 }),
      given("Food", "2026-02-09", 1, "kit"),
      given("Clothing", "2026-02-09", 1, "kit"),
      given("Medical", "2026-02-11", 5, "session", { plan: 0 }),
      given("FamilyAndHousingAllowance", "2026-04-01", 3, "month", { cost: 2400, currency: "RON" }),
    ],
    stage: "support_plan",
  },
  {
    key: "shelter-moldovan-return",
    intake: {
      person: person(
        "Vitalie",
        "Cebotari",
        { otherNames: ["Виталий Чеботарь"], birthDate: "1983-03-15" },
        {
          ...man(1983, "MD", "ro"),
          languages: ["ro", "ru"],
          migrationStatuses: ["MigrantWorker"],
          vulnerabilityFlags: ["NoIdentityDocuments", "NoIncome"],
        },
      ),
      openedOn: "2025-11-17",
      incomingReferral: { organisationName: "Border Police", date: "2025-11-16", reason: "AdditionalServicesRequired" },
      victim: {
        traffickingStatus: "ActualVictimOfTrafficking",
        statusDecidedBy: "Police",
        controlMethods: ["DebtBondage", "WithholdsDocuments", "ExcessiveWorkingHours"],
        exploitationTypes: ["ForcedLabour"],
        forcedLabourIndustry: "C_Manufacturing",
        recruitmentPlaces: [{ country: "MD", place: "Ungheni" }],
        exploitationPlaces: [{ country: "DE", place: "Oldenburg" }],
      },
      consents: consents("2025-11-17", { language: "ro" }),
    },
    assistance: [
      given("ShelterAndAccommodation", "2025-11-17", 5, "night"),
      given("Food", "2025-11-17", 1, "kit"),
      given("SafeTransport", "2025-11-22", 1, "trip"),
      given("VoluntaryReturnAndReintegration", "2025-11-22", 1, "person", { providerName: MOLDOVA_OFFICE }),
    ],
    stage: "closure_requested",
    closure: { reason: "Returned to Moldova; the country office there continues his reintegration", referred: true },
  },
  {
    key: "shelter-roma-begging",
    intake: {
      person: person(
        "Ілона",
        "Горват",
        { otherNames: ["Ilona Horvat", "Ilona Horváth"], birthDate: "1992-12-24" },
        {
          ...woman(1992, "UA", "rom"),
          languages: ["rom", "hu", "uk"],
          numberOfChildren: 2,
          migrationStatuses: ["TemporaryProtection"],
          vulnerabilityFlags: ["Roma", "SingleParent", "NoIdentityDocuments", "LanguageBarrier"],
        },
      ),
      openedOn: "2026-08-03",
      victim: {
        traffickingStatus: "PossibleVictimOfTrafficking",
        relationshipToTrafficker: "Acquainted",
        controlMethods: ["TakesEarnings", "PhysicalThreats"],
        exploitationTypes: ["ForcedBegging"],
        victimVulnerabilities: ["Discrimination", "Poverty"],
        exploitationPlaces: [{ country: "RO", place: "Iași" }],
      },
      consents: consents("2026-08-03", { language: "rom", method: "verbal" }),
    },
    assistance: [
      ...nfis("2026-08-03"),
      given("ShelterAndAccommodation", "2026-08-03", 30, "night"),
      given("FamilyTracing", "2026-08-10", 1, "item"),
    ],
    notes: [
      "A Roma mediator is present at every meeting.",
      "Her husband was last heard of in Uzhhorod; family tracing asked.",
    ],
    tasks: [{ title: "Ask the Ukrainian consulate in Suceava for identity certificates", dueInDays: 5 }],
    stage: "assessment",
  },
];
