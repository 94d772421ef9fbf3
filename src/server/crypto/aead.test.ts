import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { open, seal } from "./aead.js";

describe("AES-256-GCM sealing", () => {
  const key = randomBytes(32);

  it("opens what it sealed, and nothing sealed for another context", () => {
    const sealed = seal(key, Buffer.from("Olena Kovalenko"), "people.identity");
    expect(open(key, sealed, "people.identity").toString()).toBe("Olena Kovalenko");
    expect(() => open(key, sealed, "cases.sealed")).toThrow();
  });

  it("never repeats a nonce, also across refills of the nonce pool", () => {
    // Nonces are drawn 256 at a time; 1,000 seals cross several refills.
    const nonces = new Set<string>();
    for (let n = 0; n < 1000; n++) nonces.add(seal(key, Buffer.from("same"), "x").subarray(0, 12).toString("hex"));
    expect(nonces.size).toBe(1000);
  });

  it("keeps a sealed value's nonce when later seals refill the pool", () => {
    const first = seal(key, Buffer.from("first"), "x");
    const nonce = Buffer.from(first.subarray(0, 12));
    for (let n = 0; n < 600; n++) seal(key, Buffer.from("later"), "x");
    expect(first.subarray(0, 12).equals(nonce)).toBe(true);
    expect(open(key, first, "x").toString()).toBe("first");
  });
});
