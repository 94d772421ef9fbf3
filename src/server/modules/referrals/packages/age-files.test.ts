import { describe, expect, it } from "vitest";
import {
  AgeNoMatch,
  AgeUnreadable,
  ageDecrypt,
  ageEncrypt,
  isAgeRecipient,
  newAgeKeyPair,
  readAgeHeader,
  SCRYPT_WORK_FACTOR,
} from "./age-files.js";

const text = (value: string) => Buffer.from(value, "utf8");

describe("age package files", () => {
  it("opens a file sealed for a key with that key only", async () => {
    const mine = await newAgeKeyPair();
    const other = await newAgeKeyPair();
    const file = await ageEncrypt(text("referral"), { recipient: mine.recipient });
    expect(readAgeHeader(file)).toEqual({ password: false, workFactor: null });
    expect((await ageDecrypt(file, { identity: mine.identity })).toString()).toBe("referral");
    await expect(ageDecrypt(file, { identity: other.identity })).rejects.toBeInstanceOf(AgeNoMatch);
    // A password cannot open a file sealed for a key, and says so without trying.
    await expect(ageDecrypt(file, { password: "a password of some length" })).rejects.toBeInstanceOf(AgeNoMatch);
  });

  // Three scrypt runs at the real work factor: seconds each, more on a slow machine busy with other tests.
  it("seals with a password at age's work factor, off the main thread", async () => {
    const file = await ageEncrypt(text("referral"), { password: "correct horse battery staple" });
    expect(readAgeHeader(file)).toEqual({ password: true, workFactor: SCRYPT_WORK_FACTOR });
    const { identity } = await newAgeKeyPair();
    await expect(ageDecrypt(file, { identity })).rejects.toBeInstanceOf(AgeNoMatch);
    await expect(ageDecrypt(file, { password: "wrong horse battery staple" })).rejects.toBeInstanceOf(AgeNoMatch);
    expect((await ageDecrypt(file, { password: "correct horse battery staple" })).toString()).toBe("referral");
  }, 120_000);

  it("refuses files that are not age, or ask for more scrypt work than allowed, before any decryption", async () => {
    expect(readAgeHeader(text("%PDF-1.7"))).toBeUndefined();
    await expect(ageDecrypt(text("not age"), { password: "x" })).rejects.toBeInstanceOf(AgeUnreadable);
    const costly = text("age-encryption.org/v1\n-> scrypt c2FsdHNhbHRzYWx0c2FsdA 22\nAAAA\n--- AAAA\n");
    const started = Date.now();
    await expect(ageDecrypt(costly, { password: "anything at all" })).rejects.toBeInstanceOf(AgeUnreadable);
    expect(Date.now() - started).toBeLessThan(500);
  });

  it("accepts only age public keys as recipients", async () => {
    const { recipient, identity } = await newAgeKeyPair();
    expect(isAgeRecipient(recipient)).toBe(true);
    expect(isAgeRecipient(identity)).toBe(false);
    expect(isAgeRecipient("age1notakey")).toBe(false);
    expect(isAgeRecipient(`${recipient}x`)).toBe(false);
    expect(isAgeRecipient("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI")).toBe(false);
  });
});
