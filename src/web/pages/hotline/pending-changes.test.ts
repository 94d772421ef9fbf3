import { describe, expect, it } from "vitest";
import { allPending, clearAllPending, loadPending, savePending } from "./pending-changes.js";

/** The part of the Storage interface the module uses, over a Map. */
function memoryStorage() {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (index: number) => [...items.keys()][index] ?? null,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    items,
  };
}

describe("changes kept on the device until the server has them", () => {
  it("keeps a contact's unsent values for the person who typed them, and forgets them once sent", () => {
    const store = memoryStorage();
    savePending("user-1", "contact-a", { notes: "Passport taken", language: "ru" }, store);
    expect(loadPending("user-1", "contact-a", store)?.values).toEqual({ notes: "Passport taken", language: "ru" });
    // Someone else signed in on the same computer sees nothing of it.
    expect(loadPending("user-2", "contact-a", store)).toBeNull();
    expect(allPending("user-2", store)).toEqual([]);
    savePending("user-1", "contact-a", {}, store);
    expect(loadPending("user-1", "contact-a", store)).toBeNull();
    expect(store.items.size).toBe(0);
  });

  it("lists every contact with unsent values, ignoring fields the screen no longer has", () => {
    const store = memoryStorage();
    savePending("user-1", "contact-a", { notes: "one" }, store);
    savePending("user-1", "contact-b", { outcome: "referral_made" }, store);
    store.setItem(
      "safepath.intake.hotline.user-1.contact-c",
      JSON.stringify({ userId: "user-1", contactId: "contact-c", values: { retiredField: "x", callerPlace: "Lviv" } }),
    );
    store.setItem("safepath.intake.hotline.user-1.broken", "{not json");
    const found = allPending("user-1", store).sort((a, b) => a.contactId.localeCompare(b.contactId));
    expect(found.map((entry) => [entry.contactId, entry.values])).toEqual([
      ["contact-a", { notes: "one" }],
      ["contact-b", { outcome: "referral_made" }],
      ["contact-c", { callerPlace: "Lviv" }],
    ]);
  });

  it("forgets everyone's unsent values on sign-out, and nothing else", () => {
    const store = memoryStorage();
    savePending("user-1", "contact-a", { notes: "one" }, store);
    savePending("user-2", "contact-b", { notes: "two" }, store);
    store.setItem("safepath.language", "uk");
    clearAllPending(store);
    expect([...store.items.keys()]).toEqual(["safepath.language"]);
  });
});
