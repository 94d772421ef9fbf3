import { describe, expect, it } from "vitest";
import { clearAllDrafts, emptyDraft, toIntake } from "./intake-draft.js";

/** A Storage as far as clearing drafts needs one. */
function memoryStorage(entries: Record<string, string>) {
  const map = new Map(Object.entries(entries));
  return {
    get length() {
      return map.size;
    },
    key: (index: number) => [...map.keys()][index] ?? null,
    removeItem: (key: string) => {
      map.delete(key);
    },
    keys: () => [...map.keys()].sort(),
  };
}

describe("clearAllDrafts", () => {
  it("removes the intake drafts of every user in the tab and nothing else", () => {
    const storage = memoryStorage({
      "safepath.intake.0b6c7d1e-1111-4c43-9a51-0f0f4d9b1a11": '{"step":"details"}',
      "safepath.intake.5e2a9f30-2222-4c43-9a51-0f0f4d9b1a11": '{"step":"search"}',
      "safepath.language": "uk",
      "other.intake.x": "kept",
    });
    clearAllDrafts(storage);
    expect(storage.keys()).toEqual(["other.intake.x", "safepath.language"]);
  });

  it("does not fail when the storage refuses to be read", () => {
    const blocked = {
      get length(): number {
        throw new Error("SecurityError");
      },
      key: () => null,
      removeItem: () => undefined,
    };
    expect(() => clearAllDrafts(blocked)).not.toThrow();
  });
});

describe("an intake's client key", () => {
  it("belongs to the draft: every submit of one draft sends the same key, another draft another", () => {
    const draft = emptyDraft("2026-12-05");
    const typed = { ...draft, person: { ...draft.person, firstName: "Olena" } };
    expect(toIntake(draft).clientKey).toBe(draft.clientKey);
    expect(toIntake(typed).clientKey).toBe(draft.clientKey);
    expect(emptyDraft("2026-12-05").clientKey).not.toBe(draft.clientKey);
  });
});
