import type { z } from "zod";
import type { assistanceInput, eventInput, planInput } from "../../shared/api/assistance.js";
import type { caseIntake, casePersonInput } from "../../shared/api/cases.js";
import type { consentInput } from "../../shared/api/consents.js";
import type { personInput } from "../../shared/api/people.js";
import type { CaseStage, EventType, LanguageCode } from "../../shared/htcds/index.js";
import type { CountryCode } from "../../shared/vocab/countries.js";

/*
 * The demo caseload: invented people and stories shaped like the work the situation reports describe —
 * women and children fleeing the war, labour and sexual exploitation in neighbouring countries, Roma,
 * Moldovans, third-country nationals who had lived in Ukraine, a victim stranded in a third country.
 * Names are in the script the person gave them in, with other spellings where an office met both.
 */

type Consent = Omit<z.input<typeof consentInput>, "caseId">;
type Assistance = Omit<z.input<typeof assistanceInput>, "planId"> & { plan?: number };

export interface DemoCase {
  /** A stable handle for tests. */
  key: string;
  openedBy?: "caseworker" | "supervisor";
  /** An incomingReferral.organisationName that names a demo organisation is linked to it. */
  intake: z.input<typeof caseIntake>;
  people?: z.input<typeof casePersonInput>[];
  /** The primary person unless another personId is given. */
  events?: z.input<typeof eventInput>[];
  plans?: z.input<typeof planInput>[];
  /** `plan` is the index of one of the case's plans. */
  assistance?: Assistance[];
  notes?: string[];
  /** Due that many days from the day of seeding; negative for one already overdue. */
  tasks?: { title: string; dueInDays: number }[];
  laterConsents?: Consent[];
  stage?: CaseStage;
  /** Required with the stages closure_requested and closed. */
  closure?: { reason: string; referred: boolean };
}

/** Where the demo cases live and who records them (see demo-data.ts). */
export const DEMO_CASES_ORGANISATION = {
  name: "Safe Passage Country Office",
  caseworker: "caseworker@office.example.org",
  supervisor: "supervisor@office.example.org",
} as const;

const SHELTER = "Harbour Shelter Association";
const LEGAL_AID = "Open Door Legal Aid";

type PersonFacts = Omit<z.input<typeof personInput>, "identity">;
type Identity = z.input<typeof personInput>["identity"];

function person(
  firstName: string,
  secondName: string | null,
  identity: Omit<Identity, "firstName" | "secondName">,
  facts: PersonFacts,
) {
  return { identity: { firstName, secondName, ...identity }, ...facts };
}

const woman = (year: number, country: CountryCode, language: LanguageCode): PersonFacts => ({
  sex: "Female",
  gender: "Feminine",
  birthYear: year,
  citizenships: [country],
  primaryLanguage: language,
});
const man = (year: number, country: CountryCode, language: LanguageCode): PersonFacts => ({
  sex: "Male",
  gender: "Masculine",
  birthYear: year,
  citizenships: [country],
  primaryLanguage: language,
});

interface ConsentOptions {
  language: LanguageCode;
  guardian?: { name: string; relationship: string };
  sharing?: "given" | "refused";
  research?: boolean;
  police?: boolean;
  method?: "verbal" | "written" | "signature";
}

/** The consents an intake records: assistance and processing always, sharing unless refused, others if asked. */
function consents(decidedOn: string, o: ConsentOptions): Consent[] {
  const base = { decidedOn, method: o.method ?? "written", language: o.language };
  const given = (purpose: Consent["purpose"]): Consent => ({
    ...base,
    purpose,
    decision: "given",
    guardian: o.guardian ?? null,
  });
  return [
    given("assistance"),
    given("data_processing"),
    o.sharing === "refused" ? { ...base, purpose: "referral_sharing", decision: "refused" } : given("referral_sharing"),
    ...(o.research ? [given("research_statistics")] : []),
    ...(o.police ? [given("law_enforcement")] : []),
  ];
}

const at = (eventType: EventType, occurredOn: string, country: CountryCode, city?: string) => ({
  eventType,
  occurredOn,
  country,
  ...(city && { city }),
});
const given = (
  assistanceType: string,
  providedOn: string,
  quantity?: number,
  unit?: Assistance["unit"],
  extra: Partial<Assistance> = {},
): Assistance => ({ assistanceType, status: "provided", providedOn, ...(quantity && { quantity, unit }), ...extra });
const planned = (assistanceType: string, extra: Partial<Assistance> = {}): Assistance => ({
  assistanceType,
  status: "planned",
  ...extra,
});
const cash = (providedOn: string, amount: number, currency: string): Assistance => ({
  assistanceType: "Cash",
  status: "provided",
  providedOn,
  quantity: 1,
  unit: "payment",
  cost: amount,
  currency,
});
const nfis = (providedOn: string): Assistance[] =>
  ["Food", "Hygiene", "Clothing"].map((type) => given(type, providedOn, 1, "kit"));

export const DEMO_CASES: readonly DemoCase[] = [
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
