import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Role } from "../../shared/access/permissions.js";
import type { CountryCode } from "../../shared/vocab/countries.js";
import type { OrganisationType } from "../../shared/vocab/organisation-types.js";
import { systemActor } from "../access/actor.js";
import { runScoped } from "../access/scoped-db.js";
import { generatePassword } from "../modules/auth/passwords.js";
import { createOrganisation } from "../modules/organisations/organisations.service.js";
import { createTeam } from "../modules/users/teams.service.js";
import { createUser } from "../modules/users/users.service.js";
import type { Services } from "../services.js";
import { seedDemoCases } from "./demo-cases.js";

export const DEMO_ACCOUNTS_FILE = "demo-accounts.json";

export interface DemoAccounts {
  accounts: { email: string; password: string; roles: Role[]; organisation: string }[];
}

interface DemoOrganisation {
  name: string;
  type: OrganisationType;
  country: CountryCode;
  city: string;
  domain: string;
  users: { name: string; local: string; roles: Role[] }[];
}

// Neutral, invented organisations: a country office, a shelter partner and a legal-aid partner.
const ORGANISATIONS: DemoOrganisation[] = [
  {
    name: "Safe Passage Country Office",
    type: "NGO",
    country: "PL",
    city: "Warszawa",
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
    name: "Harbour Shelter Association",
    type: "NGO",
    country: "RO",
    city: "Iasi",
    domain: "shelter.example.org",
    users: [
      { name: "Ioana Popescu", local: "admin", roles: ["organisation_admin"] },
      { name: "Mihai Ionescu", local: "partner", roles: ["partner_caseworker"] },
    ],
  },
  {
    name: "Open Door Legal Aid",
    type: "LegalService",
    country: "MD",
    city: "Chisinau",
    domain: "legal.example.org",
    users: [{ name: "Elena Rusu", local: "admin", roles: ["organisation_admin"] }],
  },
];

export function shouldSeedDemoData(services: Services): boolean {
  const { config } = services;
  if (config.demoData === "no") return false;
  if (config.demoData === "yes") return true;
  return !config.databaseUrl && !config.production;
}

/** Seeds the demo organisations and accounts if wanted and the database has no organisation yet. */
export async function seedDemoDataIfWanted(services: Services): Promise<DemoAccounts | undefined> {
  if (!shouldSeedDemoData(services)) return undefined;
  const existing = await services.database.db.selectFrom("organisations").select("id").limit(1).executeTakeFirst();
  if (existing) return undefined;
  const seeded = await seedDemoData(services);
  await seedDemoCases(services);
  return seeded;
}

/** Passwords are made here, per installation, and kept only in the data directory (mode 600). */
export async function seedDemoData(services: Services): Promise<DemoAccounts> {
  const actor = systemActor("demo-data", "deployment");
  const info = { requestId: "demo-data", clientIp: null, action: "demo.seed" };
  const accounts = await runScoped(services.database, actor, info, async (db) => {
    const made: DemoAccounts["accounts"] = [];
    for (const org of ORGANISATIONS) {
      const created = await createOrganisation(db, services.keyring, {
        name: org.name,
        type: org.type,
        country: org.country,
        city: org.city,
      });
      const team = await createTeam(db, { organisationId: created.id, name: "Field team" });
      for (const person of org.users) {
        const password = generatePassword();
        const email = `${person.local}@${org.domain}`;
        await createUser(
          db,
          {
            organisationId: created.id,
            email,
            displayName: person.name,
            roles: person.roles,
            teamId: team.id,
            locale: "en",
          },
          { password },
        );
        made.push({ email, password, roles: person.roles, organisation: org.name });
      }
    }
    return made;
  });
  const result = { accounts };
  await mkdir(services.config.dataDir, { recursive: true });
  const file = path.join(services.config.dataDir, DEMO_ACCOUNTS_FILE);
  await writeFile(file, `${JSON.stringify(result, null, 2)}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return result;
}

export async function loadDemoAccounts(dataDir: string): Promise<DemoAccounts | undefined> {
  try {
    return JSON.parse(await readFile(path.join(dataDir, DEMO_ACCOUNTS_FILE), "utf8")) as DemoAccounts;
  } catch {
    return undefined;
  }
}
