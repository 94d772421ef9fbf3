import type { SitrepTexts } from "./sitrep-texts.js";

/**
 * Unsaved words of a report, kept in the tab's session storage while a person types, so that a lost
 * connection, a reload or a wrong click costs nothing. A report holds no personal data; still session
 * storage, not local storage: it goes with the tab and is not left on a shared computer.
 */
export interface SitrepDraft {
  /** The version the words were changed from. */
  version: number;
  /** That version's words: what tells the person's changes apart from the rest when the report moved on. */
  base: SitrepTexts;
  texts: SitrepTexts;
  /** ISO timestamp. */
  keptAt: string;
}

type DraftStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

const PREFIX = "safepath.sitrep-draft.";
const keyOf = (reportId: string) => `${PREFIX}${reportId}`;

function storage(): DraftStorage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

function isTexts(value: unknown): value is SitrepTexts {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((text) => typeof text === "string")
  );
}

export function loadDraft(reportId: string, store: DraftStorage | undefined = storage()): SitrepDraft | null {
  try {
    const stored = store?.getItem(keyOf(reportId));
    if (!stored) return null;
    const draft = JSON.parse(stored) as Partial<SitrepDraft>;
    if (typeof draft.version !== "number" || !isTexts(draft.base) || !isTexts(draft.texts)) return null;
    return { version: draft.version, base: draft.base, texts: draft.texts, keptAt: String(draft.keptAt ?? "") };
  } catch {
    // Unreadable or blocked storage: nothing to offer.
    return null;
  }
}

export function keepDraft(reportId: string, draft: SitrepDraft, store: DraftStorage | undefined = storage()): void {
  try {
    store?.setItem(keyOf(reportId), JSON.stringify(draft));
  } catch {
    // Storage full or blocked: the words still live in the page.
  }
}

export function dropDraft(reportId: string, store: DraftStorage | undefined = storage()): void {
  try {
    store?.removeItem(keyOf(reportId));
  } catch {
    // Nothing stored, nothing to remove.
  }
}
