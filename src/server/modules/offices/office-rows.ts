import type { Selectable, Updateable } from "kysely";
import type { OfficeDetail, OfficeInput } from "../../../shared/api/offices.js";
import { notFound } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import type { OfficesTable } from "../../db/schema-activities.js";

export type OfficeRow = Selectable<OfficesTable>;

/** An office of the caller's organisation, locked for a change when asked; 404 when there is none. */
export async function findOffice(db: ScopedDb, id: string, options: { forUpdate?: boolean } = {}): Promise<OfficeRow> {
  let q = db.selectFrom("offices").selectAll().where("id", "=", id);
  if (options.forUpdate) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/** The teams whose records count for each of the offices, by name. */
export async function teamsOfOffices(
  db: ScopedDb,
  organisationId: string,
  officeIds: string[],
): Promise<Map<string, { id: string; name: string }[]>> {
  const byOffice = new Map<string, { id: string; name: string }[]>();
  if (officeIds.length === 0) return byOffice;
  const teams = await db
    .selectFrom("teams")
    .select(["id", "name", "office_id"])
    // Named explicitly: a deployment administrator's handle reads the teams of every organisation.
    .where("organisation_id", "=", organisationId)
    .where("office_id", "in", officeIds)
    .orderBy("name")
    .orderBy("id")
    .execute();
  for (const team of teams) {
    if (!team.office_id) continue;
    byOffice.set(team.office_id, [...(byOffice.get(team.office_id) ?? []), { id: team.id, name: team.name }]);
  }
  return byOffice;
}

export function toOfficeDetail(row: OfficeRow, teams: { id: string; name: string }[]): OfficeDetail {
  return {
    id: row.id,
    name: row.name,
    country: row.country.trim(),
    admin1Name: row.admin1_name,
    admin1Pcode: row.admin1_pcode,
    city: row.city,
    isMain: row.is_main,
    sortOrder: row.sort_order,
    retired: row.retired_at !== null,
    teams,
    version: row.version,
  };
}

/** The columns an input sets; absent fields are left alone. */
export function officeValues(input: Partial<OfficeInput>): Updateable<OfficesTable> {
  const values: Updateable<OfficesTable> = {
    name: input.name,
    country: input.country,
    admin1_name: input.admin1Name,
    admin1_pcode: input.admin1Pcode,
    city: input.city,
    sort_order: input.sortOrder,
  };
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
}
