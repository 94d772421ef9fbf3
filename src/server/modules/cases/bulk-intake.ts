import type { CaseIntake } from "../../../shared/api/cases.js";
import { todayIso } from "../../../shared/dates.js";
import { forbidden, invalidField } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import type { Services } from "../../services.js";
import type { ImportCase } from "../htcds-exchange/import-cases.js";
import { RowLog } from "../htcds-exchange/import-cells.js";
import { writeCases } from "../htcds-exchange/import-write.js";
import { isChild } from "../people/consents.service.js";
import { checkPerson } from "../people/people.service.js";
import { checkCaseDates } from "./intake.service.js";
import {
  type DeliveredIntake,
  deliveredBefore,
  type IntakeResult,
  intakeResultOf,
  recordDeliveries,
} from "./intake-receipts.js";

export type NewPersonIntake = CaseIntake & { person: NonNullable<CaseIntake["person"]> };

/** Where the index-th intake of a batch sits in the request. */
const intakeField = (index: number) => `body.cases.${index}`;

/** The checks of a single intake, for one of many: the field names say which one ("body.cases.3.person…"). */
function checkIntake(input: CaseIntake, index: number): NewPersonIntake {
  const at = intakeField(index);
  if (!input.person || input.personId) throw invalidField(`${at}.person`, "required");
  // Links to a screening or a hotline contact are made one intake at a time, where they are checked.
  if (input.screeningId) throw invalidField(`${at}.screeningId`, "not_allowed_in_batch");
  if (input.contactId) throw invalidField(`${at}.contactId`, "not_allowed_in_batch");
  checkPerson(input.person, `${at}.person`);
  const openedOn = input.openedOn ?? todayIso();
  try {
    checkCaseDates(input, openedOn, input.person.identity.birthDate);
  } catch (error) {
    throw prefixed(error, at);
  }
  if (input.ownerUserId || input.teamId !== undefined) throw invalidField(`${at}.ownerUserId`, "not_allowed_in_batch");
  const subject = {
    identity: input.person.identity,
    birthYear: input.person.identity.birthDate
      ? Number(input.person.identity.birthDate.slice(0, 4))
      : (input.person.birthYear ?? null),
    vulnerabilityFlags: input.person.vulnerabilityFlags ?? [],
  };
  for (const [n, consent] of (input.consents ?? []).entries()) {
    if (consent.decidedOn > openedOn && consent.decidedOn > todayIso())
      throw invalidField(`${at}.consents.${n}.decidedOn`, "in_future");
    if (consent.signatureAttachmentId)
      throw invalidField(`${at}.consents.${n}.signatureAttachmentId`, "not_allowed_in_batch");
    if (consent.decision === "given" && !consent.guardian && isChild(subject, consent.decidedOn))
      throw invalidField(`${at}.consents.${n}.guardian`, "guardian_required");
  }
  return input as NewPersonIntake;
}

function prefixed(error: unknown, at: string): unknown {
  if (error && typeof error === "object" && "fields" in error && Array.isArray(error.fields)) {
    for (const field of error.fields as { field: string }[]) field.field = field.field.replace(/^body/, at);
  }
  return error;
}

/** An intake as the import writer takes it: one row, the case open. Also builds the benchmarks' dataset. */
export function toImportCase(input: NewPersonIntake, index: number): ImportCase {
  const referral = input.incomingReferral ?? {};
  return {
    rows: [
      {
        row: index,
        log: new RowLog(index),
        caseRef: null,
        role: "victim",
        relationship: null,
        person: input.person,
        victim: input.victim ?? {},
        perpetrator: undefined,
        caseValues: new Map(),
        consents: input.consents ?? [],
      },
    ],
    stage: "open",
    status: "Active",
    closedReferred: false,
    openedOn: input.openedOn ?? todayIso(),
    identifiedOn: input.identifiedOn ?? null,
    closedOn: null,
    closureReason: null,
    referral: {
      organisationName: referral.organisationName ?? null,
      date: referral.date ?? null,
      reason: referral.reason ?? null,
      details: referral.details ?? null,
    },
  };
}

/**
 * Many intakes of new people at once (a mobile team's day of work arriving together, a migration):
 * the same checks and the same encryption, blind indexes, case numbers, consents and history as one
 * intake, written with a few statements per table. All or nothing, in the request's transaction. Intakes
 * delivered before under the same clientKey are answered with the cases they made and not written again.
 */
export async function intakeCases(
  db: ScopedDb,
  services: Services,
  inputs: readonly CaseIntake[],
): Promise<DeliveredIntake[]> {
  if (db.actor.recordScope === "shared" || db.actor.recordScope === "none") throw forbidden();
  const checked = inputs.map((input, index) => checkIntake(input, index));
  const keyField = (index: number) => `${intakeField(index)}.clientKey`;
  const earlier = await deliveredBefore(
    db,
    inputs.map((input) => input.clientKey),
    keyField,
  );
  const fresh = checked.flatMap((input, index) => (earlier.has(input.clientKey ?? "") ? [] : [index]));
  const ids = await writeCases(
    db,
    services,
    fresh.map((index) => toImportCase(checked[index] as NewPersonIntake, index)),
    "batch",
  );
  const made = fresh.map((index, n) => ({ key: inputs[index]?.clientKey, caseId: ids[n] as string, index }));
  await recordDeliveries(db, made, keyField);
  const caseAt = new Map(made.map(({ index, caseId }) => [index, caseId]));
  const numbered = await casesMade(db, ids);
  db.audit({
    action: "case.create_batch",
    recordType: "case",
    recordIds: ids,
    detail: { count: ids.length, repeated: inputs.length - ids.length },
  });
  return inputs.map((input, index) => {
    const before = earlier.get(input.clientKey ?? "");
    if (before) return { ...before, replayed: true };
    return { ...(numbered.get(caseAt.get(index) as string) as IntakeResult), replayed: false };
  });
}

/** The numbers and people of the cases just written, by case id. */
async function casesMade(db: ScopedDb, ids: string[]): Promise<Map<string, IntakeResult>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom("cases")
    .select(["id", "case_number", "primary_person_id"])
    .where("id", "in", ids)
    .execute();
  return new Map(rows.map((row) => [row.id, intakeResultOf(row)]));
}
