import { sql } from "kysely";
import type { Database } from "../../src/server/db/connect.js";
import { ASSISTANCE_TYPES } from "../../src/shared/htcds/extensions/assistance.js";

/**
 * A caseload of `count` bare cases for the report benchmark when the case benchmarks did not build one
 * (`--only sitrep`): what the report reads of a case and nothing else — a person with sex and birth year,
 * the case with its team and opening date, the victim link with its trafficking status, and three
 * assistance records (two provided, one planned). Identities stay empty: the report never opens them.
 * Spread evenly over `months` months up to the current one.
 */
export async function seedBareCaseload(
  database: Database,
  organisationName: string,
  count: number,
  months: number,
  log: (message: string) => void,
): Promise<void> {
  const org = await database.db
    .selectFrom("organisations")
    .select("id")
    .where("name", "=", organisationName)
    .executeTakeFirstOrThrow();
  const teams = (
    await database.db.selectFrom("teams").select("id").where("organisation_id", "=", org.id).orderBy("id").execute()
  ).map((t) => t.id);
  const days = months * 30;
  const batch = 100_000;
  for (let start = 0; start < count; start += batch) {
    const n = Math.min(batch, count - start);
    await sql`
      WITH g AS (
        SELECT g, gen_random_uuid() AS person_id, gen_random_uuid() AS case_id,
          (now()::date - (${days} - (g::bigint * ${days} / ${count}))::int) AS opened_on
        FROM generate_series(${start}::int, ${start + n - 1}::int) AS g
      ),
      p AS (
        INSERT INTO people (organisation_id, id, sex, birth_year)
        SELECT ${org.id}::uuid, person_id, (ARRAY['Female', 'Male', 'Female', 'Unknown'])[1 + g % 4], 1950 + g % 60 FROM g
      ),
      c AS (
        INSERT INTO cases (organisation_id, id, case_number, team_id, primary_person_id, opened_on)
        SELECT ${org.id}::uuid, case_id, 'SB-' || g, (${teams}::uuid[])[1 + g % ${teams.length}], person_id, opened_on
        FROM g
      ),
      cp AS (
        INSERT INTO case_people (organisation_id, case_id, person_id, role, trafficking_status)
        SELECT ${org.id}::uuid, case_id, person_id, 'victim',
          CASE WHEN g % 3 = 0 THEN 'ActualVictimOfTrafficking' ELSE 'PossibleVictimOfTrafficking' END
        FROM g
      )
      INSERT INTO assistance (organisation_id, case_id, assistance_type, status, provided_on)
      SELECT ${org.id}::uuid, g.case_id, (${[...ASSISTANCE_TYPES]}::text[])[1 + (g.g * 7 + k) % ${ASSISTANCE_TYPES.length}],
        CASE WHEN k = 2 THEN 'planned' ELSE 'provided' END,
        CASE WHEN k = 2 THEN NULL ELSE least(g.opened_on + k * 10, now()::date) END
      FROM g CROSS JOIN generate_series(0, 2) AS k
    `.execute(database.db);
    log(`bare caseload: ${start + n} of ${count}`);
  }
  for (const table of ["people", "cases", "case_people", "assistance"])
    await sql`VACUUM ANALYZE ${sql.table(table)}`.execute(database.db);
}
