import type { Expression, SqlBool } from "kysely";
import { notFound } from "../../access/errors.js";
import { recordScopeFilter } from "../../access/record-scope.js";
import type { ScopedDb } from "../../access/scoped-db.js";

/** The screenings the actor reaches: their own, their team's or the organisation's, by role. */
export function screeningScope(db: ScopedDb, alias = "screenings"): Expression<SqlBool> {
  return recordScopeFilter(db.actor, { owner: `${alias}.screener_user_id`, team: `${alias}.team_id` });
}

/** A screening the actor may see, or 404 — the same answer whether it is missing or out of reach. */
export async function findScreening(db: ScopedDb, screeningId: string, options: { forUpdate?: boolean } = {}) {
  const query = db.selectFrom("screenings").selectAll().where("id", "=", screeningId).where(screeningScope(db));
  const row = await (options.forUpdate ? query.forUpdate() : query).executeTakeFirst();
  if (!row) throw notFound();
  return row;
}
