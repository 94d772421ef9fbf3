import { invalidField, notFound } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";

export interface TeamWithOffice {
  id: string;
  organisationId: string;
  name: string;
  officeId: string | null;
}

/**
 * Which office a team's records count for from now on: an active office of the team's organisation, or
 * none (the main office). Another organisation's team answers 404, even to a deployment administrator:
 * offices are the organisation's own.
 */
export async function assignTeamOffice(db: ScopedDb, teamId: string, officeId: string | null): Promise<TeamWithOffice> {
  const team = await db
    .selectFrom("teams")
    .select(["id", "organisation_id", "name", "office_id"])
    .where("id", "=", teamId)
    // Named explicitly: a deployment administrator's handle reads the teams of every organisation.
    .where("organisation_id", "=", db.organisationId)
    .forUpdate()
    .executeTakeFirst();
  if (!team) throw notFound();
  if (officeId !== null) {
    const office = await db
      .selectFrom("offices")
      .select(["id", "retired_at"])
      .where("id", "=", officeId)
      .executeTakeFirst();
    if (!office || office.retired_at !== null) throw invalidField("body.officeId", "unknown_office");
  }
  if (team.office_id !== officeId) {
    await db
      .updateTable("teams")
      .set({ office_id: officeId })
      .where("id", "=", teamId)
      .where("organisation_id", "=", db.organisationId)
      .execute();
  }
  db.audit({
    action: "team.office_assign",
    recordType: "team",
    recordId: teamId,
    detail: { officeId, previousOfficeId: team.office_id },
  });
  return { id: team.id, organisationId: team.organisation_id, name: team.name, officeId };
}
