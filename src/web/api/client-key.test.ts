import { webcrypto } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { caseIntake } from "../../shared/api/cases.js";
import { newClientKey } from "./client-key.js";

describe("newClientKey", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("gives a different key each time, which the API takes", () => {
    const keys = new Set(Array.from({ length: 50 }, () => newClientKey()));
    expect(keys.size).toBe(50);
    for (const key of keys) expect(caseIntake.shape.clientKey.safeParse(key).success).toBe(true);
  });

  it("makes an unguessable key where the page has no randomUUID (plain HTTP on an office network)", () => {
    vi.stubGlobal("crypto", {
      getRandomValues: (array: Uint8Array) => webcrypto.getRandomValues(array),
    });
    const first = newClientKey();
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    expect(newClientKey()).not.toBe(first);
    expect(caseIntake.shape.clientKey.safeParse(first).success).toBe(true);
  });
});
