import { type Expression, type SqlBool, sql } from "kysely";
import { notFound } from "../../access/errors.js";
import { recordScopeFilter } from "../../access/record-scope.js";
import type { ScopedDb } from "../../access/scoped-db.js";

/**
 * Which referrals the actor reaches. As sender: those of its organisation within its record scope (its own,
 * its team's, or all). As receiver: every referral addressed to its organisation once sent — an incoming
 * referral is the organisation's queue, not one person's.
 */
export function outgoingScope(db: ScopedDb, alias = "referrals"): Expression<SqlBool> {
  // An imported referral has no sender here: the importing organisation holds it as receiver only.
  const own = sql<SqlBool>`${sql.ref(`${alias}.organisation_id`)} = ${db.organisationId} AND ${sql.ref(`${alias}.imported_at`)} IS NULL`;
  const scope = recordScopeFilter(db.actor, { owner: `${alias}.created_by`, team: `${alias}.team_id` });
  return sql<SqlBool>`(${own} AND ${scope})`;
}

export function incomingScope(db: ScopedDb, alias = "referrals"): Expression<SqlBool> {
  return sql<SqlBool>`(${sql.ref(`${alias}.to_organisation_id`)} = ${db.organisationId} AND ${sql.ref(`${alias}.status`)} <> 'draft')`;
}

async function findReferral(db: ScopedDb, id: string, scope: Expression<SqlBool>, forUpdate: boolean) {
  let query = db.selectFrom("referrals").selectAll().where("id", "=", id).where(scope);
  if (forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/** A referral the actor sent (or may see as sender), or 404. */
export const findOutgoing = (db: ScopedDb, id: string, options = { forUpdate: false }) =>
  findReferral(db, id, outgoingScope(db), options.forUpdate);

/** A referral addressed to the actor's organisation, or 404 — also for the sender's own rows. */
export const findIncoming = (db: ScopedDb, id: string, options = { forUpdate: false }) =>
  findReferral(db, id, incomingScope(db), options.forUpdate);

export type ReferralRow = Awaited<ReturnType<typeof findOutgoing>>;
