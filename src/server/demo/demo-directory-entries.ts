import type { Availability, ServiceType } from "../../shared/directory/vocab.js";
import type { OrganisationType } from "../../shared/vocab/organisation-types.js";
import { DEMO_CASES_ORGANISATION, LEGAL_AID, MOLDOVA_OFFICE, ROMANIA_OFFICE, SHELTER } from "./demo-case-builders.js";

/*
 * The demo service directory's entries: invented providers across Ukraine, Poland, Romania and Moldova, each
 * kept by the demo organisation that works nearest to it. "self" is the keeper's own entry.
 */

export type Place = [country: string, region: string, city: string, latitude: number, longitude: number];

export interface DemoService {
  name: string;
  type: ServiceType;
  languages: string[];
  availability: Availability;
  /** Days since the keeper last verified it; undefined: never verified. */
  verified: number | undefined;
  /** Other fields of the service input: area, eligibility, hours, capacity … */
  more: Record<string, unknown>;
}

export interface DemoProvider {
  name: string | "self";
  kind: OrganisationType;
  place: Place;
  services: DemoService[];
}

const svc = (
  name: string,
  type: ServiceType,
  languages: string,
  availability: Availability,
  verified: number | undefined,
  more: Record<string, unknown> = {},
): DemoService => ({ name, type, languages: languages.split(" "), availability, verified, more });

const ALWAYS = { openAlways: true, openingHours: "24/7" };
const DAYS = { openingHours: "Mon–Fri 09:00–17:00" };
const CHILDREN = { maxAge: 17 };
const serving = (...countries: string[]) => ({ areaCountries: countries });
const regions = (...names: string[]) => ({ areaRegions: names });

const WARSAW: Place = ["PL", "Mazowieckie", "Warszawa", 52.2297, 21.0122];
const KRAKOW: Place = ["PL", "Małopolskie", "Kraków", 50.0647, 19.945];
const LVIV: Place = ["UA", "Lvivska", "Lviv", 49.8397, 24.0297];
const KYIV: Place = ["UA", "Kyiv", "Kyiv", 50.4501, 30.5234];
const UZHHOROD: Place = ["UA", "Zakarpatska", "Uzhhorod", 48.6208, 22.2879];
const IASI: Place = ["RO", "Iași", "Iași", 47.1585, 27.6014];
const BUCHAREST: Place = ["RO", "București", "București", 44.4268, 26.1025];
const CHISINAU: Place = ["MD", "Chișinău", "Chișinău", 47.0105, 28.8638];
const BALTI: Place = ["MD", "Bălți", "Bălți", 47.7617, 27.9289];

const POLAND_AND_UKRAINE: DemoProvider[] = [
  {
    name: "self",
    kind: "NGO",
    place: WARSAW,
    services: [
      svc("Case management for survivors", "CaseManagement", "pl uk ru en", "available", 12, {
        ...DAYS,
        ...serving("PL"),
      }),
      svc("Safe migration helpline", "Hotline", "uk ru pl en", "available", 30, {
        ...ALWAYS,
        remote: true,
        ...serving("PL", "UA"),
      }),
    ],
  },
  {
    name: "Vistula Women's Refuge",
    kind: "NGO",
    place: WARSAW,
    services: [
      svc("Shelter for women survivors", "SpecialisedShelterForVictims", "pl uk ru", "limited", 20, {
        ...ALWAYS,
        minAge: 18,
        sexes: ["Female"],
        capacity: 14,
      }),
    ],
  },
  {
    name: "Mazovia Children's Emergency Home",
    kind: "LocalGovernmentOrganisation",
    place: WARSAW,
    services: [
      svc("Emergency shelter for children", "ShelterForChildren", "pl uk", "available", 45, {
        ...ALWAYS,
        ...CHILDREN,
        capacity: 20,
        statuses: ["UnaccompaniedOrSeparatedChild", "TemporaryProtection"],
      }),
    ],
  },
  {
    name: "Warsaw District Family Support Office",
    kind: "LocalGovernmentOrganisation",
    place: WARSAW,
    services: [svc("Child protection duty officer", "ChildProtectionAuthority", "pl", "unknown", 230, CHILDREN)],
  },
  {
    name: "Police Anti-Trafficking Unit, Warsaw (demo)",
    kind: "LawEnforcement",
    place: WARSAW,
    services: [svc("Reporting trafficking to the police", "LawEnforcement", "pl en", "unknown", 60, ALWAYS)],
  },
  {
    name: "National Referral Focal Point, Poland (demo)",
    kind: "CentralGovernmentOrganisation",
    place: WARSAW,
    services: [
      svc("Formal identification and referral", "NationalReferralMechanism", "pl en", "unknown", 90, serving("PL")),
    ],
  },
  {
    name: "Kraków Migrant Law Clinic",
    kind: "LegalService",
    place: KRAKOW,
    services: [
      svc("Free legal advice for migrants", "Legal", "pl uk en", "limited", 250, {
        ...DAYS,
        ...regions("Małopolskie", "Śląskie"),
      }),
    ],
  },
  {
    name: "Lviv Centre for Psychosocial Recovery",
    kind: "NGO",
    place: LVIV,
    services: [
      svc("Psychosocial support, in person and online", "Mhpss", "uk ru pl", "available", 210, {
        remote: true,
        ...serving("UA"),
      }),
      svc("Temporary accommodation", "ShelterAndAccommodation", "uk ru", "full", undefined, {
        ...ALWAYS,
        capacity: 30,
      }),
    ],
  },
  {
    name: "Kyiv Job Start Desk",
    kind: "NGO",
    place: KYIV,
    services: [
      svc("Employment counselling", "EmploymentSupport", "uk ru en", "available", 40, {
        minAge: 18,
        statuses: ["InternallyDisplacedPerson", "Returnee"],
      }),
    ],
  },
  {
    name: "Carpathian Interpreters Cooperative",
    kind: "CorporateBusiness",
    place: UZHHOROD,
    services: [
      svc("Interpreting by phone and video", "Interpretation", "uk hu ro sk en", "available", 15, {
        remote: true,
        ...serving("UA", "PL", "RO", "MD"),
      }),
    ],
  },
];

