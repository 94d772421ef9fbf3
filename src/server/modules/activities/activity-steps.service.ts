import { AppError } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import type { Keyring } from "../../crypto/keyring.js";
import { assertActivityMonthOpen, findActivityForUpdate } from "./activity-access.js";
import { getActivity } from "./activity-read.service.js";
import { stateConflict } from "./activity-rules.js";

/*
 * An activity's way into the report: a draft is submitted by its editors, approved by a supervisor, or
 * returned to draft with the reason (also once approved, while its month is open). A locked month
 * changes no status: its figures stay as reported until it is unlocked.
 */

export type ActivityStep = "submit" | "approve" | "return";

export async function takeStep(
  db: ScopedDb,
  keyring: Keyring,
  id: string,
  step: ActivityStep,
  input: { version: number; reason?: string },
) {
  const row = await findActivityForUpdate(db, id);
  if (row.version !== input.version) throw new AppError("conflict");
  await assertActivityMonthOpen(db, row);
  const now = new Date();
  const userId = db.actor.userId;
  const change = (() => {
    switch (step) {
      case "submit":
        if (row.status !== "draft") throw stateConflict("not_draft");
        return { status: "submitted" as const, submitted_at: now, submitted_by: userId, returned_reason: null };
      case "approve":
        if (row.status !== "submitted") throw stateConflict("activity_not_submitted");
        return { status: "approved" as const, approved_at: now, approved_by: userId };
      case "return":
        if (row.status === "draft") throw stateConflict("activity_already_draft");
        return {
          status: "draft" as const,
          returned_reason: input.reason ?? null,
          submitted_at: null,
          submitted_by: null,
          approved_at: null,
          approved_by: null,
        };
    }
  })();
  await db
    .updateTable("activities")
    .set({ ...change, version: row.version + 1, updated_at: now })
    .where("id", "=", id)
    .execute();
  db.audit({
    action: `activity.${step}`,
    recordType: "activity",
    recordId: id,
    detail: { from: row.status, to: change.status },
  });
  return getActivity(db, keyring, id);
}
