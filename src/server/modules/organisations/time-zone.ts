import { invalidField } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { databaseKnowsTimeZone, recountHotline } from "../hotline/figures/hotline-recount.js";
import { isTimeZone } from "../hotline/local-time.js";

/** An IANA name ("Europe/Kyiv", "UTC"), not an offset: "+02:00" would be read differently by the database. */
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

/** A zone both the server (Intl) and the database know, else a 400 naming the field. */
export async function checkTimeZone(db: ScopedDb, timeZone: string): Promise<void> {
  if (!ZONE_NAME.test(timeZone) || !isTimeZone(timeZone) || !(await databaseKnowsTimeZone(db, timeZone))) {
    throw invalidField("body.timeZone", "time_zone");
  }
}

/**
 * Whether a change of an organisation moves its time zone, checked before it is written. The hotline's
 * counts are kept on local days and hours, so a new zone recounts them; that runs under the organisation's
 * own row-level security, so only its own people (not a deployment administrator of another) can do it.
 */
export async function timeZoneMoves(db: ScopedDb, organisationId: string, timeZone: string | undefined) {
  if (timeZone === undefined) return false;
  const current = await db
    .selectFrom("organisations")
    .select("time_zone")
    .where("id", "=", organisationId)
    .executeTakeFirst();
  if (!current || current.time_zone === timeZone) return false;
  await checkTimeZone(db, timeZone);
  if (organisationId !== db.actor.organisationId) throw invalidField("body.timeZone", "time_zone_own_organisation");
  return true;
}

/** After the new zone is written: every completed contact moves to its local day, hour and weekday. */
export async function recountForTimeZone(db: ScopedDb, timeZone: string): Promise<void> {
  await recountHotline(db, timeZone);
}
