import { sql } from "kysely";
import { AppError, invalidField } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { caseScope } from "./case-access.js";

/** What an intake answers: the case, its number and its person. */
export interface IntakeResult {
  id: string;
  caseNumber: string;
  personId: string;
}

/** An intake's answer, and whether an earlier delivery of it made the case (replayed) or this one did. */
export type DeliveredIntake = IntakeResult & { replayed: boolean };

/** An intake's answer, read from the case it made: an intake's case always names its person. */
export function intakeResultOf(row: {
  id: string;
  case_number: string;
  primary_person_id: string | null;
}): IntakeResult {
  return { id: row.id, caseNumber: row.case_number, personId: row.primary_person_id as string };
}

/** Where each intake's clientKey sits in the request, by its position (one intake: "body.clientKey"). */
export type KeyField = (index: number) => string;

/**
 * The cases earlier deliveries of these intakes made, by clientKey. A device that lost the answer to an
 * upload sends it again with the same keys. A key whose case the caller cannot reach (another caseworker's
 * device, a case moved out of the caller's reach since) is refused rather than answered, so that a key
 * never tells about a case the caller could not open.
 */
export async function deliveredBefore(
  db: ScopedDb,
  keys: readonly (string | undefined)[],
  field: KeyField,
): Promise<Map<string, IntakeResult>> {
  const given = keys.flatMap((key, index) => (key ? [{ key, index }] : []));
  if (given.length === 0) return new Map();
  const seen = new Set<string>();
  for (const { key, index } of given) {
    if (seen.has(key)) throw invalidField(field(index), "duplicate_values");
    seen.add(key);
  }
  const rows = await db
    .selectFrom("intake_receipts")
    .innerJoin("cases", (join) =>
      join
        .onRef("cases.organisation_id", "=", "intake_receipts.organisation_id")
        .onRef("cases.id", "=", "intake_receipts.case_id"),
    )
    .select([
      "intake_receipts.client_key",
      "cases.id",
      "cases.case_number",
      "cases.primary_person_id",
      sql<boolean>`${caseScope(db)}`.as("reachable"),
    ])
    .where(
      "intake_receipts.client_key",
      "in",
      given.map((g) => g.key),
    )
    .execute();
  const found = new Map<string, IntakeResult>();
  for (const row of rows) {
    if (!row.reachable) {
      const index = given.find((g) => g.key === row.client_key)?.index ?? 0;
      throw new AppError("conflict", [{ field: field(index), problem: "taken" }]);
    }
    found.set(row.client_key, intakeResultOf(row));
  }
  return found;
}

/**
 * Remembers which case each delivered intake made. Two deliveries of one intake at the same moment both
 * get this far; the second one's insert meets the first one's row and its transaction is undone, with a
 * conflict on the key ("sent_twice"): sent once more, it gets the case the first one made.
 */
export async function recordDeliveries(
  db: ScopedDb,
  made: readonly { key: string | undefined; caseId: string; index: number }[],
  field: KeyField,
): Promise<void> {
  const rows = made.flatMap(({ key, caseId }) =>
    key ? [{ organisation_id: db.organisationId, client_key: key, case_id: caseId }] : [],
  );
  if (rows.length === 0) return;
  const inserted = await db
    .insertInto("intake_receipts", rows)
    .onConflict((conflict) => conflict.columns(["organisation_id", "client_key"]).doNothing())
    .returning("client_key")
    .execute();
  if (inserted.length === rows.length) return;
  const written = new Set(inserted.map((row) => row.client_key));
  const lost = made.find(({ key }) => key && !written.has(key));
  throw new AppError("conflict", [{ field: field(lost?.index ?? 0), problem: "sent_twice" }]);
}
