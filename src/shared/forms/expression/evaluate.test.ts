// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm writes field references as ${name} in plain text.
import { describe, expect, it } from "vitest";
import { type ContextValue, type ExpressionContext, evaluate } from "./evaluate.js";
import { parseExpression } from "./parse.js";
import { DateValue, NodeSet, toText, type Value } from "./values.js";

const TODAY = "2024-03-15";

function run(source: string, refs: Record<string, ContextValue> = {}, extra: Partial<ExpressionContext> = {}): Value {
  const parsed = parseExpression(source, { allowBareNames: true });
  if (!parsed.ok) throw new Error(`${source}: ${JSON.stringify(parsed.error)}`);
  const lookup = new Map(Object.entries(refs));
  return evaluate(parsed.ast, { ref: (name) => lookup.get(name), today: TODAY, ...extra });
}

const text = (source: string, refs: Record<string, ContextValue> = {}) => toText(run(source, refs));

describe("operators", () => {
  it("does arithmetic with div, mod and unary minus", () => {
    expect(run("1 + 2 * 3 - 4")).toBe(3);
    expect(run("7 div 2")).toBe(3.5);
    expect(run("7 mod 3")).toBe(1);
    expect(run("-7 mod 3")).toBe(-1);
    expect(run("-(2 + 3)")).toBe(-5);
    expect(run("- -4")).toBe(4);
    expect(run("1 div 0")).toBe(Number.POSITIVE_INFINITY);
    expect(run("'3' * '4'")).toBe(12);
  });

  it("compares with XPath rules", () => {
    expect(run("2 < 10")).toBe(true);
    expect(run("'2' < '10'")).toBe(true); // relational operators compare numbers
    expect(run("3 <= 3 and 3 >= 3 and 4 > 3")).toBe(true);
    expect(run("'abc' = 'abc'")).toBe(true);
    expect(run("'abc' != 'abd'")).toBe(true);
    expect(run("${n} = '5'", { n: 5 })).toBe(true); // a number makes it numeric
    expect(run("${n} = '5.0'", { n: 5 })).toBe(true);
    expect(run("'5' = '5.0'")).toBe(false); // two strings compare as strings
    expect(run("true() = 'x'")).toBe(true); // a boolean makes it boolean
  });

  it("short-circuits and, or", () => {
    expect(run("0 and 1")).toBe(false);
    expect(run("1 or 0")).toBe(true);
    expect(run("false() or ''")).toBe(false);
    expect(run("1 and 'x' and 2")).toBe(true);
  });

  it("evaluates long operator chains as loops", () => {
    const sum = Array.from({ length: 2_000 }, () => "1").join(" + ");
    expect(run(sum)).toBe(2_000);
    const all = Array.from({ length: 100 }, (_, i) => `${i} < 1000`).join(" and ");
    expect(run(all)).toBe(true);
    expect(run(`${all} and 5 > 6`)).toBe(false);
  });
});

describe("empty answers", () => {
  it("treat an unanswered field as the empty string", () => {
    expect(run("${x} = ''")).toBe(true);
    expect(run("${x} = ''", { x: null })).toBe(true);
    expect(run("${x} != ''", { x: 0 })).toBe(true);
    expect(run("string-length(${x})")).toBe(0);
  });

  it("are NaN as numbers and false as booleans", () => {
    expect(run("${x} + 1")).toBeNaN();
    expect(run("${x} > 5")).toBe(false);
    expect(run("${x} < 5")).toBe(false);
    expect(run("boolean(${x})")).toBe(false);
    expect(run("if(${x}, 'yes', 'no')")).toBe("no");
    expect(run("coalesce(${x}, 'fallback')")).toBe("fallback");
  });
});

describe("dates", () => {
  it("gives days between dates", () => {
    expect(run("today() - ${dob}", { dob: "2024-03-01" })).toBe(14);
    expect(run("int((today() - ${dob}) div 365.25)", { dob: "2006-03-16" })).toBe(17);
    expect(run("int((today() - ${dob}) div 365.25)", { dob: "2006-03-14" })).toBe(18);
  });

  it("adds days to a date and turns the number back into a date", () => {
    expect(run("date('2020-01-01') + 30")).toBe(18_292);
    expect(text("date(date('2020-01-01') + 30)")).toBe("2020-01-31");
    expect(text("format-date(date('2020-01-01') + 60, '%Y/%m/%d %e.%n.%y')")).toBe("2020/03/01 1.3.20");
  });

  it("compares a date answer with today()", () => {
    expect(run("${d} < today()", { d: "2024-03-14" })).toBe(true);
    expect(run("${d} > today()", { d: "2024-03-14" })).toBe(false);
    expect(run("${d} = today()", { d: TODAY })).toBe(true);
    expect(run("${d} <= today()", { d: "2025-01-01" })).toBe(false);
  });

  it("handles date-times and invalid dates", () => {
    expect(run("decimal-date-time('1970-01-02T12:00:00Z')")).toBe(1.5);
    expect(run("decimal-date-time('1970-01-02T12:00:00+02:00')")).toBeCloseTo(1.41667, 4);
    expect(text("date('2021-02-30')")).toBe("");
    expect(run("date('2021-02-30') + 1")).toBeNaN();
    expect(text("date('not a date')")).toBe("");
    const now = Date.UTC(2024, 2, 15, 6);
    expect(run("decimal-date-time(now())", {}, { now })).toBe(19_797.25);
    expect(run("today()")).toEqual(new DateValue(19_797, false));
    expect(text("today()")).toBe(TODAY);
  });
});

