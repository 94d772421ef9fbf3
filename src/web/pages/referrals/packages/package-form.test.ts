import { describe, expect, it } from "vitest";
import { type PackageForm, passwordStrength, toPackageInput } from "./package-form.js";

const KEY = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p";
const base: PackageForm = { method: "password", password: "", recipient: "", language: "uk", expiresInDays: 7 };

describe("package form", () => {
  it("judges a password by its length first, then by its variety", () => {
    expect(passwordStrength("Abc1!xyz")).toBe("short");
    expect(passwordStrength("aaaaaaaaaaaaaaaa")).toBe("weak");
    expect(passwordStrength("onlylowercaseletters")).toBe("weak");
    expect(passwordStrength("river7stone4k")).toBe("fair");
    expect(passwordStrength("River-7-stone-4-lamp")).toBe("strong");
  });

  it("asks for a password of at least 12 characters and sends no key with it", () => {
    expect(toPackageInput(base).problems).toEqual({ password: "required" });
    expect(toPackageInput({ ...base, password: "short one" }).problems).toEqual({ password: "tooShort" });
    const { input } = toPackageInput({ ...base, password: "long enough pass", recipient: KEY });
    expect(input).toEqual({ method: "password", password: "long enough pass", language: "uk", expiresInDays: 7 });
  });

  it("takes a public key that looks like one, trimmed, and leaves a typed password behind", () => {
    const keyed = { ...base, method: "public_key" as const, password: "typed before switching" };
    expect(toPackageInput(keyed).problems).toEqual({ recipient: "required" });
    expect(toPackageInput({ ...keyed, recipient: "ssh-ed25519 AAAA" }).problems).toEqual({ recipient: "notAKey" });
    const { input } = toPackageInput({ ...keyed, recipient: ` ${KEY}\n`, expiresInDays: "30" });
    expect(input).toEqual({ method: "public_key", recipient: KEY, language: "uk", expiresInDays: 30 });
  });

  it("keeps the expiry between 1 and 30 whole days", () => {
    const ok = { ...base, password: "long enough pass" };
    expect(toPackageInput({ ...ok, expiresInDays: 0 }).problems).toEqual({ expiresInDays: "days" });
    expect(toPackageInput({ ...ok, expiresInDays: 31 }).problems).toEqual({ expiresInDays: "days" });
    expect(toPackageInput({ ...ok, expiresInDays: "" }).problems).toEqual({ expiresInDays: "days" });
    expect(toPackageInput({ ...ok, expiresInDays: 1 }).input?.expiresInDays).toBe(1);
  });
});
