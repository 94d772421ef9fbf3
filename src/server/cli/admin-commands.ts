import type { Command } from "commander";
import { isRole, ROLES } from "../../shared/access/permissions.js";
import { isCountryCode } from "../../shared/vocab/countries.js";
import { isOrganisationType, ORGANISATION_TYPES } from "../../shared/vocab/organisation-types.js";
import { systemActor } from "../access/actor.js";
import { runScoped, type ScopedDb } from "../access/scoped-db.js";
import { openServices } from "../bootstrap.js";
import type { Config } from "../config.js";
import type { Keyring } from "../crypto/keyring.js";
import { seedDemoData } from "../demo/demo-data.js";
import { createOrganisation } from "../modules/organisations/organisations.service.js";
import { createUser } from "../modules/users/users.service.js";

/** Commands that set a deployment up: migrations, the first administrator, demo data. */
export function registerAdminCommands(program: Command, config: () => Config): void {
  program
    .command("migrate")
    .description("apply pending database migrations and exit")
    .action(async () => {
      const { services, appliedMigrations, searchKeysUpgrade } = await openServices(config());
      console.log(
        appliedMigrations.length ? `Applied: ${appliedMigrations.join(", ")}` : "The database is up to date.",
      );
      if (searchKeysUpgrade) console.log(`Search keys brought up to date for ${searchKeysUpgrade.people} people.`);
      await services.database.close();
    });

  program
    .command("create-admin")
    .description("create a user in an existing organisation (the first administrator of a new deployment)")
    .requiredOption("--email <email>", "sign-in e-mail")
    .requiredOption("--name <name>", "full name")
    .requiredOption("--organisation <name>", "organisation name, as stored")
    .option("--role <role>", `one of: ${ROLES.join(", ")}`, "deployment_admin")
    .option("--country <code>", "ISO 3166 country: creates the organisation when it does not exist yet")
    .option("--type <type>", `HTCDS organisation type (${ORGANISATION_TYPES.join(", ")})`, "NGO")
    .action(
      async (options: {
        email: string;
        name: string;
        organisation: string;
        role: string;
        country?: string;
        type: string;
      }) => {
        if (!isRole(options.role)) throw new Error(`Unknown role "${options.role}".`);
        const role = options.role;
        const { services } = await openServices(config());
        try {
          const info = { requestId: "cli", clientIp: null, action: "user.create" };
          const result = await runScoped(
            services.database,
            systemActor("create-admin", "deployment"),
            info,
            async (db) => {
              const existing = await db
                .selectFrom("organisations")
                .select("id")
                .where("name", "=", options.organisation)
                .executeTakeFirst();
              const organisationId = existing?.id ?? (await createNamedOrganisation(db, services.keyring, options)).id;
              return createUser(db, { organisationId, email: options.email, displayName: options.name, roles: [role] });
            },
          );
          console.log(
            `Created ${result.user.email}. Temporary password (shown once, to be changed at first sign-in): ${result.temporaryPassword}`,
          );
        } finally {
          await services.database.close();
        }
      },
    );

  program
    .command("demo-data")
    .description("add the demo organisations and accounts (passwords are written to the data directory)")
    .action(async () => {
      const { services } = await openServices(config());
      try {
        const { accounts } = await seedDemoData(services);
        for (const account of accounts)
          console.log(`${account.roles.join(", ").padEnd(28)} ${account.email}  ${account.password}`);
      } finally {
        await services.database.close();
      }
    });
}

function createNamedOrganisation(
  db: ScopedDb,
  keyring: Keyring,
  options: { organisation: string; country?: string; type: string },
) {
  if (!options.country)
    throw new Error(`No organisation named "${options.organisation}". Add --country (and --type) to create it.`);
  const country = options.country.toUpperCase();
  if (!isCountryCode(country)) throw new Error(`"${options.country}" is not an ISO 3166 country code.`);
  if (!isOrganisationType(options.type)) throw new Error(`Unknown organisation type "${options.type}".`);
  return createOrganisation(db, keyring, { name: options.organisation, type: options.type, country });
}
