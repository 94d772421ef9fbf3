// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm writes field references as ${name} in plain text.
import { describe, expect, it } from "vitest";
import { choicesFor, errorsAt, isRelevant } from "./helpers.js";
import { choices, compiled, q } from "./test-helpers.js";

const TODAY = { today: "2024-03-15" };

describe("relevance", () => {
  const form = compiled(
    [
      q("consent", "select_one", { listName: "yn", required: "yes" }),
      q("reason", "text", { relevant: "${consent} = 'no'", required: "yes" }),
      {
        kind: "group",
        name: "interview",
        relevant: "${consent} = 'yes'",
        items: [q("age", "integer", { required: "yes" }), q("work", "text", { relevant: "${age} >= 14" })],
      },
    ],
    { yn: choices("yes", "no") },
  );

  it("hides questions and groups and clears their answers", () => {
    const result = form.evaluate({ consent: "no", reason: "busy", age: 30, work: "farm" });
    expect(result.values).toEqual({ consent: "no", reason: "busy" });
    expect(result.relevant).toEqual({ consent: true, reason: true, interview: false, age: false, work: false });
    expect(result.errors).toEqual([]);
    expect(isRelevant(result, "age")).toBe(false);
    expect(isRelevant(result, "reason")).toBe(true);
    expect(isRelevant(result, "no_such")).toBe(false);
  });

  it("applies required only while relevant", () => {
    expect(form.evaluate({ consent: "yes" }).errors).toEqual([{ path: "age", code: "required" }]);
    expect(form.evaluate({ consent: "no" }).errors).toEqual([{ path: "reason", code: "required" }]);
    expect(form.evaluate({}).errors).toEqual([{ path: "consent", code: "required" }]);
  });

  it("follows chains of relevance through values", () => {
    const result = form.evaluate({ consent: "yes", age: 10, work: "x" });
    expect(result.relevant.work).toBe(false);
    expect(result.values).toEqual({ consent: "yes", age: 10 });
    expect(form.evaluate({ consent: "yes", age: "16", work: "x" }).values).toEqual({
      consent: "yes",
      age: 16,
      work: "x",
    });
  });

  it("serialises relevance and choices with the values", () => {
    const json = JSON.parse(JSON.stringify(form.evaluate({ consent: "yes", age: 20 })));
    expect(json).toEqual({
      values: { consent: "yes", age: 20 },
      relevant: { consent: true, reason: false, interview: true, age: true, work: true },
      choices: { consent: ["yes", "no"] },
      errors: [],
    });
  });
});

describe("constraints and required", () => {
  const form = compiled([
    q("age", "integer", {
      constraint: ". >= 0 and . <= 120",
      constraintMessage: { en: "Age must be 0–120", uk: "Вік 0–120" },
    }),
    q("phone", "text", { constraint: "regex(., '^[0-9]{6,12}$')" }),
    q("guardian", "text", { required: "${age} < 18", requiredMessage: { en: "Needed for minors" } }),
  ]);

  it("runs constraints against `.` and returns the author's message", () => {
    expect(form.evaluate({ age: 130, phone: "123456" }).errors).toEqual([
      { path: "age", code: "constraint", message: { en: "Age must be 0–120", uk: "Вік 0–120" } },
    ]);
    expect(form.evaluate({ age: 40, phone: "12ab" }).errors).toEqual([{ path: "phone", code: "constraint" }]);
  });

  it("skips constraints on empty answers and evaluates required expressions", () => {
    expect(form.evaluate({}).errors).toEqual([]);
    expect(form.evaluate({ age: 12 }).errors).toEqual([
      { path: "guardian", code: "required", message: { en: "Needed for minors" } },
    ]);
    expect(form.evaluate({ age: 12, guardian: "mother" }).errors).toEqual([]);
  });
});

