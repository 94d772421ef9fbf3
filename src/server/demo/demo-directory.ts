import { providerInput, serviceInput } from "../../shared/api/directory.js";
import { runScoped, type ScopedDb } from "../access/scoped-db.js";
import { createProvider } from "../modules/directory/providers.service.js";
import { createService, verifyService } from "../modules/directory/services.service.js";
import type { Services } from "../services.js";
import { demoInfo, findDemoActors } from "./demo-actors.js";
import { DEMO_DIRECTORY, type DemoProvider } from "./demo-directory-entries.js";
import { demoEmail } from "./demo-organisations.js";

/*
 * The demo service directory (entries in demo-directory-entries.ts), written by each keeping organisation's
 * administrator. Names, addresses, phones (all zeros) and e-mails (example.org) are fictitious. The demo
 * organisations' own entries point at themselves, so referrals to them stay inside the deployment. Some
 * entries were verified lately, some over six months ago, some never.
 */

const DAY = 86_400_000;

/** One organisation's entries, written through the directory's services as its administrator would. */
async function writeEntries(db: ScopedDb, providers: readonly DemoProvider[], self: { id: string; name: string }) {
  let made = 0;
  for (const [index, provider] of providers.entries()) {
    const [country, region, city, latitude, longitude] = provider.place;
    const own = provider.name === "self";
    const created = await createProvider(
      db,
      providerInput.parse({
        name: own ? self.name : provider.name,
        kind: provider.kind,
        memberOrganisationId: own ? self.id : null,
        address: `${10 + index} Demo Street`,
        country,
        region,
        city,
        latitude,
        longitude,
        phone: "+00 000 000 000",
        email: `directory-${index + 1}@example.org`,
      }),
    );
    for (const service of provider.services) {
      const input = {
        providerId: created.id,
        name: service.name,
        serviceType: service.type,
        languages: service.languages,
      };
      const entry = await createService(
        db,
        serviceInput.parse({ ...input, availability: service.availability, ...service.more }),
      );
      made += 1;
      if (service.verified === undefined) continue;
      await verifyService(db, entry.id);
      const at = new Date(Date.now() - service.verified * DAY);
      await db.updateTable("services").set({ verified_at: at }).where("id", "=", entry.id).execute();
    }
  }
  return made;
}

/**
 * Seeds the demo directory for each demo organisation that exists and keeps no entry yet. Returns the
 * number of services written (none on a second run).
 */
export async function seedDemoDirectory(services: Services): Promise<number> {
  let made = 0;
  for (const [organisation, providers] of Object.entries(DEMO_DIRECTORY)) {
    const keeper = demoEmail(organisation, "admin");
    const found = await findDemoActors(services, organisation, [keeper]);
    const actor = found?.actors.get(keeper);
    if (!found || !actor) continue;
    made += await runScoped(services.database, actor, demoInfo(`directory:${organisation}`), async (db) => {
      const kept = await db
        .selectFrom("service_providers")
        .select("id")
        .where("organisation_id", "=", found.organisationId)
        .limit(1)
        .executeTakeFirst();
      if (kept) return 0;
      return writeEntries(db, providers, { id: found.organisationId, name: organisation });
    });
  }
  return made;
}
