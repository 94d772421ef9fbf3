import { ACTIVITY_STATUSES } from "../../../shared/activities/vocab.js";
import type { PeriodSummary } from "../../../shared/api/offices.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { firstDayOf } from "./period-month.js";

/**
 * Where each office's month stands: locked or open (by whom, since when), its activities by status, and
 * every lock and unlock of it, newest first. Names of people are their display names in the organisation.
 */
export async function summariesOf(
  db: ScopedDb,
  offices: { id: string; name: string }[],
  month: string,
): Promise<PeriodSummary[]> {
  if (offices.length === 0) return [];
  const ids = offices.map((office) => office.id);
  const first = firstDayOf(month);
  const [periods, counts, events] = await Promise.all([
    db
      .selectFrom("reporting_periods")
      .select(["office_id", "locked_at", "locked_by"])
      .where("month", "=", first)
      .where("office_id", "in", ids)
      .execute(),
    db
      .selectFrom("activities")
      .select((eb) => ["office_id", "status", eb.fn.countAll<string>().as("n")])
      .where("period_month", "=", first)
      .where("office_id", "in", ids)
      .groupBy(["office_id", "status"])
      .execute(),
    db
      .selectFrom("period_events")
      .select(["office_id", "action", "reason", "actor_id", "created_at"])
      .where("month", "=", first)
      .where("office_id", "in", ids)
      .orderBy("created_at", "desc")
      .orderBy("id", "desc")
      .execute(),
  ]);
  const names = await displayNames(db, [
    ...periods.map((period) => period.locked_by),
    ...events.map((event) => event.actor_id),
  ]);
  const nameOf = (id: string | null) => (id ? (names.get(id) ?? null) : null);
  return offices.map((office) => {
    const period = periods.find((row) => row.office_id === office.id);
    const tally = Object.fromEntries(ACTIVITY_STATUSES.map((status) => [status, 0])) as PeriodSummary["counts"];
    for (const row of counts) if (row.office_id === office.id) tally[row.status] = Number(row.n);
    return {
      officeId: office.id,
      officeName: office.name,
      month,
      locked: Boolean(period?.locked_at),
      lockedAt: period?.locked_at ? period.locked_at.toISOString() : null,
      lockedBy: period?.locked_at ? nameOf(period.locked_by) : null,
      counts: tally,
      events: events
        .filter((event) => event.office_id === office.id)
        .map((event) => ({
          action: event.action,
          reason: event.reason,
          actorName: nameOf(event.actor_id),
          at: event.created_at.toISOString(),
        })),
    };
  });
}

async function displayNames(db: ScopedDb, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const users = await db.selectFrom("users").select(["id", "display_name"]).where("id", "in", wanted).execute();
  return new Map(users.map((user) => [user.id, user.display_name]));
}
