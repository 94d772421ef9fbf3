import { describe, expect, it } from "vitest";
import { birthDateKey, birthYearKey, emailKey, identityKey, phoneKey } from "./contact-keys.js";
import { trigrams } from "./trigrams.js";

describe("phone keys", () => {
  it("normalises the usual ways of writing one number to E.164", () => {
    const forms = [
      phoneKey("+380 67 123 4567"),
      phoneKey("+380 (67) 123-45-67"),
      phoneKey("0671234567", "UA"),
      phoneKey("067 123 45 67", "UA"),
      phoneKey("00380671234567"),
      phoneKey("00380 67 123 45 67", "PL"),
      phoneKey("+380671234567", "PL"),
    ];
    expect(new Set(forms)).toEqual(new Set(["+380671234567"]));
  });

  it("rejects what cannot be a number", () => {
    expect(phoneKey("0671234567")).toBeUndefined();
    expect(phoneKey("12345", "UA")).toBeUndefined();
    expect(phoneKey("+380 12 3")).toBeUndefined();
    expect(phoneKey("unknown")).toBeUndefined();
  });

  it("keeps the national number of another country apart", () => {
    expect(phoneKey("512 345 678", "PL")).toBe("+48512345678");
  });
});

describe("identity, e-mail and birth date keys", () => {
  it("keeps upper-case letters and digits only and folds Cyrillic look-alikes", () => {
    expect(identityKey("kb 123-456")).toBe("KB123456");
    expect(identityKey("КВ 123456")).toBe("KB123456");
    expect(identityKey(" AB/12 34 56 ")).toBe("AB123456");
    expect(identityKey("12-3")).toBeUndefined();
    expect(identityKey("ABCDEF")).toBeUndefined();
  });

  it("trims and lower-cases e-mail addresses", () => {
    expect(emailKey("  Olena.K@Example.ORG ")).toBe("olena.k@example.org");
    expect(emailKey("not an address")).toBeUndefined();
  });

  it("accepts real dates and bare years only", () => {
    expect(birthDateKey("1990-04-12")).toBe("1990-04-12");
    expect(birthDateKey("1990-04-12T00:00:00.000Z")).toBe("1990-04-12");
    expect(birthDateKey("1990")).toBe("1990");
    expect(birthDateKey("1990-02-30")).toBeUndefined();
    expect(birthDateKey("12.04.1990")).toBeUndefined();
    expect(birthDateKey("1850-01-01")).toBeUndefined();
    expect(birthYearKey("1990-04-12")).toBe("1990");
  });
});

describe("trigrams", () => {
  it("pads like pg_trgm and drops repeats", () => {
    expect(trigrams("olena")).toEqual(["  o", " ol", "ole", "len", "ena", "na "]);
    expect(trigrams("aaaa")).toEqual(["  a", " aa", "aaa", "aa "]);
    expect(trigrams("")).toEqual([]);
  });
});