describe("functions", () => {
  it("selects", () => {
    expect(run("selected(${s}, 'b')", { s: ["a", "b"] })).toBe(true);
    expect(run("selected(${s}, 'c')", { s: ["a", "b"] })).toBe(false);
    expect(run("selected(${s}, 'b')", { s: "a b" })).toBe(true);
    expect(run("selected(${s}, 'a')", { s: "ab" })).toBe(false);
    expect(run("count-selected(${s})", { s: ["a", "b", "c"] })).toBe(3);
    expect(run("count-selected(${s})")).toBe(0);
    expect(run("selected-at(${s}, 1)", { s: "a b" })).toBe("b");
    expect(text("${s}", { s: ["a", "b"] })).toBe("a b");
  });

  it("branches and converts", () => {
    expect(run("if(1 > 2, 'a', 'b')")).toBe("b");
    expect(run("not(1)")).toBe(false);
    expect(run("true()")).toBe(true);
    expect(run("false()")).toBe(false);
    expect(run("number('12.5')")).toBe(12.5);
    expect(run("number('abc')")).toBeNaN();
    expect(run("int(-3.7)")).toBe(-3);
    expect(run("round(2.5)")).toBe(3);
    expect(run("round(1.005, 2)")).toBe(1.01);
    expect(run("round(-2.5)")).toBe(-3);
    expect(run("floor(2.7) + ceiling(2.1) + abs(-1) + pow(2, 3)")).toBe(14);
    expect(run("string(1 div 4)")).toBe("0.25");
    expect(run("string(true())")).toBe("true");
    expect(run("boolean('0')")).toBe(true);
    expect(run("boolean(0)")).toBe(false);
    expect(run("boolean-from-string('true')")).toBe(true);
  });

  it("works on strings", () => {
    expect(run("string-length('héllo')")).toBe(5);
    expect(run("contains('border crossing', 'cross')")).toBe(true);
    expect(run("starts-with('UA-123', 'UA')")).toBe(true);
    expect(run("ends-with('UA-123', '23')")).toBe(true);
    expect(run("substr('abcdef', 1, 3)")).toBe("bc");
    expect(run("substr('abcdef', 4)")).toBe("ef");
    expect(run("substr('abc', -5, 99)")).toBe("abc");
    expect(run("concat('a', 1, true())")).toBe("a1true");
    expect(run("normalize-space('  a   b ')")).toBe("a b");
    expect(run("coalesce('', '', 'c')")).toBe("c");
    expect(run("coalesce(${n}, 0)", { n: 7 })).toBe(7);
  });

  it("matches regular expressions, including Unicode classes", () => {
    expect(run("regex(${p}, '^\\+?[0-9 ]{6,15}$')", { p: "+380 501234" })).toBe(true);
    expect(run("regex(${p}, '^[0-9]+$')", { p: "12a" })).toBe(false);
    expect(run("regex(${n}, '^\\p{L}+$')", { n: "Олена" })).toBe(true);
    expect(run("regex('a-b', 'a\\-b')")).toBe(true);
  });

  it("aggregates node-sets", () => {
    const ages = new NodeSet([30, 12, 5]);
    expect(run("count(${age})", { age: ages })).toBe(3);
    expect(run("sum(${age})", { age: ages })).toBe(47);
    expect(run("max(${age})", { age: ages })).toBe(30);
    expect(run("min(${age})", { age: ages })).toBe(5);
    expect(run("min(4, 2, 8)")).toBe(2);
    expect(run("max(${age}, 99)", { age: ages })).toBe(99);
    expect(run("sum(${age})", { age: new NodeSet([1, ""]) })).toBeNaN();
    expect(run("count(${age})", { age: new NodeSet([]) })).toBe(0);
    expect(run("max(${age})", { age: new NodeSet([]) })).toBeNaN();
    expect(run("${age} > 20", { age: ages })).toBe(true); // any member
    expect(run("${age} = 12", { age: ages })).toBe(true);
    expect(run("concat(${age})", { age: ages })).toBe("30125");
    expect(run("join(', ', ${age})", { age: ages })).toBe("30, 12, 5");
  });

  it("reads position, choice columns and choice labels from the context", () => {
    expect(run("position()", {}, { position: 3 })).toBe(3);
    expect(run("country = 'UA'", {}, { prop: (name) => (name === "country" ? "UA" : undefined) })).toBe(true);
    const choiceName = (field: string, choice: string) => `${field}:${choice}`;
    expect(run("jr:choice-name(${c}, '${c}')", { c: "ua" }, { choiceName })).toBe("c:ua");
  });
});

describe("hostile values", () => {
  it("carries Infinity without failing", () => {
    expect(run("1e400 > 5")).toBe(true);
    expect(run("-1e400 < 5")).toBe(true);
    expect(run("1e400 - 1e400")).toBeNaN();
    expect(text("1e400")).toBe("Infinity");
    expect(text("int(1e400)")).toBe("Infinity");
    expect(text("format-date(1e400, '%Y')")).toBe("");
    expect(text("date(1e400)")).toBe("");
  });

  it("never reaches JavaScript prototypes through names", () => {
    const refs = new Map<string, ContextValue>();
    const parsed = parseExpression("concat(${__proto__}, ${constructor}, ${toString})");
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const seen: string[] = [];
    const value = evaluate(parsed.ast, {
      ref: (name) => {
        seen.push(name);
        return refs.get(name);
      },
    });
    expect(value).toBe("");
    expect(seen).toEqual(["__proto__", "constructor", "toString"]);
    expect(run("hasOwnProperty = ''", {}, { prop: () => undefined })).toBe(true);
  });
});
