import { describe, expect, it } from "vitest";
import { conflictingGivenNameVariants, nameSkeleton, nameTokens, wordSkeleton } from "./latin-skeleton.js";
import { phoneticKeys } from "./phonetic.js";

/** Every spelling in a group must reduce to one skeleton. */
const SAME_WORD: Record<string, string[]> = {
  Olena: ["Олена", "Olena", "Helena", "Елена", "Yelena", "Jelena", "Elena"],
  Kovalenko: ["Коваленко", "Kovalenko", "Kowalenko", "KOVALENKO"],
  Yurii: ["Юрій", "Юрий", "Jurij", "Yuriy", "Yurii", "Iurii", "Yuri"],
  Stefan: ["Ștefan", "Stefan", "Штефан", "Ştefan"],
  Shevchenko: ["Шевченко", "Shevchenko", "Schewtschenko", "Szewczenko", "Ševčenko"],
  Mariana: ["Мар'яна", "Мар’яна", "Марʼяна", "Mariana", "Maryana", "Mar'yana", "Marjana"],
  Nataliia: ["Наталія", "Наталья", "Nataliia", "Nataliya", "Natalia", "Natalya", "Natalja"],
  Mykhailo: ["Михайло", "Михаил", "Mykhailo", "Mychajlo", "Mikhail", "Michał", "Mihail"],
  Khmelnytskyi: ["Хмельницький", "Хмельницкий", "Khmelnytskyi", "Khmelnitsky", "Chmielnicki", "Chmelnyckyj"],
  Kovalchuk: ["Ковальчук", "Kovalchuk", "Kowalczuk"],
  Olha: ["Ольга", "Olha", "Olga"],
  Illia: ["Ілля", "Илья", "Illia", "Ilya", "Ilja"],
  Hnatiuk: ["Гнатюк", "Hnatiuk", "Hnatyuk", "Gnatiuk", "Hnatjuk"],
  Yevhen: ["Євген", "Евгений", "Yevhen", "Ievgen", "Jewgen", "Evgeniy"],
  Shcherbak: ["Щербак", "Shcherbak", "Szczerbak"],
  Oleksii: ["Олексій", "Алексей", "Oleksiy", "Oleksii", "Oleksij", "Aleksey"],
  Dmytro: ["Дмитро", "Дмитрий", "Dmytro", "Dmitriy"],
  Zhuk: ["Жук", "Zhuk", "Żuk"],
  Semen: ["Семен", "Семён", "Semen", "Semyon", "Siemion"],
  Yaroslav: ["Ярослав", "Yaroslav", "Jarosław", "Iaroslav"],
  Khrystyna: ["Христина", "Khrystyna", "Chrystyna", "Krystyna"],
  Tsoi: ["Цой", "Tsoi", "Coj"],
};

describe("name skeletons", () => {
  for (const [name, spellings] of Object.entries(SAME_WORD)) {
    it(`reduces every spelling of ${name} to one skeleton`, () => {
      const skeletons = new Set(spellings.map(nameSkeleton));
      expect([...skeletons], spellings.join(", ")).toHaveLength(1);
    });
  }

  it("keeps different names apart", () => {
    const distinct = ["Olena", "Olga", "Oksana", "Ivan", "Iryna", "Kovalenko", "Kovalchuk", "Petrenko", "Shevchuk"];
    expect(new Set(distinct.map(nameSkeleton)).size).toBe(distinct.length);
    expect(wordSkeleton("Шевченко")).not.toBe(wordSkeleton("Севченко"));
    expect(wordSkeleton("Чорний")).not.toBe(wordSkeleton("Чорна"));
  });

  it("gives every spelling of a full name in the brief a shared skeleton or phonetic code", () => {
    const spellings = [
      "Олена Коваленко",
      "Olena Kovalenko",
      "Olena Kowalenko",
      "Helena Kowalenko",
      "Елена Коваленко",
      "Yelena Kovalenko",
    ];
    const keysOf = (name: string) => {
      const tokens = nameTokens(name);
      return new Set([...tokens, ...tokens.flatMap(phoneticKeys).map((code) => `#${code}`)]);
    };
    const [first, ...rest] = spellings.map(keysOf);
    for (const [i, keys] of rest.entries()) {
      expect(
        [...keys].filter((key) => first?.has(key)),
        spellings[i + 1],
      ).not.toHaveLength(0);
    }
    // With the spelling rules and the given-name table, they are in fact all the same two skeletons.
    expect(new Set(spellings.map((name) => nameTokens(name).sort().join(" "))).size).toBe(1);
  });

  it("does not let different people collide on their full-name skeletons", () => {
    const people = ["Olena Kovalenko", "Olga Kovalchuk", "Ivan Petrenko"].map((name) => nameTokens(name).join(" "));
    expect(new Set(people).size).toBe(3);
    const [olena, olga] = ["Olena Kovalenko", "Olga Kovalchuk"].map(nameTokens);
    expect(olena?.filter((token) => olga?.includes(token))).toEqual([]);
  });

  it("splits hyphenated and multi-part names, ignores order, initials, digits and punctuation", () => {
    expect(nameTokens("Коваленко-Петренко Олена Петрівна")).toEqual(["kovalenko", "petrenko", "olena", "petrivna"]);
    expect(nameTokens("Kovalenko, Olena").sort()).toEqual(nameTokens("Олена Коваленко").sort());
    expect(nameTokens("O. K. Kovalenko (2nd) 123")).toEqual(["kovalenko"]);
    expect(nameTokens("Anna Anna")).toEqual(["xana"]);
    expect(nameTokens("  ,;- ")).toEqual([]);
  });

  it("unifies -ий/-ій/-yi/-iy/-ij/-y endings", () => {
    const endings = ["Зеленський", "Зеленский", "Zelenskyi", "Zelenskiy", "Zelenskij", "Zelensky", "Zełenski"];
    expect(new Set(endings.map(nameSkeleton)).size).toBe(1);
  });

  it("has a consistent given-name table", () => {
    expect(conflictingGivenNameVariants()).toEqual([]);
  });
});

describe("phonetic keys", () => {
  it("forgives what the skeleton keeps apart", () => {
    const [german, ukrainian] = ["Selenskyj", "Zelenskyi"].map(nameSkeleton);
    expect(german).not.toBe(ukrainian);
    expect(phoneticKeys(german ?? "")).toEqual(phoneticKeys(ukrainian ?? ""));
  });

  it("distinguishes Olha from Olena and ignores one-letter input", () => {
    expect(phoneticKeys(nameSkeleton("Olha"))).not.toEqual(phoneticKeys(nameSkeleton("Olena")));
    expect(phoneticKeys("a")).toEqual([]);
  });
});
