import { describe, expect, it } from "vitest";
import type { FormItem, LocalizedText } from "../../forms/definition.js";
import { formDefinitionSchema } from "../../forms/definition.js";
import { compileForm } from "../../forms/engine/index.js";
import { compileScoring } from "../scoring/index.js";
import { BUILT_IN_INSTRUMENTS } from "./index.js";
import { INSTRUMENT_LANGUAGES } from "./text.js";

/** Every text of a form, with where it is, so a gap names the question or choice that lacks it. */
function texts(items: readonly FormItem[]): [string, LocalizedText | undefined][] {
  return items.flatMap((item): [string, LocalizedText | undefined][] => {
    if (item.kind !== "question") return [[`${item.name}.label`, item.label], ...texts(item.items)];
    const out: [string, LocalizedText | undefined][] = [];
    if (item.type !== "calculate") out.push([`${item.name}.label`, item.label]);
    if (item.hint) out.push([`${item.name}.hint`, item.hint]);
    if (item.constraintMessage) out.push([`${item.name}.constraintMessage`, item.constraintMessage]);
    return out;
  });
}

function missingLanguages(text: LocalizedText | undefined): string[] {
  return INSTRUMENT_LANGUAGES.filter((language) => !text?.[language]?.trim());
}

describe.each(BUILT_IN_INSTRUMENTS.map((instrument) => [instrument.id, instrument] as const))(
  "%s",
  (id, instrument) => {
    it("is a valid form definition that compiles without issues", () => {
      expect(instrument.form.formId).toBe(id);
      expect(formDefinitionSchema.safeParse(instrument.form).success).toBe(true);
      const compiled = compileForm(instrument.form);
      expect(compiled.ok ? [] : compiled.issues).toEqual([]);
    });

    it("has scoring rules that compile against it", () => {
      const compiled = compileForm(instrument.form);
      if (!compiled.ok) throw new Error("form does not compile");
      const scoring = compileScoring(compiled.form, instrument.rules);
      expect(scoring.ok ? [] : scoring.issues).toEqual([]);
    });

    it("labels every question, group, hint and message in all five languages", () => {
      const gaps = texts(instrument.form.items)
        .map(([where, text]) => [where, missingLanguages(text)] as const)
        .filter(([, missing]) => missing.length > 0);
      expect(gaps).toEqual([]);
      expect(missingLanguages(instrument.form.title)).toEqual([]);
      expect(instrument.form.languages.map((l) => l.code)).toEqual([...INSTRUMENT_LANGUAGES]);
    });

    it("labels every choice in all five languages", () => {
      const gaps = Object.entries(instrument.form.choiceLists).flatMap(([list, choices]) =>
        choices.filter((choice) => missingLanguages(choice.label).length > 0).map((choice) => `${list}.${choice.name}`),
      );
      expect(gaps).toEqual([]);
    });
  },
);

describe("built-in instruments", () => {
  it("the rapid screening has 40 to 70 questions", () => {
    const rapid = BUILT_IN_INSTRUMENTS.find((i) => i.id === "rapid_screening");
    const compiled = rapid && compileForm(rapid.form);
    if (!compiled?.ok) throw new Error("rapid screening does not compile");
    const questions = [...compiled.form.fields.values()].filter(
      (f) => f.kind === "question" && f.type !== "calculate" && f.type !== "note",
    );
    expect(questions.length).toBeGreaterThanOrEqual(40);
    expect(questions.length).toBeLessThanOrEqual(70);
  });

  it("the label check finds a missing translation", () => {
    const broken: FormItem[] = [
      { kind: "question", name: "q", type: "text", label: { en: "Q", uk: "П", ru: "В", pl: "P" } },
    ];
    expect(texts(broken).map(([where, text]) => [where, missingLanguages(text)])).toEqual([["q.label", ["ro"]]]);
  });
});
