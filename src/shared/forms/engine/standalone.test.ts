// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm writes field references as ${name} in plain text.
import { describe, expect, it } from "vitest";
import { compileStandaloneExpression } from "./standalone.js";
import { choices, compiled, q } from "./test-helpers.js";

const form = compiled(
  [
    q("dob", "date"),
    q("age", "calculate", { calculation: "int((today() - ${dob}) div 365.25)" }),
    q("signs", "select_multiple", { listName: "signs" }),
    q("where", "geopoint"),
    { kind: "group", name: "g", items: [q("paid", "select_one", { listName: "yn" })] },
    { kind: "repeat", name: "jobs", items: [q("hours", "integer")] },
  ],
  { signs: choices("debt", "docs_taken", "locked"), yn: choices("yes", "no") },
);

function rule(source: string) {
  const result = compileStandaloneExpression(form, source);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result;
}

describe("compileStandaloneExpression", () => {
  const values = form.evaluate(
    { dob: "2008-01-01", signs: ["debt", "locked"], paid: "no", jobs: [{ hours: 60 }, { hours: 80 }], where: "1 2" },
    { today: "2024-03-15" },
  ).values;

  it("scores against evaluated values", () => {
    const score = rule("count-selected(${signs}) * 2 + if(${age} < 18, 3, 0) + if(${paid} = 'no', 1, 0)");
    expect(score.references).toEqual(["signs", "age", "paid"]);
    expect(score.evaluate(values)).toBe(8);
    expect(rule("selected(${signs}, 'docs_taken')").evaluate(values)).toBe(false);
    expect(rule("${where}").evaluate(values)).toBe("1 2");
  });

  it("sees repeated fields as node-sets", () => {
    expect(rule("sum(${hours})").evaluate(values)).toBe(140);
    expect(rule("count(${jobs})").evaluate(values)).toBe(2);
    expect(rule("max(${hours}) > 70").evaluate(values)).toBe(true);
    expect(rule("count(${jobs})").evaluate({})).toBe(0);
  });

  it("uses a fixed today when given", () => {
    expect(rule("today() - ${dob}").evaluate(values, { today: "2008-01-31" })).toBe(30);
  });

  it("refuses unknown fields, groups, `.` and bad syntax", () => {
    expect(compileStandaloneExpression(form, "${nope} + 1")).toEqual({
      ok: false,
      error: { code: "unknown_field", offset: 0, detail: "nope" },
    });
    expect(compileStandaloneExpression(form, "${g}")).toMatchObject({ ok: false, error: { code: "group_reference" } });
    expect(compileStandaloneExpression(form, ". > 1")).toMatchObject({ ok: false, error: { code: "unknown_field" } });
    expect(compileStandaloneExpression(form, "1 +")).toMatchObject({ ok: false, error: { code: "syntax", offset: 3 } });
    expect(compileStandaloneExpression(form, "${__proto__}")).toMatchObject({
      ok: false,
      error: { code: "unknown_field", detail: "__proto__" },
    });
  });

  it("reads only own properties of the values", () => {
    const inherited = Object.create({ paid: "no" });
    expect(rule("${paid} = ''").evaluate(inherited)).toBe(true);
  });
});
