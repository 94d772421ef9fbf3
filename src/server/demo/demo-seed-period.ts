import type { Services } from "../services.js";
import type { DemoOfficeMap } from "./demo-offices.js";
import { seedPeriodCases } from "./demo-seed-period-cases.js";
import { seedPeriodHotlines } from "./demo-seed-period-hotline.js";
import { seedPeriodScreeningsOf } from "./demo-seed-period-screenings.js";

export interface SeedPeriodMade {
  screenings: number;
  contacts: number;
  cases: number;
}

/**
 * The records behind the seed period's direct-assistance, screening and helpline figures (May to early
 * June 2022), in the office teams so that each counts for its office. These figures are never typed into
 * activities: the situation report reads them from here. Safe to run again: nothing is recorded twice.
 */
export async function seedDemoSeedPeriod(services: Services, map: DemoOfficeMap): Promise<SeedPeriodMade> {
  const screenings = await seedPeriodScreeningsOf(services);
  const contacts = await seedPeriodHotlines(services, map.teams);
  const cases = await seedPeriodCases(services, map.teams);
  return { screenings, contacts, cases };
}
