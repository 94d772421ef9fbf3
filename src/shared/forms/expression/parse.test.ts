// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm writes field references as ${name} in plain text.
import { describe, expect, it } from "vitest";
import { EXPRESSION_LIMITS, type Expr } from "./ast.js";
import { parseExpression } from "./parse.js";

function ast(source: string): Expr {
  const result = parseExpression(source);
  if (!result.ok) throw new Error(`${source}: ${JSON.stringify(result.error)}`);
  return result.ast;
}

function error(source: string, options = {}) {
  const result = parseExpression(source, options);
  if (result.ok) throw new Error(`${source} parsed`);
  return result.error;
}

describe("parseExpression", () => {
  it("builds a tree with XPath precedence and left associativity", () => {
    expect(ast("1 + 2 * 3")).toMatchObject({
      kind: "binary",
      op: "+",
      left: { kind: "number", value: 1 },
      right: { kind: "binary", op: "*", left: { value: 2 }, right: { value: 3 } },
    });
    expect(ast("10 - 4 - 3")).toMatchObject({ op: "-", left: { op: "-", left: { value: 10 } }, right: { value: 3 } });
    expect(ast("${a} = 1 or ${b} = 2 and ${c} = 3")).toMatchObject({
      op: "or",
      right: { op: "and" },
    });
    expect(ast("(1 + 2) * 3")).toMatchObject({ op: "*", left: { op: "+" } });
  });

  it("reads references, the current value, literals and calls", () => {
    expect(ast("${first_name}")).toEqual({ kind: "ref", name: "first_name", offset: 0 });
    expect(ast(".")).toEqual({ kind: "current", offset: 0 });
    expect(ast(`"double"`)).toMatchObject({ kind: "string", value: "double" });
    expect(ast("'single'")).toMatchObject({ kind: "string", value: "single" });
    expect(ast(".5")).toMatchObject({ kind: "number", value: 0.5 });
    expect(ast("12.")).toMatchObject({ kind: "number", value: 12 });
    expect(ast("count-selected(${x})")).toMatchObject({
      kind: "call",
      name: "count-selected",
      args: [{ kind: "ref" }],
    });
    expect(ast("jr:choice-name(${x}, '${x}')")).toMatchObject({ kind: "call", name: "jr:choice-name" });
    expect(ast("- - 3")).toMatchObject({ kind: "negate", operand: { kind: "negate", operand: { value: 3 } } });
    expect(ast("${a}-1")).toMatchObject({ op: "-", left: { kind: "ref", name: "a" }, right: { value: 1 } });
    expect(ast("6 div 2 mod 4")).toMatchObject({ op: "mod", left: { op: "div" } });
  });

  it("lists each reference once, in order of appearance", () => {
    const result = parseExpression("${b} + ${a} + ${b} + count(${c.d-e})");
    expect(result.ok && result.references).toEqual(["b", "a", "c.d-e"]);
  });

  it("reports syntax errors with the position where parsing failed", () => {
    expect(error("1 +")).toEqual({ code: "syntax", offset: 3 });
    expect(error("1 + ) + 2")).toEqual({ code: "syntax", offset: 4, detail: ") + 2" });
    expect(error("${a} = = 2")).toMatchObject({ code: "syntax", offset: 7 });
    expect(error("${bad name}")).toMatchObject({ code: "syntax" });
    expect(error("")).toMatchObject({ code: "syntax", offset: 0 });
    expect(error("'unterminated")).toMatchObject({ code: "syntax" });
    expect(error("..")).toMatchObject({ code: "syntax" });
  });

  it("accepts bare names only where choice columns are allowed", () => {
    expect(error("country = ${country}")).toMatchObject({ code: "syntax", offset: 0, detail: "country" });
    const result = parseExpression("country = ${country}", { allowBareNames: true });
    expect(result.ok && result.ast).toMatchObject({ left: { kind: "prop", name: "country" } });
    // Keywords are operators, not names.
    expect(parseExpression("order or android", { allowBareNames: true }).ok).toBe(true);
  });

  it("rejects unknown functions and wrong numbers of arguments", () => {
    expect(error("1 + frobnicate(1)")).toEqual({ code: "unknown_function", offset: 4, detail: "frobnicate" });
    expect(error("if(1, 2)")).toEqual({ code: "wrong_arity", offset: 0, detail: "if" });
    expect(error("today(1)")).toMatchObject({ code: "wrong_arity", detail: "today" });
    expect(parseExpression("concat()").ok).toBe(true);
    expect(error("coalesce(1)")).toMatchObject({ code: "wrong_arity" });
  });

  it("compiles literal regex patterns once and refuses unsafe or computed ones", () => {
    const tree = ast("regex(., '^[0-9]{3}$')");
    expect(tree.kind === "call" && tree.regex).toBeInstanceOf(RegExp);
    expect(error("regex(., '(a+)+$')")).toMatchObject({ code: "unsafe_regex", offset: 9 });
    expect(error("regex(., '(x|x)*y(a*)*')")).toMatchObject({ code: "unsafe_regex" });
    expect(error("regex(., '[')")).toMatchObject({ code: "bad_regex", detail: "[" });
    expect(error("regex(., ${pattern})")).toMatchObject({ code: "bad_regex", detail: "pattern_not_literal" });
    expect(error("regex(., concat('a', 'b'))")).toMatchObject({ code: "bad_regex" });
  });
});

describe("hostile input", () => {
  it("refuses sources over the length limit without parsing them", () => {
    expect(error("1".repeat(EXPRESSION_LIMITS.length + 1))).toEqual({ code: "too_long" });
    expect(parseExpression("1".repeat(EXPRESSION_LIMITS.length)).ok).toBe(true);
  });

  it("survives 10,000 nested parentheses", () => {
    const deep = `${"(".repeat(10_000)}1${")".repeat(10_000)}`;
    expect(parseExpression(deep).ok).toBe(false);
    const withinLength = `${"(".repeat(4_000)}1${")".repeat(4_000)}`;
    expect(error(withinLength)).toEqual({ code: "too_deep", offset: EXPRESSION_LIMITS.depth });
    expect(error(`${"f(".repeat(3_000)}`)).toMatchObject({ code: "too_deep" });
    expect(error(`${"-".repeat(5_000)}1`)).toMatchObject({ code: "too_deep" });
  });

  it("allows nesting up to the limit and ignores parentheses inside strings", () => {
    const ok = `${"(".repeat(EXPRESSION_LIMITS.depth)}1${")".repeat(EXPRESSION_LIMITS.depth)}`;
    expect(parseExpression(ok).ok).toBe(true);
    expect(parseExpression(`concat('${"(".repeat(500)}')`).ok).toBe(true);
  });

  it("parses a long flat chain (a 4,000-term sum) without deep recursion", () => {
    const result = parseExpression(Array.from({ length: 4_000 }, () => "1").join("+"));
    expect(result.ok).toBe(true);
  });

  it("turns numbers beyond the double range into Infinity", () => {
    expect(ast("1e400")).toMatchObject({ kind: "number", value: Number.POSITIVE_INFINITY });
    expect(ast("9".repeat(400))).toMatchObject({ value: Number.POSITIVE_INFINITY });
  });

  it("does not treat prototype names as functions", () => {
    for (const name of ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"]) {
      expect(error(`${name}(1)`)).toMatchObject({ code: "unknown_function", detail: name });
    }
  });
});
