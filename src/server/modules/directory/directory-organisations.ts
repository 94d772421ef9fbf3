import { sql } from "kysely";
import { invalidField } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";

/*
 * Organisations' names for the directory. The organisations table shows an organisation only its own row, yet
 * the directory names the keeper of every entry and lets a provider point at another organisation of the
 * deployment. The database function directory_organisations() (migration 0009) gives exactly that, id and
 * name and nothing else, to users of an organisation; it runs in the request's transaction, as its actor.
 */

interface OrganisationName {
  id: string;
  name: string;
  active: boolean;
}

async function organisationsWhere(db: ScopedDb, ids: readonly string[] | undefined): Promise<OrganisationName[]> {
  const filter = ids ? sql`WHERE id = ANY(${[...ids]}::uuid[])` : sql``;
  const result = await sql<OrganisationName>`SELECT id, name, active FROM directory_organisations() ${filter}
    ORDER BY name, id`.execute(db.tx);
  return result.rows;
}

/** Names of the organisations with these ids (keepers of entries): id → name. */
export async function organisationNames(db: ScopedDb, ids: Iterable<string>): Promise<Map<string, string>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  return new Map((await organisationsWhere(db, wanted)).map((row) => [row.id, row.name]));
}

/** The deployment's active organisations, by name: what a provider's member organisation may be. */
export async function listDirectoryOrganisations(db: ScopedDb): Promise<{ id: string; name: string }[]> {
  return (await organisationsWhere(db, undefined)).filter((row) => row.active).map(({ id, name }) => ({ id, name }));
}

/** A member organisation must be an active organisation of this deployment. */
export async function checkMemberOrganisation(db: ScopedDb, id: string | null | undefined): Promise<void> {
  if (!id) return;
  const [found] = await organisationsWhere(db, [id]);
  if (!found?.active) throw invalidField("body.memberOrganisationId", "directory_unknown_organisation");
}
