import type { Role } from "../../shared/access/permissions.js";
import type { CountryCode } from "../../shared/vocab/countries.js";
import type { OrganisationType } from "../../shared/vocab/organisation-types.js";
import { DEMO_CASES_ORGANISATION, LEGAL_AID, MOLDOVA_OFFICE, ROMANIA_OFFICE, SHELTER } from "./demo-case-builders.js";

export interface DemoOrganisation {
  name: string;
  type: OrganisationType;
  country: CountryCode;
  city: string;
  /** The hotline's local hours for the helpline figures. */
  timeZone: string;
  domain: string;
  users: { name: string; local: string; roles: Role[] }[];
}

/*
 * Neutral, invented organisations: three country offices (the first has an account of every role, which
 * the tests and the end-to-end runs sign in with) and two partner NGOs, a shelter and a legal-aid service.
 * A partner's caseworker holds the partner's own cases; its partner caseworker only reaches shared ones.
 * The order is the order of creation: organisations added later go at the end.
 */
export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  {
    name: DEMO_CASES_ORGANISATION.name,
    type: "NGO",
    country: "PL",
    city: "Warszawa",
    timeZone: "Europe/Warsaw",
    domain: "office.example.org",
    users: [
      { name: "Anna Nowak", local: "admin", roles: ["organisation_admin"] },
      { name: "Olena Kovalenko", local: "caseworker", roles: ["caseworker"] },
      { name: "Marek Zielinski", local: "supervisor", roles: ["supervisor"] },
      { name: "Iryna Bondar", local: "hotline", roles: ["hotline_operator"] },
      { name: "Tomasz Wojcik", local: "screener", roles: ["screener"] },
      { name: "Sofia Melnyk", local: "me", roles: ["me_officer"] },
      { name: "Piotr Lewandowski", local: "auditor", roles: ["auditor"] },
      { name: "Deployment Administrator", local: "deployment", roles: ["deployment_admin"] },
    ],
  },
  {
    name: SHELTER,
    type: "NGO",
    country: "RO",
    city: "Iasi",
    timeZone: "Europe/Bucharest",
    domain: "shelter.example.org",
    users: [
      { name: "Ioana Popescu", local: "admin", roles: ["organisation_admin"] },
      { name: "Mihai Ionescu", local: "partner", roles: ["partner_caseworker"] },
      { name: "Cristina Lungu", local: "caseworker", roles: ["caseworker"] },
    ],
  },
  {
    name: LEGAL_AID,
    type: "LegalService",
    country: "MD",
    city: "Chisinau",
    timeZone: "Europe/Chisinau",
    domain: "legal.example.org",
    users: [
      { name: "Elena Rusu", local: "admin", roles: ["organisation_admin"] },
      { name: "Victor Moraru", local: "caseworker", roles: ["caseworker"] },
    ],
  },
  {
    name: ROMANIA_OFFICE,
    type: "NGO",
    country: "RO",
    city: "Bucuresti",
    timeZone: "Europe/Bucharest",
    domain: "romania.example.org",
    users: [
      { name: "Andrei Stoica", local: "admin", roles: ["organisation_admin"] },
      { name: "Alina Dumitrescu", local: "caseworker", roles: ["caseworker"] },
      { name: "Radu Constantin", local: "supervisor", roles: ["supervisor"] },
      { name: "Bogdan Marin", local: "screener", roles: ["screener"] },
    ],
  },
  {
    name: MOLDOVA_OFFICE,
    type: "NGO",
    country: "MD",
    city: "Chisinau",
    timeZone: "Europe/Chisinau",
    domain: "moldova.example.org",
    users: [
      { name: "Natalia Cojocaru", local: "admin", roles: ["organisation_admin"] },
      { name: "Svetlana Rusnac", local: "caseworker", roles: ["caseworker"] },
      { name: "Vasile Ursu", local: "supervisor", roles: ["supervisor"] },
    ],
  },
];

/** The demo e-mail address of a user of a demo organisation. */
export function demoEmail(organisation: string, local: string): string {
  const org = DEMO_ORGANISATIONS.find((o) => o.name === organisation);
  if (!org?.users.some((user) => user.local === local)) throw new Error(`no demo user ${local} in ${organisation}`);
  return `${local}@${org.domain}`;
}
