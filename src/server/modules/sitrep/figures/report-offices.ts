import { sql } from "kysely";
import type { ScopedDb } from "../../../access/scoped-db.js";

const MAX_OFFICES = 200;

/** An office a report covers, as its figures need it. */
export interface ReportOffice {
  id: string;
  name: string;
  country: string;
  isMain: boolean;
  /** Whether any team's records count for it (the main office also counts records of no office's team). */
  hasTeams: boolean;
}

/**
 * The offices a report covers, in report order (sort order, then name): those asked for, or every office
 * of the organisation not retired when none are. Ids that name no office of the organisation are left out;
 * the caller decides whether that is an error (a new report) or a note (a report refreshed later).
 */
export async function reportOffices(db: ScopedDb, officeIds: readonly string[]): Promise<ReportOffice[]> {
  let q = db.selectFrom("offices").select(["id", "name", "country", "is_main"]);
  q = officeIds.length > 0 ? q.where("id", "in", [...officeIds]) : q.where("retired_at", "is", null);
  // A report covers at most MAX_OFFICES (src/shared/api/sitrep.ts), the first in report order.
  const rows = await q.orderBy("sort_order").orderBy(sql`lower(name)`).orderBy("id").limit(MAX_OFFICES).execute();
  if (rows.length === 0) return [];
  const staffed = await db
    .selectFrom("teams")
    .select("office_id")
    // Named explicitly: a deployment administrator's handle reads the teams of every organisation.
    .where("organisation_id", "=", db.organisationId)
    .where(
      "office_id",
      "in",
      rows.map((row) => row.id),
    )
    .groupBy("office_id")
    .execute();
  const withTeams = new Set(staffed.map((row) => row.office_id));
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    country: row.country.trim(),
    isMain: row.is_main,
    hasTeams: withTeams.has(row.id),
  }));
}
