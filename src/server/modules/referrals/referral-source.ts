import type { SharedValues } from "../../../shared/api/referrals.js";
import type { ShareableField } from "../../../shared/referrals/fields.js";
import { can } from "../../access/actor.js";
import { invalidField } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import type { Services } from "../../services.js";
import { findCaseForUpdate } from "../cases/case-access.js";
import { consentInForce } from "../people/consents.service.js";
import { findScreening } from "../screening/screening-access.js";
import { screeningSharedValues, sharedValuesOf } from "./shared-values.js";

const CONSENT_PURPOSE = "referral_sharing";

/** Where a referral comes from: a case and one of its people, or a screening (of a recorded person or not). */
export interface ReferralSource {
  caseId: string | null;
  screeningId: string | null;
  personId: string | null;
  teamId: string | null;
  /** A screening records the person's agreement to be referred as one of its answers. */
  screeningConsent: boolean;
}

/** The person of the case the referral is about: the one named, else the case's victim. */
async function subjectOf(db: ScopedDb, caseId: string, personId: string | undefined): Promise<string> {
  const people = await db
    .selectFrom("case_people")
    .select(["person_id", "role"])
    .where("case_id", "=", caseId)
    .execute();
  if (personId) {
    if (!people.some((p) => p.person_id === personId)) throw invalidField("body.personId", "not_in_case");
    return personId;
  }
  const victim = people.find((p) => p.role === "victim") ?? people[0];
  if (!victim) throw invalidField("body.personId", "required");
  return victim.person_id;
}

/** The case or the screening, locked and within the actor's reach (404 otherwise). */
export async function sourceOf(
  db: ScopedDb,
  input: { caseId?: string | undefined; screeningId?: string | undefined; personId?: string | undefined },
): Promise<ReferralSource> {
  if (input.caseId && input.screeningId) throw invalidField("body.screeningId", "case_or_screening");
  if (input.caseId) {
    const theCase = await findCaseForUpdate(db, input.caseId);
    const personId = await subjectOf(db, theCase.id, input.personId);
    return { caseId: theCase.id, screeningId: null, personId, teamId: theCase.team_id, screeningConsent: false };
  }
  if (!input.screeningId) throw invalidField("body.caseId", "required");
  const screening = await findScreening(db, input.screeningId, { forUpdate: true });
  return {
    caseId: null,
    screeningId: screening.id,
    personId: screening.person_id,
    teamId: screening.team_id,
    screeningConsent: screening.consent_refer,
  };
}

/**
 * The consent in force for sharing — the person's recorded decision, or the agreement given in the screening —
 * or the supervisor's emergency override. Without either nothing is sent, and the answer says why.
 */
export async function sharingBasis(
  db: ScopedDb,
  source: Pick<ReferralSource, "personId" | "screeningConsent">,
  override: { reason: string } | undefined,
  field: string,
): Promise<{ consentId: string | null; override: { reason: string } | null }> {
  const latest = source.personId ? await consentInForce(db, source.personId, CONSENT_PURPOSE) : undefined;
  if (latest?.decision === "given") return { consentId: latest.id, override: null };
  // A decision recorded later than the screening (refused, withdrawn) outweighs the screening's answer.
  if (!latest && source.screeningConsent) return { consentId: null, override: null };
  if (!override) throw invalidField(field, latest ? `sharing_consent_${latest.decision}` : "sharing_consent_missing");
  if (!can(db.actor, "case.approve")) throw invalidField(`${field}.emergencyOverride`, "override_supervisor_only");
  return { consentId: null, override };
}

/** The values of the ticked fields, read now from the case's person, the screened person or the screening. */
export function sharedValuesFor(
  db: ScopedDb,
  services: Services,
  source: Pick<ReferralSource, "caseId" | "screeningId" | "personId">,
  fields: readonly ShareableField[],
): Promise<SharedValues> {
  if (source.personId) return sharedValuesOf(db, services, source.caseId, source.personId, fields);
  if (source.screeningId) return screeningSharedValues(db, services, source.screeningId, fields);
  throw invalidField("body", "referral_unreadable");
}
