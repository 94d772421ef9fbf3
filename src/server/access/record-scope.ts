import { type Expression, type SqlBool, sql } from "kysely";
import type { Actor } from "./actor.js";

/** Columns of a record table that decide who reaches a row, and how sharing is looked up. */
export interface RecordScopeColumns {
  /** e.g. "cases.owner_user_id" */
  owner: string;
  /** e.g. "cases.team_id" */
  team: string;
  /** A condition true when the row was shared with the actor's organisation (e.g. an accepted referral). */
  sharedWithOrganisation?: (organisationId: string) => Expression<SqlBool>;
}

/**
 * The record-scope part of a query, added after the organisation filter: own rows, the team's rows,
 * the whole organisation's, or only rows shared with the organisation. A role with no record scope
 * gets a condition that matches nothing.
 */
export function recordScopeFilter(actor: Actor, columns: RecordScopeColumns): Expression<SqlBool> {
  const shared =
    columns.sharedWithOrganisation && actor.organisationId
      ? columns.sharedWithOrganisation(actor.organisationId)
      : sql<SqlBool>`false`;
  switch (actor.recordScope) {
    case "organisation":
      return sql<SqlBool>`true`;
    case "team":
      return actor.teamId
        ? sql<SqlBool>`(${sql.ref(columns.team)} = ${actor.teamId} OR ${sql.ref(columns.owner)} = ${actor.userId})`
        : sql<SqlBool>`${sql.ref(columns.owner)} = ${actor.userId}`;
    case "own":
      return sql<SqlBool>`${sql.ref(columns.owner)} = ${actor.userId}`;
    case "shared":
      return shared;
    case "none":
      return sql<SqlBool>`false`;
  }
}
