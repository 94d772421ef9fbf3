import type { SharedValues } from "../../../shared/api/referrals.js";
import type { Sex } from "../../../shared/htcds/extensions/person.js";
import type { ShareableField } from "../../../shared/referrals/fields.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { RecordKeys } from "../../crypto/record-keys.js";
import type { Services } from "../../services.js";
import { openIdentity } from "../people/person-identity.js";
import { caseDraftFromScreening } from "../screening/case-draft.service.js";

/**
 * The values of the ticked fields, read from the sender's records at the moment of sending: a copy the
 * receiver keeps, so that later edits of the case never leak through an old referral.
 */
export async function sharedValuesOf(
  db: ScopedDb,
  services: Services,
  caseId: string | null,
  personId: string,
  fields: readonly ShareableField[],
): Promise<SharedValues> {
  const person = await db.selectFrom("people").selectAll().where("id", "=", personId).executeTakeFirstOrThrow();
  const link = caseId
    ? await db
        .selectFrom("case_people")
        .select(["exploitation_types"])
        .where("case_id", "=", caseId)
        .where("person_id", "=", personId)
        .executeTakeFirst()
    : undefined;
  const key = await new RecordKeys(services.keyring).loadOne(db, personId);
  const identity = openIdentity(key, person.identity);
  const all: Required<SharedValues> = {
    name: {
      firstName: identity?.firstName ?? null,
      middleName: identity?.middleName ?? null,
      secondName: identity?.secondName ?? null,
    },
    otherNames: identity?.otherNames ?? [],
    birthDate: identity?.birthDate ?? null,
    birthYear: person.birth_year,
    sex: (person.sex as Sex | null) ?? null,
    gender: person.gender,
    citizenships: person.citizenships,
    languages: person.languages,
    phones: identity?.phones ?? [],
    emails: identity?.emails ?? [],
    address: identity?.address ?? null,
    identityDocuments: identity?.identityDocuments ?? [],
    migrationStatuses: person.migration_statuses as Required<SharedValues>["migrationStatuses"],
    vulnerabilityFlags: person.vulnerability_flags as Required<SharedValues>["vulnerabilityFlags"],
    disability: person.disability ?? null,
    exploitationTypes: link?.exploitation_types ?? [],
  };
  return pick(all, fields);
}

function pick(all: Required<SharedValues>, fields: readonly ShareableField[]): SharedValues {
  const shared: SharedValues = {};
  for (const field of fields) Object.assign(shared, { [field]: all[field] });
  return shared;
}

/**
 * What a screening of someone not (yet) recorded as a person can share: the name they gave, sex, an
 * estimated birth year, citizenship, language and vulnerabilities, as a case opened from it would start.
 */
export async function screeningSharedValues(
  db: ScopedDb,
  services: Services,
  screeningId: string,
  fields: readonly ShareableField[],
): Promise<SharedValues> {
  const draft = await caseDraftFromScreening(db, services, screeningId);
  const person = draft.person;
  const all: Required<SharedValues> = {
    name: {
      firstName: person?.identity.firstName ?? null,
      middleName: null,
      secondName: person?.identity.secondName ?? null,
    },
    otherNames: [],
    birthDate: null,
    birthYear: person?.birthYear ?? null,
    sex: person?.sex ?? null,
    gender: null,
    citizenships: person?.citizenships ?? [],
    languages: person?.primaryLanguage ? [person.primaryLanguage] : [],
    phones: [],
    emails: [],
    address: null,
    identityDocuments: [],
    migrationStatuses: [],
    vulnerabilityFlags: person?.vulnerabilityFlags ?? [],
    disability: null,
    exploitationTypes: [],
  };
  return pick(all, fields);
}
