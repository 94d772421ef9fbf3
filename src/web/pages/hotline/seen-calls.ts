/**
 * Calls the operator has already opened in this tab: the incoming-call banner is for a call not yet
 * picked up on screen, not for every unfinished one (those are listed under "My unfinished contacts").
 */
const KEY = "safepath.hotline.opened-calls";

function read(): string[] {
  try {
    const stored = JSON.parse(window.sessionStorage.getItem(KEY) ?? "[]") as unknown;
    return Array.isArray(stored) ? stored.filter((id): id is string => typeof id === "string") : [];
  } catch {
    return [];
  }
}

export function openedCalls(): Set<string> {
  return new Set(read());
}

export function markCallOpened(contactId: string): void {
  try {
    // The last few are enough: a shift does not have hundreds of calls open at once.
    const ids = [contactId, ...read().filter((id) => id !== contactId)].slice(0, 50);
    window.sessionStorage.setItem(KEY, JSON.stringify(ids));
  } catch {
    // Without storage the banner shows an opened call again, which is a nuisance, not a loss.
  }
}
