import { sql } from "kysely";
import type { Role } from "../../shared/access/permissions.js";
import type { CountryCode } from "../../shared/vocab/countries.js";
import { systemActor } from "../access/actor.js";
import { runScoped, type ScopedDb } from "../access/scoped-db.js";
import { createTeam } from "../modules/users/teams.service.js";
import { createUser } from "../modules/users/users.service.js";
import type { Services } from "../services.js";
import { demoInfo } from "./demo-actors.js";
import { DEMO_CASES_ORGANISATION } from "./demo-case-builders.js";

/*
 * The first demo organisation plays a regional organisation that reports by country office, one office per
 * country of the situation report (seed 000). Names are neutral ("Country office — Romania"). P-codes are
 * OCHA's admin1 codes where we are sure of them (Mazowieckie PL14, Kyiv city UA80); elsewhere only the name.
 */

export interface DemoOffice {
  country: CountryCode;
  name: string;
  city: string;
  admin1Name: string | null;
  admin1Pcode: string | null;
  /** Records of teams without an office (the organisation's field and hotline teams) count here. */
  isMain?: true;
}

const office = (
  country: CountryCode,
  countryName: string,
  city: string,
  admin1Name: string | null,
  admin1Pcode: string | null = null,
): DemoOffice => ({ country, name: `Country office — ${countryName}`, city, admin1Name, admin1Pcode });

export const DEMO_OFFICES: readonly DemoOffice[] = [
  office("AT", "Austria", "Wien", "Wien"),
  office("BY", "Belarus", "Minsk", "Minsk City"),
  office("BG", "Bulgaria", "Sofia", "Sofia City"),
  office("HR", "Croatia", "Zagreb", "City of Zagreb"),
  office("CZ", "Czechia", "Praha", "Praha"),
  office("FR", "France", "Paris", "Île-de-France"),
  office("DE", "Germany", "Berlin", "Berlin"),
  office("GR", "Greece", "Athina", "Attiki"),
  office("MT", "Malta", "Valletta", null),
  office("MD", "Moldova", "Chișinău", "Chișinău"),
  { ...office("PL", "Poland", "Warszawa", "Mazowieckie", "PL14"), isMain: true },
  office("PT", "Portugal", "Lisboa", "Lisboa"),
  office("RO", "Romania", "București", "București"),
  office("SK", "Slovakia", "Bratislava", "Bratislavský kraj"),
  office("SE", "Sweden", "Stockholm", "Stockholm"),
  office("CH", "Switzerland", "Bern", "Bern"),
  office("UA", "Ukraine", "Kyiv", "Kyiv", "UA80"),
];

export const MAIN_OFFICE: CountryCode = "PL";

/** A staff member of an office team: an account made without a known password (an administrator resets it). */
interface OfficeStaff {
  name: string;
  local: string;
  roles: Role[];
}

export interface DemoOfficeTeam {
  name: string;
  office: CountryCode;
  staff: OfficeStaff[];
}

/** The teams whose records the seed period's figures come from; the field and hotline teams stay with the main office. */
export const DEMO_OFFICE_TEAMS: readonly DemoOfficeTeam[] = [
  {
    name: "Belarus mobile team",
    office: "BY",
    staff: [{ name: "Hanna Zhuk", local: "by.screener", roles: ["screener"] }],
  },
  {
    name: "Belarus hotline team",
    office: "BY",
    staff: [{ name: "Dzmitry Lis", local: "by.hotline", roles: ["hotline_operator"] }],
  },
  {
    name: "Czechia helpline team",
    office: "CZ",
    staff: [{ name: "Tereza Dvořáková", local: "cz.helpline", roles: ["hotline_operator"] }],
  },
  {
    name: "Moldova protection team",
    office: "MD",
    staff: [{ name: "Doina Rotaru", local: "md.caseworker", roles: ["caseworker"] }],
  },
  {
    name: "Ukraine hotline team",
    office: "UA",
    staff: [
      { name: "Maryna Levchuk", local: "ua.hotline", roles: ["hotline_operator"] },
      { name: "Artem Hlushko", local: "ua.hotline2", roles: ["hotline_operator"] },
    ],
  },
  {
    name: "Ukraine protection team",
    office: "UA",
    staff: [{ name: "Yevhen Shulha", local: "ua.caseworker", roles: ["caseworker"] }],
  },
];