describe("calculations and defaults", () => {
  const form = compiled(
    [
      q("dob", "date"),
      q("age", "calculate", { calculation: "int((today() - ${dob}) div 365.25)" }),
      q("minor", "calculate", { calculation: "${age} < 18" }),
      q("label", "calculate", { calculation: "if(${minor}, 'child', 'adult')" }),
      q("next_visit", "date", { calculation: "date(${dob} + 30)" }),
      q("country", "select_one", { listName: "countries", default: "UA" }),
      q("languages", "select_multiple", { listName: "langs", default: "uk ru" }),
      q("visit", "date", { default: "today()" }),
      q("note", "note", { label: { en: "Info" } }),
    ],
    { countries: choices("UA", "PL"), langs: choices("uk", "ru", "pl") },
  );

  it("computes age from a birth date with a fixed today, and chains calculations", () => {
    const result = form.evaluate({ dob: "2010-03-16" }, TODAY);
    expect(result.values).toMatchObject({ dob: "2010-03-16", age: 13, minor: true, label: "child" });
    expect(result.values.next_visit).toBe("2010-04-15");
    expect(form.evaluate({ dob: "2000-01-01" }, TODAY).values).toMatchObject({ age: 24, minor: false, label: "adult" });
  });

  it("leaves calculations that fail (NaN) empty", () => {
    const result = form.evaluate({}, TODAY);
    expect(result.values.age).toBeUndefined();
    expect(result.values.minor).toBe(false);
    expect(result.values.next_visit).toBeUndefined();
  });

  it("applies defaults to missing answers only", () => {
    expect(form.evaluate({}, TODAY).values).toMatchObject({
      country: "UA",
      languages: ["uk", "ru"],
      visit: "2024-03-15",
    });
    const cleared = form.evaluate({ country: null, languages: [], visit: "" }, TODAY).values;
    expect(cleared).not.toHaveProperty("country");
    expect(cleared).not.toHaveProperty("languages");
    expect(cleared).not.toHaveProperty("visit");
    expect(form.evaluate({ country: "PL" }, TODAY).values.country).toBe("PL");
  });

  it("ignores submitted values of calculated fields and refuses answers to notes", () => {
    const result = form.evaluate({ dob: "2000-01-01", age: 99, note: "hi" }, TODAY);
    expect(result.values.age).toBe(24);
    expect(result.errors).toEqual([{ path: "note", code: "read_only" }]);
  });

  it("gives the same values when its own output is evaluated again", () => {
    const first = form.evaluate({ dob: "2001-07-04", languages: "pl" }, TODAY);
    const second = form.evaluate(first.values, TODAY);
    expect(second.values).toEqual(first.values);
    expect(second.errors).toEqual([]);
  });
});

describe("choice filters", () => {
  const form = compiled(
    [
      q("country", "select_one", { listName: "countries" }),
      q("crossing", "select_one", { listName: "crossings", choiceFilter: "country=${country}" }),
      q("also", "select_multiple", { listName: "crossings", choiceFilter: "country=${country} or name='other'" }),
    ],
    {
      countries: choices("UA", "PL"),
      crossings: [
        { name: "shehyni", label: { en: "Shehyni" }, properties: { country: "UA" } },
        { name: "medyka", label: { en: "Medyka" }, properties: { country: "PL" } },
        { name: "porubne", label: { en: "Porubne" }, properties: { country: "UA" } },
        { name: "other", label: { en: "Other" } },
      ],
    },
  );

  it("offers only choices whose columns match", () => {
    const result = form.evaluate({ country: "UA" });
    expect(result.choices.crossing).toEqual(["shehyni", "porubne"]);
    expect(choicesFor(result, "also")).toEqual(["shehyni", "porubne", "other"]);
    expect(choicesFor(result, "country")).toEqual(["UA", "PL"]);
    expect(form.evaluate({ country: "PL" }).choices.crossing).toEqual(["medyka"]);
  });

  it("rejects an answer the filter excludes", () => {
    const result = form.evaluate({ country: "PL", crossing: "shehyni", also: ["medyka", "porubne"] });
    expect(result.errors).toEqual([
      { path: "crossing", code: "choice_filtered" },
      { path: "also", code: "choice_filtered" },
    ]);
    expect(errorsAt(result, "also")).toEqual([{ path: "also", code: "choice_filtered" }]);
    expect(form.evaluate({ country: "PL", crossing: "medyka", also: "medyka other" }).errors).toEqual([]);
  });
});

