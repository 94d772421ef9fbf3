import { sql } from "kysely";
import { NOT_ASSISTED, type Outcome } from "../../../shared/hotline/vocab.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { localTime } from "./local-time.js";

/**
 * The daily counts behind the helpline figures. A completed contact adds to them; correcting it takes its
 * old cells away and adds the new ones in the same transaction, so the figures always equal a recount.
 */

/** What a completed contact counts as. */
export interface CountedContact {
  startedAt: Date;
  channel: string;
  direction: string;
  language: string | null;
  callerType: string | null;
  callerCountry: string | null;
  outcome: string | null;
  escalation: string | null;
  durationSeconds: number | null;
  consultations: readonly { topic: string; service: string }[];
}

type Cell = [day: string, dimension: string, key: string, amount: number];

export function isAssisted(outcome: string | null): boolean {
  return outcome !== null && !NOT_ASSISTED.includes(outcome as Outcome);
}

/** Every cell a contact adds to, on the hotline's local day. Topics and services count consultations. */
export function cellsOf(contact: CountedContact, timeZone: string): Cell[] {
  const { day, hour, weekday } = localTime(contact.startedAt, timeZone);
  const cells: Cell[] = [
    [day, "contacts", "", 1],
    [day, "channel", contact.channel, 1],
    [day, "direction", contact.direction, 1],
    [day, "language", contact.language ?? "unknown", 1],
    [day, "caller_type", contact.callerType ?? "unknown", 1],
    [day, "country", contact.callerCountry ?? "unknown", 1],
    [day, "outcome", contact.outcome ?? "unknown", 1],
    [day, "hour", String(hour), 1],
    [day, "weekday", String(weekday), 1],
    [day, "consultations", "", contact.consultations.length],
  ];
  if (isAssisted(contact.outcome)) cells.push([day, "assisted", "", 1]);
  if (contact.escalation) cells.push([day, "escalation", contact.escalation, 1]);
  if (contact.durationSeconds !== null) {
    cells.push([day, "handled", "", 1], [day, "handling_seconds", "", contact.durationSeconds]);
  }
  for (const { topic, service } of contact.consultations) {
    cells.push([day, "topic", topic, 1], [day, "service", service, 1]);
  }
  return cells;
}

/** The change from one state of a contact to the next: either side null when it was or is not counted. */
export function countChange(before: Cell[] | null, after: Cell[] | null): Cell[] {
  const sums = new Map<string, Cell>();
  const add = (cells: Cell[] | null, sign: 1 | -1) => {
    for (const [day, dimension, key, amount] of cells ?? []) {
      const id = `${day}\u0000${dimension}\u0000${key}`;
      const cell = sums.get(id) ?? [day, dimension, key, 0];
      cell[3] += sign * amount;
      sums.set(id, cell);
    }
  };
  add(before, -1);
  add(after, 1);
  // One order for every transaction, so two contacts completed at once cannot deadlock on their rows.
  return [...sums.values()]
    .filter((cell) => cell[3] !== 0)
    .sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]) || a[2].localeCompare(b[2]));
}

/** Writes a change to the counts in one statement. */
export async function applyCountChange(db: ScopedDb, cells: Cell[]): Promise<void> {
  if (cells.length === 0) return;
  await sql`
    INSERT INTO hotline_counts (organisation_id, day, dimension, key, count)
    SELECT ${db.organisationId}::uuid, c.day, c.dimension, c.key, c.amount
    FROM unnest(${cells.map((c) => c[0])}::date[], ${cells.map((c) => c[1])}::text[],
      ${cells.map((c) => c[2])}::text[], ${cells.map((c) => c[3])}::bigint[]) WITH ORDINALITY AS c(day, dimension, key, amount, n)
    ORDER BY c.n
    ON CONFLICT (organisation_id, day, dimension, key)
    DO UPDATE SET count = hotline_counts.count + excluded.count
  `.execute(db.tx);
}