const STAFF_DOMAIN = "office.example.org";

/** The e-mail address of an office team's staff member. */
export function officeStaffEmail(local: string): string {
  const known = DEMO_OFFICE_TEAMS.some((team) => team.staff.some((person) => person.local === local));
  if (!known) throw new Error(`no office staff ${local}`);
  return `${local}@${STAFF_DOMAIN}`;
}

export interface DemoOfficeMap {
  organisationId: string;
  /** Office ids by the office's country. */
  offices: Map<CountryCode, string>;
  /** Team ids by name. */
  teams: Map<string, string>;
}

async function upsertOffices(db: ScopedDb): Promise<Map<CountryCode, string>> {
  const existing = await db.selectFrom("offices").select(["id", "name", "is_main"]).execute();
  const byName = new Map(existing.map((row) => [row.name.toLowerCase(), row.id]));
  // An organisation may already have a main office (made with the organisation): it becomes the Polish one.
  const main = existing.find((row) => row.is_main);
  const ids = new Map<CountryCode, string>();
  for (const entry of DEMO_OFFICES) {
    const columns = {
      name: entry.name,
      country: entry.country,
      admin1_name: entry.admin1Name,
      admin1_pcode: entry.admin1Pcode,
      city: entry.city,
    };
    const found = byName.get(entry.name.toLowerCase()) ?? (entry.isMain ? main?.id : undefined);
    if (found) {
      await db.updateTable("offices").set(columns).where("id", "=", found).execute();
      ids.set(entry.country, found);
      continue;
    }
    const row = await db
      .insertInto("offices", [{ organisation_id: db.organisationId, ...columns, is_main: entry.isMain === true }])
      .returning("id")
      .executeTakeFirstOrThrow();
    ids.set(entry.country, String(row.id));
  }
  return ids;
}

async function upsertTeams(db: ScopedDb, offices: Map<CountryCode, string>): Promise<Map<string, string>> {
  const teams = new Map<string, string>();
  for (const team of DEMO_OFFICE_TEAMS) {
    const found = await db
      .selectFrom("teams")
      .select("id")
      .where(sql`lower(name)`, "=", team.name.toLowerCase())
      .executeTakeFirst();
    const id = found?.id ?? (await createTeam(db, { name: team.name })).id;
    await db
      .updateTable("teams")
      .set({ office_id: offices.get(team.office) })
      .where("id", "=", id)
      .execute();
    teams.set(team.name, id);
    for (const person of team.staff) {
      const email = officeStaffEmail(person.local);
      const user = await db.selectFrom("users").select("id").where("email", "=", email).executeTakeFirst();
      if (!user)
        await createUser(db, { email, displayName: person.name, roles: person.roles, teamId: id, locale: "en" });
    }
  }
  return teams;
}

/**
 * The first demo organisation's country offices and the office teams that hold the seed period's records,
 * with their staff. Safe to run again: offices and teams are found by name. Undefined without the organisation.
 */
export async function seedDemoOffices(services: Services): Promise<DemoOfficeMap | undefined> {
  const found = await services.database.db
    .selectFrom("organisations")
    .select("id")
    .where("name", "=", DEMO_CASES_ORGANISATION.name)
    .executeTakeFirst();
  if (!found) return undefined;
  const organisationId = found.id;
  const actor = systemActor("demo-data", { organisationId });
  return runScoped(services.database, actor, demoInfo("offices"), async (db) => {
    const offices = await upsertOffices(db);
    const teams = await upsertTeams(db, offices);
    return { organisationId, offices, teams };
  });
}