describe("answer types", () => {
  const form = compiled(
    [
      q("i", "integer"),
      q("d", "decimal"),
      q("day", "date"),
      q("one", "select_one", { listName: "abc" }),
      q("many", "select_multiple", { listName: "abc" }),
      q("where", "geopoint"),
      q("ok", "acknowledge"),
      q("t", "text"),
    ],
    { abc: choices("a", "b", "c") },
  );

  const errorOf = (answers: Record<string, unknown>) => form.evaluate(answers as never).errors;

  it("normalises valid answers", () => {
    const result = form.evaluate({
      i: "42",
      d: "3.5",
      day: "2024-02-29",
      one: "b",
      many: "c a c",
      where: "50.45 30.52 180 5",
      ok: true,
      t: "text",
    });
    expect(result.errors).toEqual([]);
    expect(result.values).toEqual({
      i: 42,
      d: 3.5,
      day: "2024-02-29",
      one: "b",
      many: ["c", "a"],
      where: { lat: 50.45, lon: 30.52, alt: 180, accuracy: 5 },
      ok: "OK",
      t: "text",
    });
    expect(form.evaluate({ where: { lat: -33.9, lon: 18.4 } }).values.where).toEqual({ lat: -33.9, lon: 18.4 });
  });

  it("refuses answers of the wrong type", () => {
    expect(errorOf({ i: 1.5 })).toEqual([{ path: "i", code: "type" }]);
    expect(errorOf({ i: 2 ** 60 })).toEqual([{ path: "i", code: "type" }]);
    expect(errorOf({ d: "1e400" })).toEqual([{ path: "d", code: "type" }]);
    expect(errorOf({ d: Number.NaN })).toEqual([{ path: "d", code: "type" }]);
    expect(errorOf({ day: "2023-02-29" })).toEqual([{ path: "day", code: "type" }]);
    expect(errorOf({ day: "15/03/2024" })).toEqual([{ path: "day", code: "type" }]);
    expect(errorOf({ one: "z" })).toEqual([{ path: "one", code: "unknown_choice" }]);
    expect(errorOf({ one: ["a"] })).toEqual([{ path: "one", code: "type" }]);
    expect(errorOf({ many: ["a", "zz"] })).toEqual([{ path: "many", code: "unknown_choice" }]);
    expect(errorOf({ many: [1] })).toEqual([{ path: "many", code: "type" }]);
    expect(errorOf({ where: { lat: 91, lon: 0 } })).toEqual([{ path: "where", code: "type" }]);
    expect(errorOf({ where: "north" })).toEqual([{ path: "where", code: "type" }]);
    expect(errorOf({ ok: "yes" })).toEqual([{ path: "ok", code: "type" }]);
    expect(errorOf({ t: 5 })).toEqual([{ path: "t", code: "type" }]);
    expect(errorOf({ t: "x".repeat(10_001) })).toEqual([{ path: "t", code: "too_long" }]);
  });

  it("does not report required on top of a refused answer", () => {
    const strict = compiled([q("n", "integer", { required: "yes" })]);
    expect(strict.evaluate({ n: "many" }).errors).toEqual([{ path: "n", code: "type" }]);
  });

  it("reports answers for names the form does not have, including prototype names", () => {
    const answers = JSON.parse('{"i": 1, "extra": 2, "__proto__": {"polluted": true}, "constructor": 1}');
    const result = form.evaluate(answers);
    expect(result.errors).toEqual([
      { path: "extra", code: "unknown_field" },
      { path: "__proto__", code: "unknown_field" },
      { path: "constructor", code: "unknown_field" },
    ]);
    expect(result.values).toEqual({ i: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("reads fields named like Object.prototype members only from the answers themselves", () => {
    const odd = compiled([q("constructor", "text"), q("toString", "text", { relevant: "${constructor} = 'x'" })]);
    expect(odd.evaluate({}).values).toEqual({});
    expect(odd.evaluate({}).relevant).toEqual({ constructor: true, toString: false });
    expect(odd.evaluate({ constructor: "x", toString: "y" }).values).toEqual({ constructor: "x", toString: "y" });
  });

  it("reports a non-object submission", () => {
    expect(form.evaluate(null as never).errors).toEqual([{ path: "", code: "type" }]);
  });
});

describe("labels and limits", () => {
  it("names the chosen choice with jr:choice-name in the form's default language", () => {
    const form = compiled(
      [
        q("country", "select_one", { listName: "c" }),
        q("shown", "calculate", { calculation: "jr:choice-name(${country}, '${country}')" }),
      ],
      { c: [{ name: "ua", label: { en: "Ukraine", uk: "Україна" } }] },
    );
    expect(form.evaluate({ country: "ua" }).values.shown).toBe("Ukraine");
  });

  it("refuses a crafted select_multiple with more picks than any list holds", () => {
    const form = compiled([q("many", "select_multiple", { listName: "abc" })], { abc: choices("a", "b") });
    const picks = Array.from({ length: 100_000 }, () => "a");
    expect(form.evaluate({ many: picks }).errors).toEqual([{ path: "many", code: "too_long" }]);
    expect(form.evaluate({ many: ["a", "a", "b", "a"] }).values.many).toEqual(["a", "b"]);
  });
});