const ROMANIA: DemoProvider[] = [
  {
    name: "self",
    kind: "NGO",
    place: BUCHAREST,
    services: [svc("Case management and referral", "CaseManagement", "ro uk en", "available", 25, serving("RO"))],
  },
  {
    name: "Bucharest Mobile Health Team",
    kind: "HealthServiceOrganisation",
    place: BUCHAREST,
    services: [svc("Primary health care", "Medical", "ro en uk", "available", 190, regions("București", "Ilfov"))],
  },
  {
    name: "Ilfov Child Protection Directorate (demo)",
    kind: "LocalGovernmentOrganisation",
    place: BUCHAREST,
    services: [svc("Child protection on call", "ChildProtectionAuthority", "ro", "unknown", undefined, CHILDREN)],
  },
  {
    name: "Police Anti-Trafficking Unit, Bucharest (demo)",
    kind: "LawEnforcement",
    place: BUCHAREST,
    services: [svc("Reporting trafficking to the police", "LawEnforcement", "ro en", "unknown", 70, ALWAYS)],
  },
  {
    name: "National Referral Focal Point, Romania (demo)",
    kind: "CentralGovernmentOrganisation",
    place: BUCHAREST,
    services: [svc("Identification and referral", "NationalReferralMechanism", "ro en", "unknown", 300, serving("RO"))],
  },
];

const MOLDOVA: DemoProvider[] = [
  {
    name: "self",
    kind: "NGO",
    place: CHISINAU,
    services: [
      svc("Helpline for safe migration", "Hotline", "ro ru uk", "available", 10, {
        remote: true,
        ...serving("MD", "UA"),
      }),
    ],
  },
  {
    name: "Chișinău Children's Day and Night Centre",
    kind: "LocalGovernmentOrganisation",
    place: CHISINAU,
    services: [
      svc("Shelter for children", "ShelterForChildren", "ro ru", "limited", 100, { ...CHILDREN, capacity: 12 }),
    ],
  },
  {
    name: "Bălți Community Health Point",
    kind: "HealthServiceOrganisation",
    place: BALTI,
    services: [
      svc("Medical check-ups", "Medical", "ro ru", "unknown", 280, { areaCities: ["Bălți", "Fălești", "Sîngerei"] }),
    ],
  },
  {
    name: "National Referral Focal Point, Moldova (demo)",
    kind: "CentralGovernmentOrganisation",
    place: CHISINAU,
    services: [
      svc("Referral system coordination", "NationalReferralMechanism", "ro ru", "unknown", undefined, serving("MD")),
    ],
  },
  {
    name: "Dniester Jobs Bridge",
    kind: "NGO",
    place: CHISINAU,
    services: [
      svc("Job placement for returnees", "EmploymentSupport", "ro ru", "available", 35, {
        minAge: 18,
        statuses: ["Returnee"],
        nationalities: ["MD", "UA"],
      }),
    ],
  },
];

/** Entries by keeping organisation; its administrator writes them. */
export const DEMO_DIRECTORY: Readonly<Record<string, DemoProvider[]>> = {
  [DEMO_CASES_ORGANISATION.name]: POLAND_AND_UKRAINE,
  [SHELTER]: [
    {
      name: "self",
      kind: "NGO",
      place: IASI,
      services: [
        svc("Shelter for survivors of trafficking", "SpecialisedShelterForVictims", "ro uk ru", "limited", 5, {
          ...ALWAYS,
          minAge: 18,
          capacity: 10,
          ...serving("RO", "MD"),
        }),
        svc("Counselling for residents", "Mhpss", "ro ru", "available", 5, DAYS),
      ],
    },
  ],
  [LEGAL_AID]: [
    {
      name: "self",
      kind: "LegalService",
      place: CHISINAU,
      services: [svc("Legal representation of survivors", "Legal", "ro ru uk", "available", 200, serving("MD"))],
    },
  ],
  [ROMANIA_OFFICE]: ROMANIA,
  [MOLDOVA_OFFICE]: MOLDOVA,
};
