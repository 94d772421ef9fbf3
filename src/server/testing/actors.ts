import type { Role } from "../../shared/access/permissions.js";
import { type Actor, userActor } from "../access/actor.js";
import type { DemoFixture, TestApp } from "./http.js";

/**
 * The actor of a demo account, as a signed-in request would carry it, for tests that call services
 * directly (runScoped, inActorTransaction) rather than over HTTP.
 */
export async function demoActor(app: TestApp, demo: DemoFixture, role: Role): Promise<Actor> {
  const user = await app.services.database.db
    .selectFrom("users")
    .select(["id", "organisation_id", "team_id", "locale"])
    .where("email", "=", demo.accountOf(role).email)
    .executeTakeFirstOrThrow();
  return userActor({
    userId: user.id,
    organisationId: user.organisation_id,
    teamId: user.team_id,
    roles: [role],
    via: "session",
    locale: user.locale,
  });
}
