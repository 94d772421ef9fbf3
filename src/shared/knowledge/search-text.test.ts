import { describe, expect, it } from "vitest";
import { addMonths, isReviewOverdue, pickLanguage } from "./articles.js";
import { foldText, matchRanges, plainTextOfMarkdown, queryWords, searchWords, snippetOf } from "./search-text.js";

describe("search text", () => {
  it("folds case, diacritics and apostrophes the same in every script", () => {
    expect(foldText("ŁÓDŹ Zażółć")).toBe("lodz zazolc");
    expect(foldText("ЁЛКА Їжак Пам'ять пам’ять")).toBe("елка іжак память память");
    expect(foldText("Ştefan Ștefan")).toBe("stefan stefan");
  });

  it("splits into words of letters and digits, leaving out overlong ones", () => {
    expect(searchWords("Гаряча лінія: 0 800 500-335, e-mail info@example.org")).toEqual([
      "гаряча",
      "лінія",
      "0",
      "800",
      "500",
      "335",
      "e",
      "mail",
      "info",
      "example",
      "org",
    ]);
    expect(searchWords(`key ${"x".repeat(61)}`)).toEqual(["key"]);
    expect(queryWords("a b c d e f g h i j")).toHaveLength(8);
    expect(queryWords("'захист':* & !(x)")).toEqual(["захист", "x"]);
  });

  it("finds word beginnings in the original text, diacritics and all", () => {
    const text = "Urząd w Łodzi, urzędnik";
    expect(matchRanges(text, ["urzad", "lodz"]).map(([a, b]) => text.slice(a, b))).toEqual(["Urząd", "Łodz"]);
    // Inside a word is not a match.
    expect(matchRanges("безпека", ["пека"])).toEqual([]);
    expect(matchRanges(text, [])).toEqual([]);
  });

  it("makes a plain snippet around the first match", () => {
    expect(plainTextOfMarkdown("# Title\n\n- **Call** [112](tel:112) `now`")).toBe("Title Call 112 now");
    const body = `${"Вступ. ".repeat(40)}Тут є **притулок** для людей. ${"Кінець. ".repeat(40)}`;
    const snippet = snippetOf(body, ["притулок"], 120);
    expect(snippet).toContain("притулок");
    expect(snippet.startsWith("… ")).toBe(true);
    expect(snippet.endsWith(" …")).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(126);
    expect(snippetOf("Short text.", [])).toBe("Short text.");
  });
});

describe("article dates and languages", () => {
  it("adds months, keeping the end of a month inside the month", () => {
    expect(addMonths("2026-01-15", 6)).toBe("2026-07-15");
    expect(addMonths("2026-08-31", 6)).toBe("2027-02-28");
    expect(addMonths("2027-12-31", 2)).toBe("2028-02-29");
  });

  it("is overdue from the day after the review date", () => {
    expect(isReviewOverdue("2026-03-01", "2026-03-01")).toBe(false);
    expect(isReviewOverdue("2026-03-01", "2026-03-02")).toBe(true);
  });

  it("picks the preferred language the article has, else English, else its first", () => {
    expect(pickLanguage(["en", "uk"], ["uk"])).toBe("uk");
    expect(pickLanguage(["en", "uk"], ["ro", undefined])).toBe("en");
    expect(pickLanguage(["ru", "pl"], ["ro"])).toBe("ru");
  });
});
