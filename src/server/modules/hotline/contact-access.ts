import type { Expression, SqlBool } from "kysely";
import { notFound } from "../../access/errors.js";
import { recordScopeFilter } from "../../access/record-scope.js";
import type { ScopedDb } from "../../access/scoped-db.js";

/**
 * The contacts the actor reaches: the team's (helpline work is handed between operators of a team), their
 * own, or the organisation's, by role.
 */
export function contactScope(db: ScopedDb, alias = "hotline_contacts"): Expression<SqlBool> {
  return recordScopeFilter(db.actor, { owner: `${alias}.operator_user_id`, team: `${alias}.team_id` });
}

/** A contact the actor may see, or 404 — the same answer whether it is missing or out of reach. */
export async function findContact(db: ScopedDb, contactId: string, options: { forUpdate?: boolean } = {}) {
  const query = db.selectFrom("hotline_contacts").selectAll().where("id", "=", contactId).where(contactScope(db));
  const row = await (options.forUpdate ? query.forUpdate() : query).executeTakeFirst();
  if (!row) throw notFound();
  return row;
}
