import { cash, consents, type DemoCase, given, MOLDOVA_OFFICE, man, person, woman } from "./demo-case-builders.js";

/** The legal-aid partner's own clients: witnesses, wage claims, documents. It has no supervisor: no closed cases. */
export const LEGAL_AID_CASES: readonly DemoCase[] = [
  {
    key: "legal-court-witness",
    intake: {
      person: person(
        "Olesea",
        "Cozma",
        { otherNames: ["Олеся Козма"], birthDate: "1997-02-26" },
        {
          ...woman(1997, "MD", "ro"),
          languages: ["ro", "ru"],
          migrationStatuses: ["Returnee"],
          vulnerabilityFlags: ["WomanAtRisk", "TraffickingSurvivor"],
        },
      ),
      openedOn: "2025-06-02",
      incomingReferral: {
        organisationName: MOLDOVA_OFFICE,
        date: "2025-05-28",
        reason: "AdditionalServicesRequired",
        details: "Witness in the trial of her recruiter; needs a lawyer and protection during the hearings.",
      },
      victim: {
        traffickingStatus: "ActualVictimOfTrafficking",
        statusDecidedBy: "CourtOrProsecution",
        relationshipToTrafficker: "Unaquainted",
        recruitmentMethods: ["ThroughAnOnlineAdvertisement"],
        recruitmentWebsites: ["Facebook"],
        controlMethods: ["FalsePromises", "SexualAbuse", "WithholdsDocuments"],
        exploitationTypes: ["SexualExploitation"],
        sexExploitationTypes: ["Prostitution"],
        recruitmentPlaces: [{ country: "MD", place: "Cahul" }],
        exploitationPlaces: [{ country: "CY", place: "Limassol" }],
      },
      consents: consents("2025-06-02", { language: "ro", police: true }),
    },
    people: [
      {
        role: "perpetrator",
        person: person("Руслан", null, { otherNames: ["Ruslan"] }, { sex: "Male" }),
        perpetrator: {
          perpetratorRoles: ["RecruiterOrIntermediary"],
          roleDetails: "Placed the advertisement and bought the plane ticket.",
        },
      },
    ],
    plans: [
      {
        planType: "Legal",
        objectives: "Representation in the criminal trial and the civil claim for damages",
        plannedEndOn: "2026-12-31",
      },
    ],
    assistance: [
      given("Legal", "2025-06-09", 8, "session", { plan: 0 }),
      given("Mhpss", "2025-06-20", 4, "session", { providerName: MOLDOVA_OFFICE }),
      cash("2025-09-15", 1200, "MDL"),
    ],
    notes: ["The court agreed that she gives evidence by video link, without meeting the accused."],
    tasks: [{ title: "Prepare her for the next hearing", dueInDays: 14 }],
    stage: "assistance",
  },
  {
    key: "legal-wage-claim",
    intake: {
      person: person(
        "Василь",
        "Кравчук",
        { otherNames: ["Vasyl Kravchuk", "Vasile Cravciuc"], birthDate: "1976-06-06" },
        { ...man(1976, "UA", "uk"), migrationStatuses: ["TemporaryProtection"], vulnerabilityFlags: ["NoIncome"] },
      ),
      openedOn: "2025-12-08",
      victim: {
        traffickingStatus: "PossibleVictimOfTrafficking",
        controlMethods: ["TakesEarnings", "ExcessiveWorkingHours", "WithholdsDocuments"],
        exploitationTypes: ["ForcedLabour"],
        forcedLabourIndustry: "H_TransportationAndStorage",
        exploitationPlaces: [{ country: "CZ", place: "Ostrava" }],
      },
      consents: consents("2025-12-08", { language: "uk" }),
    },
    plans: [
      {
        planType: "Legal",
        objectives: "Claim the unpaid wages through the labour inspectorate where he worked",
        plannedEndOn: "2026-12-31",
      },
    ],
    assistance: [
      given("Legal", "2025-12-15", 5, "session", { plan: 0 }),
      given("Other", "2026-01-10", 1, "item", {
        plan: 0,
        cost: 900,
        currency: "MDL",
        note: "Sworn translation of the contract",
      }),
    ],
    stage: "support_plan",
  },
  {
    key: "legal-roma-documents",
    intake: {
      person: person(
        "Ion",
        "Lingurar",
        { otherNames: ["Ион Лингурар"], birthDate: "1969-04-04" },
        {
          ...man(1969, "MD", "ro"),
          languages: ["ro", "rom", "ru"],
          migrationStatuses: ["Returnee"],
          vulnerabilityFlags: ["Roma", "NoIdentityDocuments"],
        },
      ),
      openedOn: "2025-08-25",
      victim: {
        traffickingStatus: "ActualVictimOfTrafficking",
        statusDecidedBy: "NGO",
        controlMethods: ["WithholdsDocuments", "TakesEarnings", "PhysicalThreats"],
        exploitationTypes: ["ForcedLabour"],
        forcedLabourIndustry: "A_AgricultureForestryAndFishing",
        exploitationPlaces: [{ country: "RU", place: "Krasnodar" }],
      },
      consents: consents("2025-08-25", { language: "ro", method: "verbal" }),
    },
    assistance: [
      given("Legal", "2025-09-01", 3, "session"),
      cash("2025-09-01", 1000, "MDL"),
      given("Other", "2025-09-20", 1, "item", { cost: 300, currency: "MDL", note: "Identity card fee" }),
    ],
    stage: "closure_requested",
    closure: { reason: "Identity card and pension record restored; nothing more is needed from us", referred: false },
  },
  {
    key: "legal-izmail-cafe",
    intake: {
      person: person(
        "Анна",
        "Дорошенко",
        { otherNames: ["Anna Doroshenko"], birthDate: "1988-01-13" },
        {
          ...woman(1988, "UA", "ru"),
          languages: ["ru", "uk"],
          numberOfChildren: 1,
          migrationStatuses: ["TemporaryProtection"],
          vulnerabilityFlags: ["WomanAtRisk", "SingleParent"],
        },
      ),
      openedOn: "2026-10-12",
      incomingReferral: { organisationName: MOLDOVA_OFFICE, date: "2026-10-09", reason: "AdditionalServicesRequired" },
      victim: {
        traffickingStatus: "PossibleVictimOfTrafficking",
        controlMethods: ["TakesEarnings", "FalsePromises", "PsychologicalAbuse"],
        exploitationTypes: ["ForcedLabour"],
        forcedLabourIndustry: "I_AccommodationAndFoodServiceActivities",
        recruitmentPlaces: [{ country: "UA", place: "Izmail" }],
        exploitationPlaces: [{ country: "MD", place: "Chișinău" }],
      },
      consents: consents("2026-10-12", { language: "ru" }),
    },
    assistance: [given("Legal", "2026-10-19", 1, "session")],
    tasks: [{ title: "Advice on her temporary protection and the complaint against the café owner", dueInDays: 2 }],
  },
];
