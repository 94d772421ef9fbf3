import type { Expr } from "./ast.js";
import { formatDatePattern } from "./dates.js";
import type { Binder, EvalEnv, Fn } from "./env.js";
import { DateValue, itemsOf, NodeSet, toBoolean, toDate, toNumber, toText, type Value } from "./values.js";

type CallNode = Extract<Expr, { kind: "call" }>;

interface FunctionDef {
  min: number;
  max: number;
  compile<E extends EvalEnv>(args: Fn<E>[], node: CallNode, binder: Binder<E>): Fn<E>;
}

/* Arguments are checked against min/max at parse time, so indexing them here is safe. */
function arg<E extends EvalEnv>(args: Fn<E>[], index: number): Fn<E> {
  return args[index] as Fn<E>;
}

function unary(fn: (a: Value) => Value): FunctionDef["compile"] {
  return (args) => {
    const a = arg(args, 0);
    return (env) => fn(a(env));
  };
}

function binary(fn: (a: Value, b: Value) => Value): FunctionDef["compile"] {
  return (args) => {
    const a = arg(args, 0);
    const b = arg(args, 1);
    return (env) => fn(a(env), b(env));
  };
}

function variadic(fn: (values: Value[]) => Value): FunctionDef["compile"] {
  return (args) => (env) => fn(args.map((a) => a(env)));
}

function constant(value: Value): FunctionDef["compile"] {
  return () => () => value;
}

function tokens(value: Value): readonly string[] {
  if (Array.isArray(value)) return value as readonly string[];
  const text = toText(value).trim();
  return text === "" ? [] : text.split(/\s+/);
}

function flatten(values: Value[]): Value[] {
  const out: Value[] = [];
  for (const value of values) for (const item of itemsOf(value)) out.push(item);
  return out;
}

function extreme(values: Value[], pick: (a: number, b: number) => number): number {
  const items = flatten(values);
  if (items.length === 0) return Number.NaN;
  let result = toNumber(items[0] as Value);
  for (let i = 1; i < items.length; i++) result = pick(result, toNumber(items[i] as Value));
  return result;
}

/** Half away from zero at the given number of decimal places, as ODK's round(). */
function round(value: Value, places: Value | undefined): number {
  const number = toNumber(value);
  const digits = places === undefined ? 0 : Math.trunc(toNumber(places));
  if (!Number.isFinite(number) || Number.isNaN(digits)) return number;
  const sign = number < 0 ? -1 : 1;
  // Shifting through the exponent avoids 1.005 * 100 = 100.49999…
  const shifted = Math.round(Number(`${Math.abs(number)}e${digits}`));
  return sign * Number(`${shifted}e${-digits}`);
}

function clampIndex(value: Value, length: number): number {
  const index = Math.trunc(toNumber(value));
  if (Number.isNaN(index) || index < 0) return 0;
  return Math.min(index, length);
}

