import { isRole } from "../../shared/access/permissions.js";
import { type Actor, systemActor, userActor } from "../access/actor.js";
import { runScoped } from "../access/scoped-db.js";
import type { Services } from "../services.js";

export function demoInfo(what: string) {
  return { requestId: `demo-data:${what}`, clientIp: null, action: "demo.seed" };
}

export interface DemoActors {
  organisationId: string;
  /** Every demo organisation by name, for links between them (incoming referrals). */
  organisations: Map<string, string>;
  /** The organisation's users found by their demo e-mail addresses, signed in as from the web app. */
  actors: Map<string, Actor>;
}

/** The users of a demo organisation who record its demo data; undefined when the organisation is missing. */
export async function findDemoActors(
  services: Services,
  organisation: string,
  emails: readonly string[],
): Promise<DemoActors | undefined> {
  const reader = systemActor("demo-data", "deployment");
  return runScoped(services.database, reader, demoInfo("setup"), async (db) => {
    const rows = await db.selectFrom("organisations").select(["id", "name"]).execute();
    const organisations = new Map(rows.map((org) => [org.name, org.id]));
    const organisationId = organisations.get(organisation);
    if (!organisationId) return undefined;
    const users = await db
      .selectFrom("users")
      .select(["id", "email", "team_id", "roles"])
      .where("organisation_id", "=", organisationId)
      .where("email", "in", [...emails])
      .execute();
    const actors = new Map(
      users.map((user) => [
        user.email,
        userActor({
          userId: user.id,
          organisationId,
          teamId: user.team_id,
          roles: user.roles.filter(isRole),
          via: "session",
          locale: "en",
        }),
      ]),
    );
    return { organisationId, organisations, actors };
  });
}
