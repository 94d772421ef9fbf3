import { type RawBuilder, sql } from "kysely";
import type { ScopedDb } from "../../access/scoped-db.js";

/*
 * Which office a record counts for in the situation report and the dashboard. Cases, screenings, hotline
 * contacts and referrals are never typed into a report: they are counted. A record of a team counts for
 * the team's office (teams.office_id); a record of a team without an office, or of no team at all
 * (team_id null), counts for the organisation's main office. An organisation without offices has no main
 * office: its records count for none (null), and reports by office leave them out.
 *
 * The attribution is as the teams stand now, not as they stood when the record was made: moving a team to
 * another office moves its past records too. What a published report printed stays in its saved version.
 */

export interface OfficeAttribution {
  /** The organisation's main office; null when it has no offices. */
  mainOfficeId: string | null;
  /** Team id → office id, for the teams assigned to an office (teams without one are absent). */
  officeOfTeam: Map<string, string>;
}

/**
 * The caller's organisation's attribution, for figures counted in JavaScript. Look a record up with
 * `officeOfRecord(attribution, record.team_id)`.
 */
export async function officeAttribution(db: ScopedDb): Promise<OfficeAttribution> {
  const main = await db.selectFrom("offices").select("id").where("is_main", "=", true).executeTakeFirst();
  const teams = await db
    .selectFrom("teams")
    .select(["id", "office_id"])
    // Named explicitly: a deployment administrator's handle reads the teams of every organisation.
    .where("organisation_id", "=", db.organisationId)
    .where("office_id", "is not", null)
    .execute();
  const officeOfTeam = new Map<string, string>();
  for (const team of teams) if (team.office_id) officeOfTeam.set(team.id, team.office_id);
  return { mainOfficeId: main?.id ?? null, officeOfTeam };
}

/** The office a record of the team (or of no team) counts for; null only when the organisation has no offices. */
export function officeOfRecord(attribution: OfficeAttribution, teamId: string | null | undefined): string | null {
  return (teamId ? attribution.officeOfTeam.get(teamId) : undefined) ?? attribution.mainOfficeId;
}

/**
 * The same attribution as a SQL expression (uuid, possibly NULL), for figures counted in the database:
 * select it, GROUP BY it, or compare it with an office id. `teamColumn` names the record's team column as
 * the query refers to it ("cases.team_id", or "c.team_id" under an alias); it must be a column reference
 * written in code, never input. The organisation filter is part of the expression, so it is safe in raw
 * SQL run on `db.tx` too (which must still filter the record table itself by organisation). Group by the
 * selected alias or position, not by a second call: PostgreSQL sees the second call's parameters as another
 * expression.
 *
 *   db.selectFrom("cases")
 *     .select((eb) => [officeOfRecordSql(db, "cases.team_id").as("office_id"), eb.fn.countAll<string>().as("n")])
 *     .groupBy(sql.ref("office_id"))
 *
 *   sql`SELECT ${officeOfRecordSql(db, "s.team_id")} AS office_id, count(*) FROM screenings s
 *       WHERE s.organisation_id = ${db.organisationId} GROUP BY 1`
 *
 *   .where(officeOfRecordSql(db, "referrals.team_id"), "in", officeIds)
 */
export function officeOfRecordSql(db: ScopedDb, teamColumn: string): RawBuilder<string | null> {
  const organisationId = db.organisationId;
  return sql<string | null>`COALESCE(
    (SELECT t.office_id FROM teams t WHERE t.organisation_id = ${organisationId} AND t.id = ${sql.ref(teamColumn)}),
    (SELECT o.id FROM offices o WHERE o.organisation_id = ${organisationId} AND o.is_main)
  )`;
}
