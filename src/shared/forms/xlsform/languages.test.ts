import { describe, expect, it } from "vitest";
import { codeForName, languageFromSpec, languageSpec } from "./languages.js";

describe("languageFromSpec", () => {
  it("takes the code from the parentheses and keeps the written name", () => {
    expect(languageFromSpec("English (en)")).toEqual({ code: "en", name: "English" });
    expect(languageFromSpec("Українська (uk)")).toEqual({ code: "uk", name: "Українська" });
    expect(languageFromSpec(" Dari (prs) ")).toEqual({ code: "prs", name: "Dari" });
  });

  it("recognises language names in English and in the language itself", () => {
    expect(languageFromSpec("Ukrainian")).toEqual({ code: "uk", name: "Ukrainian" });
    expect(languageFromSpec("Русский")).toEqual({ code: "ru", name: "Русский" });
    expect(languageFromSpec("Русский язык")?.code).toBe("ru");
    expect(languageFromSpec("Polski")?.code).toBe("pl");
    expect(languageFromSpec("Română")?.code).toBe("ro");
    expect(languageFromSpec("Romana")?.code).toBe("ro");
    expect(languageFromSpec("french")?.code).toBe("fr");
    expect(codeForName("Moldovan")).toBe("ro");
  });

  it("uses the name for the rest of a spec whose parentheses hold no code", () => {
    expect(languageFromSpec("Ukrainian (Ukraine)")).toEqual({ code: "uk", name: "Ukrainian (Ukraine)" });
  });

  it("keeps an unknown name as its own code", () => {
    expect(languageFromSpec("Surzhyk")).toEqual({ code: "Surzhyk", name: "Surzhyk" });
  });

  it("refuses an empty or absurdly long name", () => {
    expect(languageFromSpec("  ")).toBeUndefined();
    expect(languageFromSpec("x".repeat(101))).toBeUndefined();
    expect(languageFromSpec("y".repeat(40))).toBeUndefined();
  });

  it("writes a suffix that reads back as the same language", () => {
    for (const spec of ["English (en)", "Ukrainian", "Surzhyk", "Ukrainian (Ukraine)", "uk"]) {
      const language = languageFromSpec(spec);
      if (!language) throw new Error(spec);
      expect(languageFromSpec(languageSpec(language) ?? "")).toEqual(language);
    }
    expect(languageSpec({ code: "default" })).toBeUndefined();
    expect(languageSpec({ code: "uk", name: "Ukrainian" })).toBe("Ukrainian (uk)");
  });
});
