import { sql } from "kysely";
import { AppError } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";

export async function listTeams(db: ScopedDb, organisationId: string | undefined) {
  const rows = await db
    .selectFrom("teams")
    .select(["id", "organisation_id", "name", "office_id"])
    .where("organisation_id", "=", organisationId ?? db.organisationId)
    .orderBy(sql`lower(name)`)
    .execute();
  return {
    items: rows.map((row) => ({
      id: row.id,
      organisationId: row.organisation_id,
      name: row.name,
      officeId: row.office_id,
    })),
  };
}

export async function createTeam(db: ScopedDb, input: { organisationId?: string | undefined; name: string }) {
  const organisationId = db.organisationFor(input.organisationId);
  const clash = await db
    .selectFrom("teams")
    .select("id")
    .where("organisation_id", "=", organisationId)
    .where(sql`lower(name)`, "=", input.name.toLowerCase())
    .executeTakeFirst();
  if (clash) throw new AppError("conflict", [{ field: "body.name", problem: "taken" }]);
  const row = await db
    .insertInto("teams", [{ organisation_id: organisationId, name: input.name }])
    .returning(["id", "organisation_id", "name"])
    .executeTakeFirstOrThrow();
  db.audit({ action: "team.create", recordType: "team", recordId: String(row.id), organisationId });
  return { id: String(row.id), organisationId: String(row.organisation_id), name: String(row.name), officeId: null };
}
