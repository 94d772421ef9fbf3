import { type Kysely, sql } from "kysely";
import type { Database } from "../db/connect.js";
import type { Schema } from "../db/schema.js";
import { type Actor, isDeploymentAdmin } from "./actor.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const WORD = /^[a-z_]+$/;

/** The settings the row-level security policies read, for the actor, local to the transaction. */
export async function applyActorSettings(tx: Kysely<Schema>, actor: Actor): Promise<void> {
  await sql.raw(settingsStatement(actor)).execute(tx);
}

/**
 * Runs fn in one transaction as the actor. BEGIN and the settings travel as one message (a round trip
 * fewer on a server; on PGlite one statement fewer to queue); that needs the values in the text, so each
 * is checked to be a UUID or a plain word first (they come from the database and the role table, never
 * from a request).
 */
export async function inActorTransaction<T>(
  database: Database,
  actor: Actor,
  fn: (tx: Kysely<Schema>) => Promise<T>,
): Promise<T> {
  const settings = settingsStatement(actor);
  return database.db.connection().execute(async (conn) => {
    await sql.raw(`BEGIN; ${settings}`).execute(conn);
    let result: T;
    try {
      result = await fn(conn);
    } catch (error) {
      await sql.raw("ROLLBACK").execute(conn);
      throw error;
    }
    const commit = await sql.raw<{ command?: string }>("COMMIT").execute(conn);
    // PostgreSQL answers COMMIT with ROLLBACK when an earlier statement aborted the transaction.
    if (commit.rows[0]?.command === "ROLLBACK") throw new Error("The transaction was aborted and rolled back.");
    return result;
  });
}

function settingsStatement(actor: Actor): string {
  const literal = (value: string | null, pattern: RegExp) => {
    const text = value ?? "";
    if (text !== "" && !pattern.test(text)) throw new Error("An actor setting has an unexpected form.");
    return `'${text}'`;
  };
  return `SELECT set_config('role', 'safepath_app', true),
    set_config('app.organisation_id', ${literal(actor.organisationId, UUID)}, true),
    set_config('app.user_id', ${literal(actor.userId, UUID)}, true),
    set_config('app.team_id', ${literal(actor.teamId, UUID)}, true),
    set_config('app.record_scope', ${literal(actor.recordScope, WORD)}, true),
    set_config('app.deployment_admin', '${isDeploymentAdmin(actor) ? "on" : "off"}', true)`;
}