const table: [string, FunctionDef][] = [
  [
    "selected",
    {
      min: 2,
      max: 2,
      compile: binary((a, b) => tokens(a).includes(toText(b).trim())),
    },
  ],
  ["count-selected", { min: 1, max: 1, compile: unary((a) => tokens(a).length) }],
  ["selected-at", { min: 2, max: 2, compile: binary((a, n) => tokens(a)[Math.trunc(toNumber(n))] ?? "") }],
  [
    "if",
    {
      min: 3,
      max: 3,
      compile: (args) => {
        const [test, then, otherwise] = [arg(args, 0), arg(args, 1), arg(args, 2)];
        return (env) => (toBoolean(test(env)) ? then(env) : otherwise(env));
      },
    },
  ],
  ["today", { min: 0, max: 0, compile: () => (env) => new DateValue(env.today(), false) }],
  ["now", { min: 0, max: 0, compile: () => (env) => new DateValue(env.now(), true) }],
  ["string-length", { min: 1, max: 1, compile: unary((a) => toText(a).length) }],
  [
    "regex",
    {
      min: 2,
      max: 2,
      compile: (args, node) => {
        const text = arg(args, 0);
        // The parser compiled and vetted the literal pattern; without it there is nothing to run.
        const pattern = node.regex;
        if (pattern === undefined) return () => false;
        return (env) => pattern.test(toText(text(env)));
      },
    },
  ],
  [
    "coalesce",
    {
      min: 2,
      max: Number.POSITIVE_INFINITY,
      compile: (args) => (env) => {
        for (const a of args) {
          const value = a(env);
          if (toText(value) !== "") return value;
        }
        return "";
      },
    },
  ],
  [
    "concat",
    {
      min: 0,
      max: Number.POSITIVE_INFINITY,
      compile: variadic((values) => flatten(values).map(toText).join("")),
    },
  ],
  [
    "join",
    {
      min: 1,
      max: Number.POSITIVE_INFINITY,
      compile: variadic(([separator, ...rest]) =>
        flatten(rest)
          .map(toText)
          .join(toText(separator ?? "")),
      ),
    },
  ],
  ["not", { min: 1, max: 1, compile: unary((a) => !toBoolean(a)) }],
  ["true", { min: 0, max: 0, compile: constant(true) }],
  ["false", { min: 0, max: 0, compile: constant(false) }],
  ["number", { min: 1, max: 1, compile: unary(toNumber) }],
  ["int", { min: 1, max: 1, compile: unary((a) => Math.trunc(toNumber(a))) }],
  ["round", { min: 1, max: 2, compile: variadic(([value, places]) => round(value as Value, places)) }],
  ["floor", { min: 1, max: 1, compile: unary((a) => Math.floor(toNumber(a))) }],
  ["ceiling", { min: 1, max: 1, compile: unary((a) => Math.ceil(toNumber(a))) }],
  ["abs", { min: 1, max: 1, compile: unary((a) => Math.abs(toNumber(a))) }],
  ["pow", { min: 2, max: 2, compile: binary((a, b) => toNumber(a) ** toNumber(b)) }],
  ["string", { min: 1, max: 1, compile: unary(toText) }],
  ["boolean", { min: 1, max: 1, compile: unary(toBoolean) }],
  [
    "boolean-from-string",
    { min: 1, max: 1, compile: unary((a) => ["true", "1"].includes(toText(a).trim().toLowerCase())) },
  ],
  ["normalize-space", { min: 1, max: 1, compile: unary((a) => toText(a).trim().split(/\s+/).join(" ")) }],
  ["contains", { min: 2, max: 2, compile: binary((a, b) => toText(a).includes(toText(b))) }],
  ["starts-with", { min: 2, max: 2, compile: binary((a, b) => toText(a).startsWith(toText(b))) }],
  ["ends-with", { min: 2, max: 2, compile: binary((a, b) => toText(a).endsWith(toText(b))) }],
  [
    "substr",
    {
      min: 2,
      max: 3,
      compile: variadic(([value, start, end]) => {
        const text = toText(value as Value);
        const from = clampIndex(start as Value, text.length);
        const to = end === undefined ? text.length : clampIndex(end, text.length);
        return to > from ? text.slice(from, to) : "";
      }),
    },
  ],
  ["date", { min: 1, max: 1, compile: unary((a) => toDate(a)) }],
  [
    "date-time",
    {
      min: 1,
      max: 1,
      compile: unary((a) => new DateValue(toDate(a).days, true)),
    },
  ],
  ["decimal-date-time", { min: 1, max: 1, compile: unary((a) => toDate(a).days) }],
  ["format-date", { min: 2, max: 2, compile: binary((a, b) => formatDatePattern(toDate(a).days, toText(b))) }],
  ["format-date-time", { min: 2, max: 2, compile: binary((a, b) => formatDatePattern(toDate(a).days, toText(b))) }],
  // A single field is one node, as in ODK, whatever its value.
  ["count", { min: 1, max: 1, compile: unary((a) => (a instanceof NodeSet ? a.items.length : 1)) }],
  [
    "sum",
    {
      min: 1,
      max: 1,
      compile: unary((a) => {
        let total = 0;
        for (const item of itemsOf(a)) total += toNumber(item);
        return total;
      }),
    },
  ],
  ["min", { min: 1, max: Number.POSITIVE_INFINITY, compile: variadic((v) => extreme(v, Math.min)) }],
  ["max", { min: 1, max: Number.POSITIVE_INFINITY, compile: variadic((v) => extreme(v, Math.max)) }],
  [
    "position",
    {
      min: 0,
      max: 0,
      compile: (_args, _node, binder) => binder.position(),
    },
  ],
  [
    "jr:choice-name",
    {
      min: 2,
      max: 2,
      compile: (args, _node, binder) => {
        const [value, field] = [arg(args, 0), arg(args, 1)];
        return (env) => {
          const name = toText(field(env))
            .trim()
            .replace(/^\$\{(.*)\}$/, "$1");
          return binder.choiceName(env, name, toText(value(env)));
        };
      },
    },
  ],
];

/** The supported functions, by name (a Map so that names like "constructor" find nothing). */
export const FUNCTIONS: ReadonlyMap<string, FunctionDef> = new Map(table);
