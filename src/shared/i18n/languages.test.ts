import { describe, expect, it } from "vitest";
import { negotiateLanguage } from "./languages.js";

describe("language negotiation", () => {
  it("picks the best supported language by weight", () => {
    expect(negotiateLanguage("de-DE,uk;q=0.9,en;q=0.5")).toBe("uk");
    expect(negotiateLanguage("ro-RO")).toBe("ro");
    expect(negotiateLanguage("en;q=0.2,pl;q=0.8")).toBe("pl");
  });

  it("falls back to English", () => {
    expect(negotiateLanguage(undefined)).toBe("en");
    expect(negotiateLanguage("de,fr")).toBe("en");
    expect(negotiateLanguage(";;;")).toBe("en");
  });
});
