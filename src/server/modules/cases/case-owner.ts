import { invalidField } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";

/**
 * The owner of a case is an active user of the organisation who may work on cases; the team follows
 * the owner unless one is named. Defaults to the person doing the intake.
 */
export async function resolveOwner(
  db: ScopedDb,
  requestedOwner: string | undefined,
  requestedTeam: string | null | undefined,
  field = "body.ownerUserId",
): Promise<{ ownerUserId: string | null; teamId: string | null }> {
  const ownerId = requestedOwner ?? db.actor.userId;
  if (!ownerId) return { ownerUserId: null, teamId: requestedTeam ?? null };
  // The person doing the intake owns it in their own team: they are signed in and active, no lookup needed.
  if (!requestedOwner && requestedTeam === undefined) return { ownerUserId: ownerId, teamId: db.actor.teamId };
  const owner = await db
    .selectFrom("users")
    .select(["id", "team_id", "roles"])
    .where("id", "=", ownerId)
    .where("disabled_at", "is", null)
    .executeTakeFirst();
  const worksOnCases = owner?.roles.some((role) => ["caseworker", "supervisor", "hotline_operator"].includes(role));
  if (!owner || (requestedOwner && !worksOnCases)) throw invalidField(field, "unknown_user");
  if (requestedTeam) {
    const team = await db.selectFrom("teams").select("id").where("id", "=", requestedTeam).executeTakeFirst();
    if (!team) throw invalidField("body.teamId", "unknown_team");
  }
  return { ownerUserId: owner.id, teamId: requestedTeam === undefined ? owner.team_id : requestedTeam };
}
