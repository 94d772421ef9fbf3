import { CONSENT_PURPOSES, type ConsentMethod, type ConsentPurpose } from "../../../shared/htcds/index.js";
import { newClientKey } from "../../api/client-key.js";
import type { CaseIntake, ConsentInput, PersonMatch } from "./case-types.js";
import { EMPTY_PERSON, isChild, isChildForm, type PersonFormValues, toPersonInput } from "./person-form.js";

export type ConsentChoice = "given" | "refused" | null;

/** Everything typed into an intake so far: kept in the tab's session storage until the case is opened. */
export interface IntakeDraft {
  step: "search" | "details";
  /** Set when the caseworker picked a person found by the search-first step. */
  existing: Pick<PersonMatch, "personId" | "displayName" | "birthYear" | "caseNumbers"> | null;
  person: PersonFormValues;
  victim: { exploitationTypes: string[]; controlMethods: string[]; recruitmentMethods: string[] };
  consents: Record<ConsentPurpose, ConsentChoice>;
  consentMethod: ConsentMethod;
  consentDate: string;
  consentLanguage: string | null;
  guardianName: string;
  guardianRelationship: string;
  /** Sent with the intake: a second submit after a lost answer gets the case the first one opened. */
  clientKey: string;
}

export function emptyDraft(today: string): IntakeDraft {
  return {
    step: "search",
    existing: null,
    person: EMPTY_PERSON,
    victim: { exploitationTypes: [], controlMethods: [], recruitmentMethods: [] },
    consents: Object.fromEntries(CONSENT_PURPOSES.map((purpose) => [purpose, null])) as IntakeDraft["consents"],
    consentMethod: "verbal",
    consentDate: today,
    consentLanguage: null,
    guardianName: "",
    guardianRelationship: "",
    clientKey: newClientKey(),
  };
}

/** Whether the person is a child on the day of consent, as far as the intake knows. */
export function draftIsChild(draft: IntakeDraft): boolean {
  if (draft.existing) return isChild(draft.consentDate, null, draft.existing.birthYear, []);
  return isChildForm(draft.person, draft.consentDate);
}

/** The purposes decided at intake, in the order they are sent: field problems name them by this index. */
export function decidedPurposes(draft: IntakeDraft): ConsentPurpose[] {
  return CONSENT_PURPOSES.filter((purpose) => draft.consents[purpose] !== null);
}

export function toIntake(draft: IntakeDraft): CaseIntake {
  const guardian =
    draft.guardianName.trim() && draft.guardianRelationship.trim()
      ? { name: draft.guardianName.trim(), relationship: draft.guardianRelationship.trim() }
      : null;
  const consents: ConsentInput[] = decidedPurposes(draft).map((purpose) => ({
    purpose,
    decision: draft.consents[purpose] as "given" | "refused",
    decidedOn: draft.consentDate,
    method: draft.consentMethod,
    language: draft.consentLanguage as ConsentInput["language"],
    guardian,
  }));
  const victim = draft.victim as CaseIntake["victim"];
  return {
    ...(draft.existing ? { personId: draft.existing.personId } : { person: toPersonInput(draft.person) }),
    victim,
    consents,
    clientKey: draft.clientKey,
  };
}

// Session storage, never local storage: it dies with the tab and is not left on a shared device for days.
const DRAFT_PREFIX = "safepath.intake.";
const storageKey = (userId: string) => `${DRAFT_PREFIX}${userId}`;

/**
 * Removes every intake draft of this tab, whoever typed it: on sign-out, so that the next person at a
 * shared computer does not find a victim's details in the browser.
 */
export function clearAllDrafts(storage: Pick<Storage, "key" | "length" | "removeItem"> = window.sessionStorage): void {
  try {
    const keys: string[] = [];
    for (let index = 0; index < storage.length; index += 1) {
      const key = storage.key(index);
      if (key?.startsWith(DRAFT_PREFIX)) keys.push(key);
    }
    for (const key of keys) storage.removeItem(key);
  } catch {
    // Blocked storage holds no drafts.
  }
}

/** The draft kept from before a reload or a lost connection, if there is one. */
export function loadDraft(userId: string, today: string): IntakeDraft | null {
  try {
    const stored = window.sessionStorage.getItem(storageKey(userId));
    if (!stored) return null;
    const draft = JSON.parse(stored) as Partial<IntakeDraft>;
    // A draft kept by an earlier version of the form lacks the fields added since.
    return { ...emptyDraft(today), ...draft, person: { ...EMPTY_PERSON, ...draft.person } };
  } catch {
    // Unreadable or blocked storage: start afresh.
  }
  return null;
}

export function saveDraft(userId: string, draft: IntakeDraft): void {
  try {
    window.sessionStorage.setItem(storageKey(userId), JSON.stringify(draft));
  } catch {
    // Storage full or blocked: the draft still lives in the page.
  }
}

export function clearDraft(userId: string): void {
  try {
    window.sessionStorage.removeItem(storageKey(userId));
  } catch {
    // Nothing stored, nothing to clear.
  }
}
