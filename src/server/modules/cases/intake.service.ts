import type { CaseIntake } from "../../../shared/api/cases.js";
import { addDays, todayIso } from "../../../shared/dates.js";
import { forbidden, invalidField } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { type RecordKey, RecordKeys } from "../../crypto/record-keys.js";
import { newRecordId } from "../../db/record-ids.js";
import type { Services } from "../../services.js";
import { linkContactToNewCase } from "../hotline/contact-link.service.js";
import { type ConsentSubject, recordConsents } from "../people/consents.service.js";
import { checkPerson, createPerson, findVisiblePerson } from "../people/people.service.js";
import { openIdentity } from "../people/person-identity.js";
import { linkScreening } from "../screening/screening-link.js";
import { recordHistory } from "./case-history.js";
import { nextCaseNumbers } from "./case-numbers.js";
import { resolveOwner } from "./case-owner.js";
import { type DeliveredIntake, deliveredBefore, recordDeliveries } from "./intake-receipts.js";
import { contextColumns } from "./victim-context.js";

/** Person facts the case list filters on, copied onto the case row. */
interface ListFacts {
  citizenships: string[];
  vulnerabilityFlags: string[];
}

async function intakePerson(db: ScopedDb, services: Services, input: CaseIntake) {
  if (input.person && input.personId) throw invalidField("body.personId", "person_or_person_id");
  if (input.person) {
    const { id, key } = await createPerson(db, services, input.person);
    const subject: ConsentSubject = {
      id,
      key,
      identity: input.person.identity,
      birthYear: input.person.identity.birthDate
        ? Number(input.person.identity.birthDate.slice(0, 4))
        : (input.person.birthYear ?? null),
      vulnerabilityFlags: input.person.vulnerabilityFlags ?? [],
    };
    const facts: ListFacts = {
      citizenships: input.person.citizenships ?? [],
      vulnerabilityFlags: input.person.vulnerabilityFlags ?? [],
    };
    return { subject, facts };
  }
  if (!input.personId) throw invalidField("body.person", "required");
  const row = await findVisiblePerson(db, input.personId);
  if (row.erased_at || row.merged_into) throw invalidField("body.personId", "not_usable");
  const key = (await new RecordKeys(services.keyring).loadOne(db, row.id)) as RecordKey;
  const subject: ConsentSubject = {
    id: row.id,
    key,
    identity: openIdentity(key, row.identity),
    birthYear: row.birth_year,
    vulnerabilityFlags: row.vulnerability_flags,
  };
  return { subject, facts: { citizenships: row.citizenships, vulnerabilityFlags: row.vulnerability_flags } };
}

/** Dates a case cannot have: in the future, or before the person was born. */
export function checkCaseDates(input: CaseIntake, openedOn: string, birthDate: string | null | undefined): void {
  const latest = addDays(todayIso(), 1);
  if (openedOn > latest) throw invalidField("body.openedOn", "in_future");
  if (input.identifiedOn && input.identifiedOn > latest) throw invalidField("body.identifiedOn", "in_future");
  if (birthDate && input.identifiedOn && input.identifiedOn < birthDate)
    throw invalidField("body.identifiedOn", "before_birth");
  if (birthDate && openedOn < birthDate) throw invalidField("body.openedOn", "before_birth");
  if (input.incomingReferral?.date && input.incomingReferral.date > latest)
    throw invalidField("body.incomingReferral.date", "in_future");
}

const KEY_FIELD = () => "body.clientKey";

/**
 * Intake: the person (new, or found by the search-first step), the case with its number and key, the
 * victim context, and the consents given at intake — all in the request's one transaction. An intake
 * delivered before under the same clientKey is answered with the case it made (replayed: true).
 */
export async function intakeCase(
  db: ScopedDb,
  services: Services,
  input: CaseIntake,
  options: { fromIncomingReferral?: boolean } = {},
): Promise<DeliveredIntake> {
  // A role that reaches only shared records would lose sight of a case the moment it opened it — unless the
  // case comes from a referral to its organisation, which keeps it in reach.
  if (db.actor.recordScope === "none") throw forbidden();
  if (db.actor.recordScope === "shared" && !options.fromIncomingReferral) throw forbidden();
  const earlier = (await deliveredBefore(db, [input.clientKey], KEY_FIELD)).get(input.clientKey ?? "");
  if (earlier) {
    db.audit({ action: "case.create", recordType: "case", recordId: earlier.id, detail: { repeated: true } });
    return { ...earlier, replayed: true };
  }
  const openedOn = input.openedOn ?? todayIso();
  if (input.person) checkPerson(input.person, "body.person");
  checkCaseDates(input, openedOn, input.person?.identity.birthDate);
  const { ownerUserId, teamId } = await resolveOwner(db, input.ownerUserId, input.teamId);
  const { subject, facts } = await intakePerson(db, services, input);
  checkCaseDates(input, openedOn, subject.identity?.birthDate);

  const id = newRecordId();
  const [caseNumber] = await nextCaseNumbers(db, Number(openedOn.slice(0, 4)));
  const caseKey = (await new RecordKeys(services.keyring).create(db, [id])).get(id) as RecordKey;
  const victim = input.victim ?? {};
  const referral = input.incomingReferral ?? {};
  await db
    .insertInto("cases", [
      {
        organisation_id: db.organisationId,
        id,
        case_number: caseNumber,
        owner_user_id: ownerUserId,
        team_id: teamId,
        primary_person_id: subject.id,
        opened_on: openedOn,
        identified_on: input.identifiedOn ?? null,
        referring_organisation_id: referral.organisationId ?? null,
        referring_organisation_name: referral.organisationName ?? null,
        incoming_referral_date: referral.date ?? null,
        incoming_referral_reason: referral.reason ?? null,
        sealed: caseKey.sealFields("cases.sealed", { incomingReferralDetails: referral.details ?? null }),
        exploitation_types: victim.exploitationTypes ?? [],
        vulnerability_flags: [...new Set([...facts.vulnerabilityFlags, ...(victim.victimVulnerabilities ?? [])])],
        citizenships: facts.citizenships,
        created_by: db.actor.userId,
      },
    ])
    .execute();
  await db
    .insertInto("case_people", [
      {
        organisation_id: db.organisationId,
        case_id: id,
        person_id: subject.id,
        role: "victim",
        ...contextColumns(caseKey, subject.id, victim, undefined),
      },
    ])
    .execute();
  await recordConsents(
    db,
    subject,
    (input.consents ?? []).map((consent) => ({ ...consent, caseId: id })),
    (index) => `body.consents.${index}`,
  );
  if (input.screeningId) await linkScreening(db, input.screeningId, id, subject.id);
  if (input.contactId) await linkContactToNewCase(db, services, input.contactId, id);
  await recordHistory(db, [
    {
      caseId: id,
      action: "case.opened",
      changes: {
        stage: { from: null, to: "open" },
        ...(input.screeningId ? { screeningId: input.screeningId } : {}),
        ...(input.contactId ? { contactId: input.contactId } : {}),
      },
    },
  ]);
  await recordDeliveries(db, [{ key: input.clientKey, caseId: id, index: 0 }], KEY_FIELD);
  db.audit({ action: "case.create", recordType: "case", recordId: id, detail: { personId: subject.id } });
  return { id, caseNumber: caseNumber as string, personId: subject.id, replayed: false };
}
