import { type ContactForm, isFormField } from "./contact-form.js";

/**
 * Changes to a contact that the server has not confirmed yet, kept on the device so that a dropped network
 * or a closed browser loses nothing: they are sent again when the contact (or the hotline home) is opened
 * and when the network returns. Local storage, unlike the intake's session storage, because a call is often
 * cut off together with the browser; the key starts with the intake drafts' prefix, so signing out sweeps
 * them away and the next person at a shared computer does not find a caller's details.
 */
const PREFIX = "safepath.intake.hotline.";

type Store = Pick<Storage, "getItem" | "setItem" | "removeItem" | "key" | "length">;

export interface PendingChanges {
  userId: string;
  contactId: string;
  values: Partial<ContactForm>;
}

const keyOf = (userId: string, contactId: string) => `${PREFIX}${userId}.${contactId}`;

function storage(): Store | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function parse(raw: string | null, userId: string): PendingChanges | null {
  if (!raw) return null;
  try {
    const stored = JSON.parse(raw) as PendingChanges;
    if (stored.userId !== userId || typeof stored.contactId !== "string" || typeof stored.values !== "object") {
      return null;
    }
    // Only known fields: an entry written by an older version of the screen must not send unknown ones.
    const values = Object.fromEntries(Object.entries(stored.values).filter(([field]) => isFormField(field)));
    return { userId, contactId: stored.contactId, values: values as Partial<ContactForm> };
  } catch {
    return null;
  }
}

export function loadPending(userId: string, contactId: string, store: Store | null = storage()): PendingChanges | null {
  try {
    return parse(store?.getItem(keyOf(userId, contactId)) ?? null, userId);
  } catch {
    return null;
  }
}

/** Keeps the unsent values (or forgets them when there are none left). */
export function savePending(
  userId: string,
  contactId: string,
  values: Partial<ContactForm>,
  store: Store | null = storage(),
): void {
  try {
    if (Object.keys(values).length === 0) store?.removeItem(keyOf(userId, contactId));
    else store?.setItem(keyOf(userId, contactId), JSON.stringify({ userId, contactId, values }));
  } catch {
    // Storage full or blocked: the changes still live in the page and are sent from there.
  }
}

/** Every contact of this person with changes still to send, e.g. from a browser closed mid-call. */
export function allPending(userId: string, store: Store | null = storage()): PendingChanges[] {
  const found: PendingChanges[] = [];
  try {
    if (!store) return found;
    for (let index = 0; index < store.length; index += 1) {
      const key = store.key(index);
      if (!key?.startsWith(`${PREFIX}${userId}.`)) continue;
      const entry = parse(store.getItem(key), userId);
      if (entry) found.push(entry);
    }
  } catch {
    // Blocked storage holds nothing.
  }
  return found;
}

/** On sign-out: forgets every unsent change on this device, whoever made it. */
export function clearAllPending(store: Store | null = storage()): void {
  try {
    if (!store) return;
    const keys: string[] = [];
    for (let index = 0; index < store.length; index += 1) {
      const key = store.key(index);
      if (key?.startsWith(PREFIX)) keys.push(key);
    }
    for (const key of keys) store.removeItem(key);
  } catch {
    // Blocked storage holds nothing.
  }
}
