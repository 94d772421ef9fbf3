import type { Answers } from "../../../../shared/forms/definition.js";
import { newClientKey } from "../../../api/client-key.js";

/** Where the screening took place; every part is optional. */
export interface ScreeningLocation {
  country: string | null;
  place: string;
  siteType: string | null;
}

/** Everything entered in one interview so far. */
export interface FillDraft {
  userId: string;
  /** Chosen once per draft: a retry after a dropped connection is recognised by the server, not saved twice. */
  clientKey: string;
  /** When the interview began: the screening's time, even when it is saved later. */
  startedAt: string;
  answers: Answers;
  /** The page on screen: "location" or a page key. */
  page: string;
  /** Pages where Next was pressed: their problems are shown from then on. */
  attempted: string[];
  /** The form language the questions are read out in. */
  respondentLanguage: string;
  location: ScreeningLocation;
}

export const LOCATION_PAGE = "location";

/*
 * Session storage, never local storage: a screening holds what a person at a border told in confidence.
 * Session storage survives a reload and a dropped connection but dies with the tab, so it is not left
 * for days on a phone or laptop that the team shares. The key starts with the intake drafts' prefix, so
 * signing out sweeps a half-done screening away with them.
 */
const PREFIX = "safepath.intake.screening.";
const LAST_LOCATION = "safepath.intake.screening-location";

export const draftKey = (formId: string, version: number) => `${PREFIX}${formId}.v${version}`;

export function newDraft(userId: string, respondentLanguage: string): FillDraft {
  return {
    userId,
    clientKey: newClientKey(),
    startedAt: new Date().toISOString(),
    answers: {},
    page: LOCATION_PAGE,
    attempted: [],
    respondentLanguage,
    location: lastLocation(),
  };
}

/** The draft of this form version kept in this tab, unless another person signed in since. */
export function loadFillDraft(key: string, userId: string): FillDraft | null {
  try {
    const stored = window.sessionStorage.getItem(key);
    if (!stored) return null;
    const draft = JSON.parse(stored) as FillDraft;
    if (draft.userId !== userId || typeof draft.clientKey !== "string" || typeof draft.answers !== "object") {
      return null;
    }
    return { ...draft, attempted: draft.attempted ?? [], location: { ...lastLocation(), ...draft.location } };
  } catch {
    // Unreadable or blocked storage: start afresh.
    return null;
  }
}

export function saveFillDraft(key: string, draft: FillDraft): void {
  try {
    window.sessionStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // Storage full or blocked: the draft still lives in the page.
  }
}

export function clearFillDraft(key: string): void {
  try {
    window.sessionStorage.removeItem(key);
  } catch {
    // Nothing stored, nothing to clear.
  }
}

/** A team screens many people at one crossing: the next screening starts where the last one was. */
export function rememberLocation(location: ScreeningLocation): void {
  try {
    window.sessionStorage.setItem(LAST_LOCATION, JSON.stringify(location));
  } catch {
    // Only a convenience.
  }
}

function lastLocation(): ScreeningLocation {
  const empty: ScreeningLocation = { country: null, place: "", siteType: null };
  try {
    const stored = window.sessionStorage.getItem(LAST_LOCATION);
    return stored ? { ...empty, ...(JSON.parse(stored) as Partial<ScreeningLocation>) } : empty;
  } catch {
    return empty;
  }
}
