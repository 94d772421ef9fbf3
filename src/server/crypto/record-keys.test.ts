import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { RecordKey } from "./record-keys.js";

describe("a record key", () => {
  const key = new RecordKey("org-1", "person-1", randomBytes(32));

  it("stores no ciphertext for an object with nothing set", () => {
    expect(key.sealFields("consents.sealed:1", { guardianName: undefined, note: null })).toBeNull();
    expect(key.sealFields("consents.sealed:1", {})).toBeNull();
  });

  it("seals an object with one value set, and opens it only under the same field", () => {
    const sealed = key.sealFields("consents.sealed:1", { guardianName: "Ганна", note: null });
    expect(sealed).toMatch(/^rk1\./);
    expect(sealed).not.toContain("Ганна");
    expect(key.openJson("consents.sealed:1", sealed as string)).toEqual({ guardianName: "Ганна", note: null });
    expect(() => key.openJson("consents.sealed:2", sealed as string)).toThrow();
  });

  it("keeps an empty text as a value", () => {
    expect(key.sealFields("cases.sealed", { closureReason: "" })).toMatch(/^rk1\./);
  });
});
