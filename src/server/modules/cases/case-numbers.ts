import { sql } from "kysely";
import type { ScopedDb } from "../../access/scoped-db.js";

/**
 * The next case number of the organisation for a year, e.g. "PL-2026-00042": readable over the phone,
 * unique per organisation, counted without gaps by a row lock on the year's counter.
 */
export async function nextCaseNumbers(db: ScopedDb, year: number, count = 1): Promise<string[]> {
  const row = await sql<{ last_number: number; country: string }>`
    WITH bumped AS (
      INSERT INTO case_number_counters AS c (organisation_id, year, last_number)
      VALUES (${db.organisationId}, ${year}, ${count})
      ON CONFLICT (organisation_id, year) DO UPDATE SET last_number = c.last_number + ${count}
      RETURNING last_number
    )
    SELECT bumped.last_number, o.country FROM bumped, organisations o WHERE o.id = ${db.organisationId}
  `.execute(db.tx);
  const first = row.rows[0];
  if (!first) throw new Error("organisation not found for case numbering");
  const numbers: string[] = [];
  for (let n = first.last_number - count + 1; n <= first.last_number; n++) {
    numbers.push(`${first.country.trim()}-${year}-${String(n).padStart(5, "0")}`);
  }
  return numbers;
}
