import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OfficeDetail } from "../../../shared/api/offices.js";
import { systemActor } from "../../access/actor.js";
import { runScoped, type ScopedDb } from "../../access/scoped-db.js";
import { testDatabaseKinds } from "../../testing/databases.js";
import {
  auditEntriesAfter,
  createDemoApp,
  createTestUser,
  lastAuditSeq,
  send,
  type TestSession,
} from "../../testing/http.js";
import { otherOrganisationAdmin } from "../directory/directory.fixture.js";
import { officeAttribution, officeOfRecord, officeOfRecordSql } from "./office-of-records.js";
import { addOffice, addTeam, type DemoContext, fieldsOf, freshOrganisation } from "./offices.fixture.js";

describe.each(testDatabaseKinds())("teams of offices and the office of records (%s)", (kind) => {
  let ctx: DemoContext;
  let admin: TestSession;

  const assign = (session: TestSession, teamId: string, officeId: string | null) =>
    send(ctx.app, { method: "PUT", url: `/api/teams/${teamId}/office`, session, payload: { officeId } });
  const inOrganisation = <T>(organisationId: string, fn: (db: ScopedDb) => Promise<T>) =>
    runScoped(
      ctx.testApp.services.database,
      systemActor("office-test", { organisationId }),
      { requestId: "office-test", clientIp: null, action: "test.office" },
      fn,
    );

  beforeAll(async () => {
    ctx = await createDemoApp(kind);
    admin = await ctx.sessions.of("organisation_admin");
  });
  afterAll(() => ctx.testApp.close());

  it("assigns a team to an office and back to the main office, audited", async () => {
    const office = await addOffice(ctx.app, admin, { name: "Wrocław Office" });
    const team = await addTeam(ctx.app, admin, "Outreach Wrocław");
    const seq = await lastAuditSeq(ctx.testApp);
    const assigned = await assign(admin, team.id, office.id);
    expect([assigned.statusCode, assigned.json()]).toEqual([
      200,
      { id: team.id, organisationId: ctx.demo.mainOrganisationId, name: "Outreach Wrocław", officeId: office.id },
    ]);
    const read = (await send(ctx.app, { method: "GET", url: `/api/offices/${office.id}`, session: admin })).json();
    expect((read as OfficeDetail).teams).toEqual([{ id: team.id, name: "Outreach Wrocław" }]);
    const teams = (await send(ctx.app, { method: "GET", url: "/api/teams", session: admin })).json() as {
      items: { id: string; officeId: string | null }[];
    };
    expect(teams.items.find((item) => item.id === team.id)?.officeId).toBe(office.id);

    expect((await assign(admin, team.id, null)).json()).toMatchObject({ officeId: null });
    const after = (await send(ctx.app, { method: "GET", url: `/api/offices/${office.id}`, session: admin })).json();
    expect((after as OfficeDetail).teams).toEqual([]);
    const entries = (await auditEntriesAfter(ctx.testApp, seq)).filter((e) => e.action === "team.office_assign");
    expect(entries.map((e) => [e.record_id, e.detail])).toEqual([
      [team.id, { officeId: office.id, previousOfficeId: null }],
      [team.id, { officeId: null, previousOfficeId: office.id }],
    ]);
  });

  it("takes only an active office of the team's organisation (400) and another organisation's team answers 404", async () => {
    const team = await addTeam(ctx.app, admin, "Helpline Team B");
    const retired = await addOffice(ctx.app, admin, { name: "Closed Office" });
    await send(ctx.app, {
      method: "PATCH",
      url: `/api/offices/${retired.id}`,
      session: admin,
      payload: { version: 1, retired: true },
    });
    const other = await otherOrganisationAdmin(ctx);
    const theirOffice = await addOffice(ctx.app, other.session, { name: "Their Field Office" });
    for (const officeId of [crypto.randomUUID(), retired.id, theirOffice.id]) {
      const response = await assign(admin, team.id, officeId);
      expect([response.statusCode, fieldsOf(response)]).toEqual([400, [["body.officeId", "unknown_office"]]]);
    }
    const theirTeam = await addTeam(ctx.app, other.session, "Their Team");
    const ours = await addOffice(ctx.app, admin, { name: "Our Office For Their Team" });
    for (const officeId of [ours.id, null]) expect((await assign(admin, theirTeam.id, officeId)).statusCode).toBe(404);
    const row = await ctx.testApp.services.database.db
      .selectFrom("teams")
      .select("office_id")
      .where("id", "=", theirTeam.id)
      .executeTakeFirstOrThrow();
    expect(row.office_id).toBeNull();
    const me = await ctx.sessions.of("me_officer");
    expect((await assign(me, team.id, null)).statusCode).toBe(403);
  });

  it("attributes records of a team to its office and all others to the main office", async () => {
    const fresh = await freshOrganisation(ctx, "Attribution NGO");
    const none = await inOrganisation(fresh.organisationId, officeAttribution);
    expect(none).toEqual({ mainOfficeId: null, officeOfTeam: new Map() });

    const main = await addOffice(ctx.app, fresh.admin, { name: "Main Office", country: "UA" });
    const field = await addOffice(ctx.app, fresh.admin, { name: "Field Office", country: "UA" });
    const assignedTeam = await addTeam(ctx.app, fresh.admin, "Field Team");
    const loneTeam = await addTeam(ctx.app, fresh.admin, "Head Office Team");
    expect((await assign(fresh.admin, assignedTeam.id, field.id)).statusCode).toBe(200);

    const attribution = await inOrganisation(fresh.organisationId, officeAttribution);
    expect(attribution).toEqual({ mainOfficeId: main.id, officeOfTeam: new Map([[assignedTeam.id, field.id]]) });
    expect([
      officeOfRecord(attribution, assignedTeam.id),
      officeOfRecord(attribution, loneTeam.id),
      officeOfRecord(attribution, null),
    ]).toEqual([field.id, main.id, main.id]);

    // In SQL: users are records with a team column. Two in the field team, one in the other, and the
    // administrator in none.
    const db = ctx.testApp.services.database.db;
    const member = async (teamId: string) => {
      const user = await createTestUser(ctx.testApp, { organisationId: fresh.organisationId, roles: ["caseworker"] });
      await db.updateTable("users").set({ team_id: teamId }).where("id", "=", user.id).execute();
    };
    await member(assignedTeam.id);
    await member(assignedTeam.id);
    await member(loneTeam.id);
    const grouped = await inOrganisation(fresh.organisationId, (scoped) =>
      scoped
        .selectFrom("users")
        .select((eb) => [officeOfRecordSql(scoped, "users.team_id").as("office_id"), eb.fn.countAll<string>().as("n")])
        .groupBy(sql.ref("office_id"))
        .execute(),
    );
    const counts = (rows: { office_id: string | null; n: string | number }[]) =>
      Object.fromEntries(rows.map((row) => [row.office_id, Number(row.n)]));
    expect(counts(grouped)).toEqual({ [field.id]: 2, [main.id]: 2 });
    const raw = await inOrganisation(fresh.organisationId, async (scoped) => {
      const result = await sql<{ office_id: string | null; n: string }>`
        SELECT ${officeOfRecordSql(scoped, "u.team_id")} AS office_id, count(*) AS n
        FROM users u WHERE u.organisation_id = ${scoped.organisationId} GROUP BY 1`.execute(scoped.tx);
      return result.rows;
    });
    expect(counts(raw)).toEqual({ [field.id]: 2, [main.id]: 2 });
  });
});
