import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import type { SitrepFigure } from "../api/sitrep.js";
import { CATALOGUES } from "../i18n/catalogues.js";
import { LANGUAGES, type Language } from "../i18n/languages.js";
import { defaultTitle, overviewText } from "./draft-text.js";
import { FIGURE_KEYS } from "./figure-keys.js";
import { figureLabel, figureText, figureValue, missingText, sectionHeading, type Translate } from "./figure-text.js";

const figure = (key: string, value: number | null, params: SitrepFigure["params"] = {}): SitrepFigure => ({
  key,
  value,
  suppressed: value === null,
  params,
});

describe("figure words", () => {
  const t = {} as Record<Language, Translate>;
  beforeAll(async () => {
    const instance = i18next.createInstance();
    await instance.init({
      resources: Object.fromEntries(LANGUAGES.map((lang) => [lang, { translation: CATALOGUES[lang] }])),
      fallbackLng: "en",
      interpolation: { escapeValue: false },
      initAsync: false,
      showSupportNotice: false,
    });
    for (const lang of LANGUAGES) t[lang] = instance.getFixedT(lang) as unknown as Translate;
  });

  it("reads a figure as a sentence with the number formatted and the plural of the language", () => {
    expect(figureText(t.en, figure("people_assisted", 16511), "en")).toBe("16,511 people received direct assistance");
    expect(figureText(t.en, figure("people_assisted", 1), "en")).toBe("1 person received direct assistance");
    expect(figureText(t.uk, figure("people_assisted", 2), "uk")).toBe("2 особи отримали пряму допомогу");
    expect(figureText(t.uk, figure("people_assisted", 243), "uk")).toBe("243 особи отримали пряму допомогу");
    expect(figureText(t.uk, figure("people_assisted", 5), "uk")).toBe("5 осіб отримали пряму допомогу");
    expect(figureText(t.ru, figure("hotline_consultations", 21), "ru")).toBe("21 консультация предоставлена");
    expect(figureText(t.pl, figure("trainings", 12), "pl")).toBe("12 przeprowadzonych szkoleń");
    expect(figureText(t.ro, figure("cases_opened", 20), "ro")).toBe("20 de cazuri deschise");
    expect(figureText(t.ro, figure("cases_opened", 3), "ro")).toBe("3 cazuri deschise");
  });

  it("says a withheld figure is fewer than the threshold, in words that agree with it", () => {
    expect(figureText(t.en, figure("people_screened", null), "en")).toBe(
      "fewer than 5 people screened for vulnerabilities",
    );
    expect(figureText(t.uk, figure("people_assisted", null), "uk")).toBe("менше ніж 5 осіб отримали пряму допомогу");
    expect(figureValue(t.en, { value: null, suppressed: false }, "en")).toBe("not available");
    expect(figureValue(t.pl, { value: 1350000, suppressed: false }, "pl")).toBe("1\u00a0350\u00a0000");
  });

  it("adds the breakdown by sex, or says it is withheld", () => {
    const victims = figure("victims_assisted", 10, { female: 2, male: 8, other: 0 });
    expect(figureText(t.en, victims, "en")).toBe("10 victims of trafficking assisted (2 women and 8 men)");
    expect(figureText(t.uk, victims, "uk")).toBe(
      "10 осіб, постраждалих від торгівлі людьми, отримали допомогу (2 жінки і 8 чоловіків)",
    );
    const hidden = figure("victims_assisted", 10, { female: null, male: null, other: 0 });
    expect(figureText(t.en, hidden, "en")).toBe("10 victims of trafficking assisted (breakdown by sex withheld)");
    expect(figureText(t.en, figure("training_participants", 37, { female: 0, male: 37, other: 0 }), "en")).toBe(
      "37 participants trained (37 men)",
    );
  });

  it("names list values from the catalogue, the organisation's own label first", () => {
    expect(figureText(t.en, figure("people_assisted_by_type", 23, { type: "ShelterAndAccommodation" }), "en")).toBe(
      "Shelter and accommodation: 23 people",
    );
    expect(
      figureText(t.en, figure("people_assisted_by_type", 7, { type: "own_type", label: "Winter kits" }), "en"),
    ).toBe("Winter kits: 7 people");
    expect(figureLabel(t.en, figure("people_assisted_by_type", 7, { type: "own_type", label: "Winter kits" }))).toBe(
      "Winter kits",
    );
    expect(figureLabel(t.en, figure("hotline_contacts", 9))).toBe("Helpline calls and messages");
  });

  it("has a sentence and a label for every figure in every language", () => {
    for (const lang of LANGUAGES) {
      for (const key of FIGURE_KEYS) {
        const text = figureText(t[lang], figure(key, 7, { type: "Cash", group: "police", material: "flyer" }), lang);
        expect([lang, key, text.includes("sitrep.")]).toEqual([lang, key, false]);
        expect(figureLabel(t[lang], figure(key, 7))).not.toMatch(/^sitrep\./);
      }
    }
  });

  it("names sections, missing figures, the default title and the overview", () => {
    expect(sectionHeading(t.en, "convening")).toBe("Convening and dialogue");
    expect(sectionHeading(t.pl, "training")).toBe("Szkolenia i budowanie potencjału");
    const missing = { key: "hotline", reason: "no_records_in_period", officeId: null };
    expect(missingText(t.en, missing)).toBe("Helpline: no records in the reporting period");
    expect(missingText(t.en, missing, "Lviv")).toBe("Lviv — Helpline: no records in the reporting period");
    expect(defaultTitle(t.en, "2022-05", "2022-05", "en")).toBe("Situation report — May 2022");
    expect(defaultTitle(t.ro, "2022-03", "2022-05", "ro")).toBe("Raport de situație — martie – mai 2022");
    expect(
      overviewText(
        t.en,
        {
          fromMonth: "2022-05",
          toMonth: "2022-05",
          officeNames: ["Warsaw", "Lviv"],
          headline: [figure("trainings", 3)],
        },
        "en",
      ),
    ).toBe("Offices: Warsaw and Lviv. During the reporting period (May 2022): 3 trainings held.");
  });
});
