import type { ScopedDb } from "../../access/scoped-db.js";
import type { OfficeRow } from "./office-rows.js";

/**
 * An office of an organisation other than the caller's, for a deployment administrator: it sets
 * organisations up and reads their structure (organisations, teams, offices; never personal data).
 * Offices are kept under each organisation's row-level security, which a deployment administrator does not
 * pass, so each organisation is asked in its own name until one keeps the office. A deployment holds a handful
 * of organisations; a deployment-wide read policy on offices would make this one query.
 */
export async function officeOfAnotherOrganisation<T>(
  db: ScopedDb,
  id: string,
  present: (db: ScopedDb, row: OfficeRow) => Promise<T>,
): Promise<T | undefined> {
  const organisations = await db
    .selectFrom("organisations")
    .select("id")
    .where("id", "<>", db.organisationId)
    .orderBy("id")
    .execute();
  for (const organisation of organisations) {
    const found = await db.onBehalfOf(organisation.id, "office-read", async (keeper) => {
      const row = await keeper.selectFrom("offices").selectAll().where("id", "=", id).executeTakeFirst();
      return row ? present(keeper, row) : undefined;
    });
    if (found) return found;
  }
  return undefined;
}
