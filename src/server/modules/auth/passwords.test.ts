import { describe, expect, it } from "vitest";
import { generatePassword, hashPassword, passwordProblems, verifyPassword } from "./passwords.js";

describe("password policy", () => {
  const person = { email: "olena.kovalenko@example.org", displayName: "Olena Kovalenko" };

  it("rejects short, common and personal passwords", async () => {
    expect((await passwordProblems("Short1!", person))[0]?.problem).toBe("password_too_short");
    expect((await passwordProblems("password123456", person))[0]?.problem).toBe("password_common");
    expect((await passwordProblems("qwertyuiop123", person))[0]?.problem).toBe("password_common");
    expect((await passwordProblems("kovalenko-2024-spring", person))[0]?.problem).toBe("password_contains_email");
  });

  it("accepts a long passphrase and the generated passwords", async () => {
    expect(await passwordProblems("river lantern copper wisdom", person)).toEqual([]);
    expect(await passwordProblems(generatePassword(), person)).toEqual([]);
  });

  it("hashes with argon2id and verifies", async () => {
    const stored = await hashPassword("river lantern copper wisdom");
    expect(stored).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored, "river lantern copper wisdom")).toBe(true);
    expect(await verifyPassword(stored, "river lantern copper wisdoM")).toBe(false);
    expect(await verifyPassword("not a hash", "x")).toBe(false);
  });
});
