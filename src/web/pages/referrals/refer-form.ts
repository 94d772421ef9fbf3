import type { ReferralInput } from "../../../shared/api/referrals.js";
import type { ReferralReason } from "../../../shared/htcds/case.js";
import { DEFAULT_SHARED_FIELDS, SHAREABLE_FIELDS, type ShareableField } from "../../../shared/referrals/fields.js";
import type { ReferralUrgency } from "../../../shared/referrals/vocab.js";
import type { CaseDetail } from "../cases/case-types.js";

/** A service chosen for the referral, from the suggestions or the directory search: enough to show it. */
export interface ChosenService {
  id: string;
  name: string;
  providerName: string;
  serviceType: string;
  /** The provider does not use Safepath: the sender will record its answers. */
  outside: boolean;
}

export interface ReferValues {
  personId: string | null;
  services: ChosenService[];
  urgency: ReferralUrgency;
  reason: ReferralReason;
  sharedFields: ShareableField[];
  message: string;
}

/** Where the referral comes from: the request carries exactly one of the two. */
export type ReferSource = { caseId: string } | { screeningId: string };

/**
 * What a screening can hold of someone not (yet) recorded as a person — the server reads only these from it —
 * so these are ticked by default when referring from a screening.
 */
export const SCREENING_SHARED_FIELDS: readonly ShareableField[] = [
  "name",
  "birthYear",
  "sex",
  "citizenships",
  "languages",
  "vulnerabilityFlags",
];

/** One referral can carry up to this many services (one referral each). */
export const MAX_SERVICES = 10;

/** The person the referral is about by default: the case's victim, as the server would choose. */
export function defaultPerson(item: Pick<CaseDetail, "people" | "personId">): string | null {
  return item.people.find((p) => p.role === "victim")?.person.id ?? item.personId ?? item.people[0]?.person.id ?? null;
}

export function initialValues(item: Pick<CaseDetail, "people" | "personId">): ReferValues {
  return {
    personId: defaultPerson(item),
    services: [],
    urgency: "normal",
    reason: "AdditionalServicesRequired",
    sharedFields: [...DEFAULT_SHARED_FIELDS],
    message: "",
  };
}

/** From a screening the server refers the screened person itself: no one to choose. */
export function screeningInitialValues(): ReferValues {
  return { ...initialValues({ people: [], personId: null }), sharedFields: [...SCREENING_SHARED_FIELDS] };
}

/** Adds the service, or takes it away if it was chosen already; never more than MAX_SERVICES. */
export function toggleService(chosen: readonly ChosenService[], service: ChosenService): ChosenService[] {
  if (chosen.some((c) => c.id === service.id)) return chosen.filter((c) => c.id !== service.id);
  return chosen.length >= MAX_SERVICES ? [...chosen] : [...chosen, service];
}

/** The request body. Fields go in catalogue order, so that the receiver always reads them in the same order. */
export function toReferralInput(
  source: ReferSource,
  values: ReferValues,
  options: { send: boolean; overrideReason?: string },
): ReferralInput {
  const message = values.message.trim();
  return {
    ...source,
    ...(values.personId ? { personId: values.personId } : {}),
    serviceIds: values.services.map((s) => s.id),
    urgency: values.urgency,
    reason: values.reason,
    sharedFields: SHAREABLE_FIELDS.filter((field) => values.sharedFields.includes(field)),
    message: message || null,
    send: options.send,
    ...(options.overrideReason ? { emergencyOverride: { reason: options.overrideReason } } : {}),
  };
}

/**
 * The person's current decision on sharing for referrals, as the case page knows it: the server decides again
 * on sending, this only warns before the caseworker fills the whole form.
 */
export function sharingDecision(item: Pick<CaseDetail, "people">, personId: string | null): string | null {
  const person = item.people.find((p) => p.person.id === personId);
  return person?.consents?.current.referral_sharing?.decision ?? null;
}
