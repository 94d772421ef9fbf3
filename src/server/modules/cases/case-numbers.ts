import { sql } from "kysely";
import type { ScopedDb } from "../../access/scoped-db.js";

/** The per-organisation, per-year counters records are numbered from, and the mark of each kind. */
const COUNTERS = {
  case_number_counters: "",
  referral_number_counters: "R-",
} as const;

/**
 * The next numbers of the organisation for a year, e.g. "PL-2026-00042" (a case) or "PL-R-2026-00012" (a
 * referral): readable over the phone, unique per organisation, counted without gaps by a row lock on the
 * year's counter.
 */
async function nextNumbers(
  db: ScopedDb,
  counter: keyof typeof COUNTERS,
  year: number,
  count: number,
): Promise<string[]> {
  const row = await sql<{ last_number: number; country: string }>`
    WITH bumped AS (
      INSERT INTO ${sql.table(counter)} AS c (organisation_id, year, last_number)
      VALUES (${db.organisationId}, ${year}, ${count})
      ON CONFLICT (organisation_id, year) DO UPDATE SET last_number = c.last_number + ${count}
      RETURNING last_number
    )
    SELECT bumped.last_number, o.country FROM bumped, organisations o WHERE o.id = ${db.organisationId}
  `.execute(db.tx);
  const first = row.rows[0];
  if (!first) throw new Error("organisation not found for numbering");
  const numbers: string[] = [];
  for (let n = first.last_number - count + 1; n <= first.last_number; n++) {
    numbers.push(`${first.country.trim()}-${COUNTERS[counter]}${year}-${String(n).padStart(5, "0")}`);
  }
  return numbers;
}

export const nextCaseNumbers = (db: ScopedDb, year: number, count = 1) =>
  nextNumbers(db, "case_number_counters", year, count);

export const nextReferralNumbers = (db: ScopedDb, year: number, count: number) =>
  nextNumbers(db, "referral_number_counters", year, count);
