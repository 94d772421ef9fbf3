import { type Expression, type SqlBool, sql } from "kysely";
import { notFound } from "../../access/errors.js";
import { recordScopeFilter } from "../../access/record-scope.js";
import type { ScopedDb } from "../../access/scoped-db.js";

/**
 * The cases the actor reaches within its organisation: its own, its team's or all, by role. A partner
 * caseworker reaches the organisation's cases opened from referrals addressed to it, and those alone.
 */
export function caseScope(db: ScopedDb, alias = "cases"): Expression<SqlBool> {
  return recordScopeFilter(db.actor, {
    owner: `${alias}.owner_user_id`,
    team: `${alias}.team_id`,
    sharedWithOrganisation: (organisationId) =>
      sql<SqlBool>`EXISTS (SELECT 1 FROM referrals r WHERE r.to_organisation_id = ${organisationId}
        AND r.receiver_case_id = ${sql.ref(`${alias}.id`)})`,
  });
}

/** A case the actor may see, or 404 — the same answer whether it is missing or out of reach. */
export async function findCase(db: ScopedDb, caseId: string) {
  const row = await db.selectFrom("cases").selectAll().where("id", "=", caseId).where(caseScope(db)).executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/** Locks the case row for a change, so that two edits of one case cannot interleave. */
export async function findCaseForUpdate(db: ScopedDb, caseId: string) {
  const row = await db
    .selectFrom("cases")
    .selectAll()
    .where("id", "=", caseId)
    .where(caseScope(db))
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw notFound();
  return row;
}
