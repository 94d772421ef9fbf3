import type { Command } from "commander";
import { ROLES, type Role } from "../../shared/access/permissions.js";
import { systemActor } from "../access/actor.js";
import { runScoped } from "../access/scoped-db.js";
import { openServices } from "../bootstrap.js";
import type { Config } from "../config.js";
import { seedDemoData } from "../demo/demo-data.js";
import { createUser } from "../modules/users/users.service.js";

/** Commands that set a deployment up: migrations, the first administrator, demo data. */
export function registerAdminCommands(program: Command, config: () => Config): void {
  program
    .command("migrate")
    .description("apply pending database migrations and exit")
    .action(async () => {
      const { services, appliedMigrations } = await openServices(config());
      console.log(appliedMigrations.length ? `Applied: ${appliedMigrations.join(", ")}` : "The database is up to date.");
      await services.database.close();
    });

  program
    .command("create-admin")
    .description("create a user in an existing organisation (the first administrator of a new deployment)")
    .requiredOption("--email <email>", "sign-in e-mail")
    .requiredOption("--name <name>", "full name")
    .requiredOption("--organisation <name>", "organisation name, as stored")
    .option("--role <role>", `one of: ${ROLES.join(", ")}`, "deployment_admin")
    .action(async (options: { email: string; name: string; organisation: string; role: string }) => {
      if (!(ROLES as readonly string[]).includes(options.role)) throw new Error(`Unknown role "${options.role}".`);
      const { services } = await openServices(config());
      try {
        const org = await services.database.db.selectFrom("organisations").select("id").where("name", "=", options.organisation).executeTakeFirst();
        if (!org) throw new Error(`No organisation named "${options.organisation}". Create it first (safepath demo-data, or the admin screen).`);
        const info = { requestId: "cli", clientIp: null, action: "user.create" };
        const result = await runScoped(services.database, systemActor("create-admin", "deployment"), info, (db) =>
          createUser(db, { organisationId: org.id, email: options.email, displayName: options.name, roles: [options.role as Role] }),
        );
        console.log(`Created ${result.user.email}. Temporary password (shown once, to be changed at first sign-in): ${result.temporaryPassword}`);
      } finally {
        await services.database.close();
      }
    });

  program
    .command("demo-data")
    .description("add the demo organisations and accounts (passwords are written to the data directory)")
    .action(async () => {
      const { services } = await openServices(config());
      try {
        const { accounts } = await seedDemoData(services);
        for (const account of accounts) console.log(`${account.roles.join(", ").padEnd(28)} ${account.email}  ${account.password}`);
      } finally {
        await services.database.close();
      }
    });

}
