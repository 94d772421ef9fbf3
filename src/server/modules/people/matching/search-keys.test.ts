import { describe, expect, it } from "vitest";
import { indexKeys, queryKeys, type SearchKey } from "./search-keys.js";

const id = (key: SearchKey) => `${key.kind}:${key.value}`;
const shared = (a: SearchKey[], b: SearchKey[]) => {
  const ids = new Set(b.map(id));
  return a.filter((key) => ids.has(id(key)));
};
const ofKind = (keys: SearchKey[], kind: SearchKey["kind"]) => keys.filter((k) => k.kind === kind).map((k) => k.value);

describe("indexKeys", () => {
  const stored = indexKeys(
    {
      names: ["Olena Kovalenko", "Helena Kowalenko"],
      birthDate: "1990-04-12",
      phones: ["+380 67 123 4567", "not a phone"],
      identityNumbers: ["КВ 123456"],
      emails: [" Olena.K@Example.org"],
    },
    { defaultCountry: "UA" },
  );

  it("stores each key once", () => {
    expect(new Set(stored.map(id)).size).toBe(stored.length);
    expect(ofKind(stored, "name")).toEqual(["olena", "kovalenko"]);
  });

  it("stores the birth date together with its year, and the exact identifiers", () => {
    expect(ofKind(stored, "birth_date")).toEqual(["1990-04-12", "1990"]);
    expect(ofKind(stored, "phone")).toEqual(["+380671234567"]);
    expect(ofKind(stored, "identity")).toEqual(["KB123456"]);
    expect(ofKind(stored, "email")).toEqual(["olena.k@example.org"]);
    expect(ofKind(stored, "name_phonetic").length).toBeGreaterThan(0);
    expect(ofKind(stored, "name_trigram")).toContain("  o");
  });

  it("stores nothing for empty fields", () => {
    expect(indexKeys({ names: [], birthDate: null })).toEqual([]);
  });
});

describe("queryKeys", () => {
  const latinPerson = indexKeys({ names: ["Olena Kovalenko"], birthDate: "1990-04-12" });

  it("finds a Latin-script person from a Cyrillic query, in either order", () => {
    for (const query of ["Олена Коваленко", "Коваленко Олена", "КОВАЛЕНКО", "Елена"]) {
      expect(ofKind(shared(queryKeys(query), latinPerson), "name"), query).not.toHaveLength(0);
    }
    expect(ofKind(shared(queryKeys("Коваленко Олена"), latinPerson), "name").sort()).toEqual(["kovalenko", "olena"]);
  });

  it("reaches a misspelled name through trigrams", () => {
    const common = shared(queryKeys("Kovalemko"), latinPerson);
    expect(ofKind(common, "name")).toEqual([]);
    expect(ofKind(common, "name_trigram").length).toBeGreaterThanOrEqual(5);
  });

  it("detects ISO and day-first dates", () => {
    for (const text of ["Olena 1990-04-12", "Olena 12.04.1990", "12/04/1990", "12-4-1990"]) {
      expect(ofKind(queryKeys(text), "birth_date"), text).toEqual(["1990-04-12", "1990"]);
    }
    expect(ofKind(queryKeys("04/25/1990"), "birth_date")).toEqual(["1990-04-25", "1990"]);
    expect(ofKind(queryKeys("Kovalenko 1990"), "birth_date")).toEqual(["1990"]);
    expect(ofKind(queryKeys("Kovalenko (1990)"), "birth_date")).toEqual(["1990"]);
    expect(ofKind(queryKeys("31.02.1990"), "birth_date")).toEqual([]);
    expect(ofKind(queryKeys("Olena 12.04.1990"), "name")).toEqual(["olena"]);
    expect(ofKind(queryKeys("12.04.1990"), "phone")).toEqual([]);
  });

  it("detects phone numbers, document numbers and e-mail addresses", () => {
    const keys = queryKeys("Коваленко 067 123 45 67 KB 123456 olena.k@example.org", { defaultCountry: "UA" });
    expect(ofKind(keys, "phone")).toContain("+380671234567");
    expect(ofKind(keys, "identity")).toContain("KB123456");
    expect(ofKind(keys, "email")).toEqual(["olena.k@example.org"]);
    expect(ofKind(keys, "name")).toEqual(["kovalenko"]);
    expect(ofKind(queryKeys("+380 67 123 4567"), "phone")).toEqual(["+380671234567"]);
    expect(ofKind(queryKeys("00380671234567"), "phone")).toEqual(["+380671234567"]);
  });

  it("matches stored identifiers typed differently", () => {
    const person = indexKeys({ names: ["Ivan Petrenko"], identityNumbers: ["KB123456"], phones: ["+380671234567"] });
    expect(ofKind(shared(queryKeys("кв 123456"), person), "identity")).toEqual(["KB123456"]);
    expect(ofKind(shared(queryKeys("0671234567", { defaultCountry: "UA" }), person), "phone")).toHaveLength(1);
  });

  it("returns nothing for empty input", () => {
    expect(queryKeys("   ")).toEqual([]);
  });

  it("finds a full name by its two words together, in either order and script", () => {
    const person = indexKeys({ names: ["Olena Petrivna Kovalenko", "Lena Smith"] });
    expect(ofKind(person, "name_pair")).toContain("kovalenko olena");
    // Words of two different names are not a pair: the alias is another name, not more of the first.
    expect(ofKind(person, "name_pair")).not.toContain("kovalenko smith");
    for (const query of ["Коваленко Олена", "Olena Kowalenko"]) {
      expect(ofKind(shared(queryKeys(query), person), "name_pair"), query).toEqual(["kovalenko olena"]);
    }
  });

  it("finds a full name with a typo in one word through the other word and the first letters of the typed one", () => {
    const person = indexKeys({ names: ["Olena Kovalenko"] });
    const typo = shared(queryKeys("Olena Kovalemko"), person);
    expect(ofKind(typo, "name_pair")).toEqual([]);
    expect(ofKind(typo, "name_block")).toEqual(["olena kov"]);
    expect(ofKind(shared(queryKeys("Olga Kovalchuk"), person), "name_block")).toEqual([]);
  });
});
