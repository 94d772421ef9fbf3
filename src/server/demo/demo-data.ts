import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Role } from "../../shared/access/permissions.js";
import { systemActor } from "../access/actor.js";
import { runScoped } from "../access/scoped-db.js";
import { generatePassword } from "../modules/auth/passwords.js";
import { createOrganisation } from "../modules/organisations/organisations.service.js";
import { createTeam } from "../modules/users/teams.service.js";
import { createUser } from "../modules/users/users.service.js";
import type { Services } from "../services.js";
import { seedDemoActivities } from "./demo-activities.js";
import { seedDemoCases } from "./demo-cases.js";
import { seedDemoContacts } from "./demo-contacts.js";
import { seedDemoDirectory } from "./demo-directory.js";
import { seedDemoKnowledge } from "./demo-knowledge.js";
import { seedDemoOffices } from "./demo-offices.js";
import { DEMO_ORGANISATIONS, type DemoOrganisation } from "./demo-organisations.js";
import { seedDemoScreenings } from "./demo-screenings.js";
import { seedDemoSeedPeriod } from "./demo-seed-period.js";

export const DEMO_ACCOUNTS_FILE = "demo-accounts.json";

export interface DemoAccounts {
  accounts: { email: string; password: string; roles: Role[]; organisation: string }[];
}

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
  await seedDemoScreenings(services);
  await seedDemoContacts(services);
  await seedDemoKnowledge(services);
  await seedDemoDirectory(services);
  // The first organisation's country offices, the seed period's records in their teams, then the activities.
  const offices = await seedDemoOffices(services);
  if (offices) await seedDemoSeedPeriod(services, offices);
  await seedDemoActivities(services);
  return seeded;
}

/** One organisation with its team and accounts, in one transaction. */
async function seedOrganisation(services: Services, org: DemoOrganisation): Promise<DemoAccounts["accounts"]> {
  const actor = systemActor("demo-data", "deployment");
  const info = { requestId: "demo-data", clientIp: null, action: "demo.seed" };
  return runScoped(services.database, actor, info, async (db) => {
    const made: DemoAccounts["accounts"] = [];
    const created = await createOrganisation(db, services.keyring, {
      name: org.name,
      type: org.type,
      country: org.country,
      city: org.city,
      timeZone: org.timeZone,
    });
    const team = await createTeam(db, { organisationId: created.id, name: "Field team" });
    // Helpline work belongs to a team of its own: operators carry one another's contacts and hotline cases,
    // not the field team's caseload.
    const hotlineTeam = org.users.some((person) => person.roles.includes("hotline_operator"))
      ? await createTeam(db, { organisationId: created.id, name: "Hotline team" })
      : null;
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
          teamId: (person.roles.includes("hotline_operator") ? hotlineTeam?.id : undefined) ?? team.id,
          locale: "en",
        },
        { password },
      );
      made.push({ email, password, roles: person.roles, organisation: org.name });
    }
    return made;
  });
}

/** Passwords are made here, per installation, and kept only in the data directory (mode 600). */
export async function seedDemoData(services: Services): Promise<DemoAccounts> {
  const accounts: DemoAccounts["accounts"] = [];
  // One transaction each: creation times are the transaction's, so that "the first organisation" (by
  // creation, as the case generator picks one) stays the first of the list, not the first by name.
  for (const org of DEMO_ORGANISATIONS) accounts.push(...(await seedOrganisation(services, org)));
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
