import { sql } from "kysely";
import type { ScopedDb } from "../../access/scoped-db.js";

/**
 * Copies what the case list filters on (exploitation types, vulnerabilities, citizenship) from the
 * victims' records onto the case rows, after any change to them, so that a filtered list reads one table.
 */
export async function refreshCaseFacts(db: ScopedDb, caseIds: readonly string[]): Promise<void> {
  if (caseIds.length === 0) return;
  await sql`
    UPDATE cases c SET
      exploitation_types = coalesce((
        SELECT array_agg(DISTINCT value ORDER BY value) FROM case_people cp, unnest(cp.exploitation_types) value
        WHERE cp.organisation_id = c.organisation_id AND cp.case_id = c.id AND cp.role = 'victim'), '{}'),
      vulnerability_flags = coalesce((
        SELECT array_agg(DISTINCT value ORDER BY value) FROM (
          SELECT unnest(cp.victim_vulnerabilities) AS value FROM case_people cp
          WHERE cp.organisation_id = c.organisation_id AND cp.case_id = c.id AND cp.role = 'victim'
          UNION ALL
          SELECT unnest(p.vulnerability_flags) FROM people p
          WHERE p.organisation_id = c.organisation_id AND p.id = c.primary_person_id) flags), '{}'),
      citizenships = coalesce((
        SELECT p.citizenships FROM people p WHERE p.organisation_id = c.organisation_id AND p.id = c.primary_person_id), '{}')
    WHERE c.organisation_id = ${db.organisationId} AND c.id = ANY(${[...caseIds]}::uuid[])
  `.execute(db.tx);
}

/** The cases in which a person is the primary person: their facts feed those cases' filters. */
export async function casesOfPerson(db: ScopedDb, personId: string): Promise<string[]> {
  const rows = await db.selectFrom("case_people").select("case_id").where("person_id", "=", personId).execute();
  return rows.map((row) => row.case_id);
}
