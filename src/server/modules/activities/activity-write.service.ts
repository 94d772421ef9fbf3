import type { z } from "zod";
import { DEFAULT_SECTION, periodMonthOf } from "../../../shared/activities/vocab.js";
import type {
  ActivityDetail,
  ActivityDetails,
  activityInput,
  activityPatch,
  ParticipantEntry,
} from "../../../shared/api/activities.js";
import type { FieldProblem } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import type { Keyring } from "../../crypto/keyring.js";
import { assertMonthOpen } from "../reporting-periods/period-lock.js";
import { editableActivity } from "./activity-access.js";
import { getActivity } from "./activity-read.service.js";
import { dateProblems, detailProblems, refuseProblems } from "./activity-rules.js";
import { unknownCodeProblems } from "./list-values.service.js";
import { sealedParticipantList } from "./participants.service.js";

/*
 * Recording an activity and changing it while it is a draft. Every rule is checked before anything is
 * written; an activity is placed in its office's month (the month it ended in), which must be open.
 */

type ActivityInput = z.infer<typeof activityInput>;
type ActivityPatch = z.infer<typeof activityPatch>;

/** The office an activity is recorded for: one of the caller's organisation, still in use. */
async function officeProblems(db: ScopedDb, officeId: string): Promise<FieldProblem[]> {
  const office = await db
    .selectFrom("offices")
    .select(["id", "retired_at"])
    .where("id", "=", officeId)
    .executeTakeFirst();
  return office && office.retired_at === null ? [] : [{ field: "body.officeId", problem: "unknown_office" }];
}

/** Names are kept for trainings only: what other kinds record is counts, never people. */
function participantListProblems(kind: string, list: readonly ParticipantEntry[] | null | undefined): FieldProblem[] {
  return list && kind !== "training"
    ? [{ field: "body.participantList", problem: "participant_list_training_only" }]
    : [];
}

export async function createActivity(db: ScopedDb, keyring: Keyring, input: ActivityInput): Promise<ActivityDetail> {
  const kind = input.details.kind;
  refuseProblems([
    ...(await officeProblems(db, input.officeId)),
    ...dateProblems(input.startsOn, input.endsOn),
    ...detailProblems(input.details),
    ...participantListProblems(kind, input.participantList),
    ...(await unknownCodeProblems(db, input.details)),
  ]);
  const periodMonth = periodMonthOf(input.endsOn);
  await assertMonthOpen(db, input.officeId, periodMonth, "body.endsOn");
  const id = crypto.randomUUID();
  await db
    .insertInto("activities", [
      {
        organisation_id: db.organisationId,
        id,
        office_id: input.officeId,
        kind,
        section: input.section ?? DEFAULT_SECTION[kind],
        title: input.title,
        narrative: input.narrative,
        partners: input.partners,
        country: input.country,
        admin1_pcode: input.admin1Pcode ?? null,
        place: input.place ?? null,
        starts_on: input.startsOn,
        ends_on: input.endsOn,
        period_month: periodMonth,
        details: JSON.stringify(input.details),
        participant_list: await sealedParticipantList(db, keyring, id, input.participantList ?? null),
        created_by: db.actor.userId,
      },
    ])
    .execute();
  db.audit({
    action: "activity.create",
    recordType: "activity",
    recordId: id,
    detail: {
      kind,
      officeId: input.officeId,
      periodMonth: periodMonth.slice(0, 7),
      participantList: input.participantList?.length ?? null,
    },
  });
  return getActivity(db, keyring, id);
}

/** The field that placed an activity in a month: its end date when that moved, else its office. */
const placingField = (patch: ActivityPatch) => (patch.endsOn !== undefined ? "body.endsOn" : "body.officeId");

/** A change of a draft at the version read. Details replace the stored ones whole; the kind stays. */
export async function updateActivity(
  db: ScopedDb,
  keyring: Keyring,
  id: string,
  patch: ActivityPatch,
): Promise<ActivityDetail> {
  const row = await editableActivity(db, id, { lock: true, version: patch.version });
  if (patch.details && patch.details.kind !== row.kind) {
    refuseProblems([{ field: "body.details.kind", problem: "kind_cannot_change" }]);
  }
  const officeId = patch.officeId ?? row.office_id;
  const startsOn = patch.startsOn ?? row.starts_on;
  const endsOn = patch.endsOn ?? row.ends_on;
  const stored = row.details as ActivityDetails;
  refuseProblems([
    ...(patch.officeId && patch.officeId !== row.office_id ? await officeProblems(db, patch.officeId) : []),
    ...(patch.startsOn || patch.endsOn ? dateProblems(startsOn, endsOn) : []),
    ...(patch.details ? detailProblems(patch.details) : []),
    ...participantListProblems(row.kind, patch.participantList),
    ...(patch.details ? await unknownCodeProblems(db, patch.details, stored) : []),
  ]);
  const periodMonth = periodMonthOf(endsOn);
  // The stored month is open (checked above); a change must not carry the activity into a locked one.
  if (officeId !== row.office_id || periodMonth !== row.period_month) {
    await assertMonthOpen(db, officeId, periodMonth, placingField(patch));
  }
  const participantList =
    patch.participantList === undefined
      ? {}
      : { participant_list: await sealedParticipantList(db, keyring, id, patch.participantList) };
  await db
    .updateTable("activities")
    .set({
      office_id: officeId,
      ...(patch.section ? { section: patch.section } : {}),
      ...(patch.title !== undefined ? { title: patch.title } : {}),
      ...(patch.narrative !== undefined ? { narrative: patch.narrative } : {}),
      ...(patch.partners !== undefined ? { partners: patch.partners } : {}),
      ...(patch.country !== undefined ? { country: patch.country } : {}),
      ...(patch.admin1Pcode !== undefined ? { admin1_pcode: patch.admin1Pcode } : {}),
      ...(patch.place !== undefined ? { place: patch.place } : {}),
      starts_on: startsOn,
      ends_on: endsOn,
      period_month: periodMonth,
      ...(patch.details ? { details: JSON.stringify(patch.details) } : {}),
      ...participantList,
      version: row.version + 1,
      updated_at: new Date(),
    })
    .where("id", "=", id)
    .execute();
  db.audit({
    action: "activity.update",
    recordType: "activity",
    recordId: id,
    detail: {
      changed: Object.keys(patch)
        .filter((key) => key !== "version")
        .sort(),
      ...(patch.participantList !== undefined ? { participantList: patch.participantList?.length ?? null } : {}),
    },
  });
  return getActivity(db, keyring, id);
}
