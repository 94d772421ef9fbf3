import { randomBytes } from "node:crypto";
import { type Kysely, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../shared/access/permissions.js";
import type { Schema } from "../db/schema.js";
import { testDatabaseKinds } from "../testing/databases.js";
import { createDemoApp, createTestUser, signInOrThrow, type TestApp } from "../testing/http.js";
import { type Actor, ANONYMOUS, userActor } from "./actor.js";
import { applyActorSettings } from "./scoped-db.js";

/** Tenant tables and the column naming the organisation of a row. */
const TENANT_TABLES = {
  organisations: "id",
  teams: "organisation_id",
  users: "organisation_id",
  recovery_codes: "organisation_id",
  sessions: "organisation_id",
  api_tokens: "organisation_id",
  organisation_keys: "organisation_id",
  audit_log: "organisation_id",
} as const;
type TenantTable = keyof typeof TENANT_TABLES;
const ALL_TABLES = Object.keys(TENANT_TABLES) as TenantTable[];

const ROLLBACK = Symbol("rollback");

/**
 * Runs fn in a transaction set up exactly as runScoped sets it up for the actor, on the raw transaction
 * (no organisation filter from the scoped handle), and rolls everything back.
 */
async function asActor<T>(db: Kysely<Schema>, actor: Actor, fn: (tx: Kysely<Schema>) => Promise<T>): Promise<T> {
  const out: { value?: T } = {};
  try {
    await db.transaction().execute(async (tx) => {
      await applyActorSettings(tx, actor);
      out.value = await fn(tx);
      throw ROLLBACK;
    });
  } catch (error) {
    if (error !== ROLLBACK) throw error;
  }
  return out.value as T;
}

async function organisationsIn(tx: Kysely<Schema>, table: TenantTable): Promise<string[]> {
  const column = TENANT_TABLES[table];
  const result = await sql<{
    org: string | null;
  }>`SELECT DISTINCT ${sql.ref(column)}::text AS org FROM ${sql.table(table)}`.execute(tx);
  return result.rows.map((row) => row.org ?? "none").sort();
}

describe.each(testDatabaseKinds())("row-level security (%s)", (kind) => {
  let testApp: TestApp;
  let db: Kysely<Schema>;
  let orgA: string;
  let orgB: string;
  let everyOrganisation: string[];
  let actorOf: (roles: Role[]) => Actor;
  let userB: string;

  beforeAll(async () => {
    const demo = await createDemoApp(kind);
    testApp = demo.testApp;
    db = testApp.services.database.db;
    orgA = demo.demo.mainOrganisationId;
    orgB = Object.values(demo.demo.organisationIds).find((id) => id !== orgA) ?? "";
    everyOrganisation = Object.values(demo.demo.organisationIds).sort();
    // Rows in every tenant table for two organisations, written as the owner: sessions, tokens, recovery codes.
    const a = await createTestUser(testApp, { organisationId: orgA, roles: ["organisation_admin"] });
    const b = await createTestUser(testApp, { organisationId: orgB, roles: ["organisation_admin"] });
    userB = b.id;
    await signInOrThrow(demo.app, a);
    await signInOrThrow(demo.app, b);
    for (const user of [a, b]) {
      await db
        .insertInto("api_tokens")
        .values({
          organisation_id: user.organisationId,
          user_id: user.id,
          name: "rls",
          token_hash: randomBytes(16).toString("hex"),
          prefix: "sp_pat_x",
        })
        .execute();
      await db
        .insertInto("recovery_codes")
        .values({ organisation_id: user.organisationId, user_id: user.id, code_hash: randomBytes(16).toString("hex") })
        .execute();
    }
    actorOf = (roles) =>
      userActor({ userId: a.id, organisationId: orgA, teamId: null, roles, via: "session", locale: "en" });
  });
  afterAll(async () => {
    await testApp?.close();
  });

  it("has rows of several organisations in every tenant table (seen as the owner)", async () => {
    for (const table of ALL_TABLES) {
      const orgs = await organisationsIn(db, table);
      expect([table, orgs.filter((o) => o === orgA || o === orgB)]).toEqual([table, [orgA, orgB].sort()]);
    }
  });

  it("switches to safepath_app, which is no superuser, cannot bypass RLS and owns no table", async () => {
    const role = await sql<{ rolsuper: boolean; rolbypassrls: boolean; rolcanlogin: boolean }>`
      SELECT rolsuper, rolbypassrls, rolcanlogin FROM pg_roles WHERE rolname = 'safepath_app'`.execute(db);
    expect(role.rows).toEqual([{ rolsuper: false, rolbypassrls: false, rolcanlogin: false }]);
    const owned = await sql<{
      tablename: string;
    }>`SELECT tablename FROM pg_tables WHERE tableowner = 'safepath_app'`.execute(db);
    expect(owned.rows).toEqual([]);
    const rls = await sql<{ relname: string; relrowsecurity: boolean }>`
      SELECT relname, relrowsecurity FROM pg_class WHERE relname = ANY(${ALL_TABLES}::text[]) AND relkind = 'r' ORDER BY relname`.execute(
      db,
    );
    expect(rls.rows).toEqual([...ALL_TABLES].sort().map((relname) => ({ relname, relrowsecurity: true })));
    const inside = await asActor(
      db,
      actorOf(["organisation_admin"]),
      async (tx) => (await sql<{ u: string }>`SELECT current_user AS u`.execute(tx)).rows[0]?.u,
    );
    expect(inside).toBe("safepath_app");
  });

  it("keeps the role and the settings inside the transaction", async () => {
    const after = await db.connection().execute(async (conn) => {
      await asActor(conn, actorOf(["organisation_admin"]), async () => undefined);
      return (
        await sql<{
          u: string;
          org: string | null;
        }>`SELECT current_user AS u, current_setting('app.organisation_id', true) AS org`.execute(conn)
      ).rows[0];
    });
    expect(after?.u).not.toBe("safepath_app");
    expect(after?.org ?? "").toBe("");
  });

  it("shows an organisation's actor only its own rows, with no filter in the query", async () => {
    for (const roles of [["organisation_admin"], ["supervisor"], ["auditor"]] as Role[][]) {
      for (const table of ALL_TABLES) {
        const seen = await asActor(db, actorOf(roles), (tx) => organisationsIn(tx, table));
        expect([roles[0], table, seen]).toEqual([roles[0], table, [orgA]]);
      }
    }
  });

  it("shows an actor without an organisation nothing at all", async () => {
    for (const table of ALL_TABLES) {
      expect([table, await asActor(db, ANONYMOUS, (tx) => organisationsIn(tx, table))]).toEqual([table, []]);
    }
  });

  it("refuses rows written for another organisation, and hides its rows from updates and deletes", async () => {
    const actor = actorOf(["organisation_admin"]);
    const rowsFor = (organisationId: string) => ({
      teams: { organisation_id: organisationId, name: `Team ${randomBytes(3).toString("hex")}` },
      users: {
        organisation_id: organisationId,
        email: `${randomBytes(4).toString("hex")}@rls.example.org`,
        display_name: "X",
        password_hash: "x",
      },
      sessions: {
        id: randomBytes(16).toString("hex"),
        organisation_id: organisationId,
        user_id: organisationId === orgB ? userB : actor.userId,
        csrf_token: "x",
        mfa_state: "complete",
        expires_at: new Date(Date.now() + 60_000),
      },
      organisation_keys: { organisation_id: organisationId, purpose: "data", version: 99, wrapped_key: "x" },
      organisations: { id: organisationId, name: "dup", org_type: "NGO", country: "PL" },
    });
    for (const [table, row] of Object.entries(rowsFor(orgB))) {
      await expect(
        asActor(db, actor, (tx) =>
          sql`INSERT INTO ${sql.table(table)} ${sql`(${sql.join(Object.keys(row).map((c) => sql.ref(c)))})`} VALUES (${sql.join(Object.values(row))})`.execute(
            tx,
          ),
        ),
        table,
      ).rejects.toMatchObject({ code: "42501", message: expect.stringContaining("row-level security") });
    }
    // The same rows for the actor's own organisation are accepted (organisations aside: its id is taken).
    const { organisations: _, ...own } = rowsFor(orgA);
    for (const [table, row] of Object.entries(own)) {
      await asActor(db, actor, (tx) =>
        sql`INSERT INTO ${sql.table(table)} ${sql`(${sql.join(Object.keys(row).map((c) => sql.ref(c)))})`} VALUES (${sql.join(Object.values(row))})`.execute(
          tx,
        ),
      );
    }
    const changed = await asActor(db, actor, async (tx) => [
      (
        await tx
          .updateTable("users")
          .set({ display_name: "Changed" })
          .where("organisation_id", "=", orgB)
          .executeTakeFirst()
      ).numUpdatedRows,
      (await tx.updateTable("organisations").set({ name: "Changed" }).where("id", "=", orgB).executeTakeFirst())
        .numUpdatedRows,
      (await tx.deleteFrom("sessions").where("organisation_id", "=", orgB).executeTakeFirst()).numDeletedRows,
      (await tx.deleteFrom("api_tokens").where("organisation_id", "=", orgB).executeTakeFirst()).numDeletedRows,
      (await tx.deleteFrom("recovery_codes").where("organisation_id", "=", orgB).executeTakeFirst()).numDeletedRows,
    ]);
    expect(changed.map(Number)).toEqual([0, 0, 0, 0, 0]);
    // Moving an own row into another organisation is refused too.
    await expect(
      asActor(db, actor, async (tx) => {
        const team = await tx
          .insertInto("teams")
          .values({ organisation_id: orgA, name: "Mover" })
          .returning("id")
          .executeTakeFirstOrThrow();
        await tx.updateTable("teams").set({ organisation_id: orgB }).where("id", "=", team.id).execute();
      }),
    ).rejects.toMatchObject({ code: "42501" });
  });

  it("refuses changes to the audit trail to the app role, deployment administrators included", async () => {
    for (const actor of [actorOf(["organisation_admin"]), actorOf(["deployment_admin"])]) {
      for (const statement of [
        sql`UPDATE audit_log SET action = 'rewritten'`,
        sql`DELETE FROM audit_log`,
        sql`TRUNCATE audit_log`,
        sql`INSERT INTO audit_log (chain, at, actor_label, action, outcome, hash) VALUES ('x', now(), 'x', 'forged', 'allowed', 'x')`,
      ]) {
        await expect(asActor(db, actor, (tx) => statement.execute(tx))).rejects.toMatchObject({
          code: "42501",
          message: expect.stringContaining("permission denied"),
        });
      }
    }
    // The one writer, audit_append, refuses an entry for another organisation to an organisation's actor.
    await expect(
      asActor(db, actorOf(["organisation_admin"]), (tx) =>
        sql`SELECT audit_append(NULL, 'x', ${orgB}::uuid, 'forged', NULL, NULL, NULL, 'allowed', NULL, NULL, NULL, NULL)`.execute(
          tx,
        ),
      ),
    ).rejects.toMatchObject({ code: "42501" });
  });

  it("shows a deployment administrator every organisation's admin rows, but not others' keys or recovery codes", async () => {
    const actor = actorOf(["deployment_admin"]);
    const seen: Record<string, string[]> = {};
    for (const table of ALL_TABLES) {
      seen[table] = (await asActor(db, actor, (tx) => organisationsIn(tx, table))).filter((o) => o !== "none");
    }
    expect(seen).toEqual({
      organisations: everyOrganisation,
      teams: everyOrganisation,
      users: everyOrganisation,
      sessions: [orgA, orgB].sort(),
      api_tokens: [orgA, orgB].sort(),
      // A deployment administrator may create a new organisation's keys but read only their own.
      organisation_keys: [orgA],
      audit_log: everyOrganisation,
      recovery_codes: [orgA],
    });
    await expect(
      asActor(db, actor, (tx) =>
        tx
          .insertInto("recovery_codes")
          .values({ organisation_id: orgB, user_id: userB, code_hash: "forged" })
          .execute(),
      ),
    ).rejects.toMatchObject({ code: "42501" });
  });
});
