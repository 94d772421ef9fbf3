import { formatIsoDate, formatIsoDateTime, looksLikeDate, parseDateText } from "./dates.js";

/**
 * Runtime values and the XPath 1.0 conversions between them, with the ODK choices:
 *
 * - An unanswered field is the empty string "". As a number it is NaN (so `${x} > 5` is
 *   false and `${x} + 1` is NaN); as a boolean it is false; `${x} = ''` is true.
 * - A reference to a single field yields that field's value (JavaRosa style), not a node,
 *   so `if(${x}, …)` tests the value rather than the node's existence.
 * - Dates are days since 1970-01-01 once used as numbers: a "YYYY-MM-DD" string, a
 *   date-time string or a DateValue all convert, so `today() - ${dob}` gives days and
 *   `${dob} < today()` compares days.
 * - A select_multiple answer is a string array; as a string it is its space-separated form.
 * - A field inside a repeat, referenced from outside that repeat instance, is a NodeSet
 *   (one value per instance). Used as a single value it is its first item, as in XPath.
 */
export class DateValue {
  constructor(
    /** Days since 1970-01-01 UTC; fractional for date-times; NaN for an invalid date. */
    readonly days: number,
    readonly hasTime: boolean,
  ) {}
}

export class NodeSet {
  constructor(readonly items: readonly Value[]) {}
}

export type Value = string | number | boolean | DateValue | NodeSet | readonly string[];

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

export function stringToNumber(text: string): number {
  const trimmed = text.trim();
  if (trimmed === "") return Number.NaN;
  if (NUMBER.test(trimmed)) return Number(trimmed);
  if (looksLikeDate(trimmed)) return parseDateText(trimmed);
  return Number.NaN;
}

export function toNumber(value: Value): number {
  if (typeof value === "number") return value;
  if (typeof value === "string") return stringToNumber(value);
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof DateValue) return value.days;
  if (value instanceof NodeSet) return value.items.length > 0 ? toNumber(value.items[0] as Value) : Number.NaN;
  return value.length === 1 ? stringToNumber(value[0] as string) : Number.NaN;
}

export function numberToString(value: number): string {
  if (Number.isInteger(value)) return Object.is(value, -0) ? "0" : String(value);
  return String(value);
}

export function toText(value: Value): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") return numberToString(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value instanceof DateValue) return value.hasTime ? formatIsoDateTime(value.days) : formatIsoDate(value.days);
  if (value instanceof NodeSet) return value.items.length > 0 ? toText(value.items[0] as Value) : "";
  return value.join(" ");
}

export function toBoolean(value: Value): boolean {
  if (typeof value === "boolean") return value;
  if (typeof value === "string") return value.length > 0;
  if (typeof value === "number") return value !== 0 && !Number.isNaN(value);
  if (value instanceof DateValue) return !Number.isNaN(value.days);
  if (value instanceof NodeSet) return value.items.length > 0;
  return value.length > 0;
}

/** A date from a DateValue, a date string or a day number; NaN days when it is none of these. */
export function toDate(value: Value): DateValue {
  if (value instanceof DateValue) return value;
  if (typeof value === "number") return new DateValue(value, !Number.isInteger(value));
  const text = toText(value).trim();
  const days = parseDateText(text);
  if (!Number.isNaN(days)) return new DateValue(days, !Number.isInteger(days) || text.length > 10);
  const number = stringToNumber(text);
  return new DateValue(number, !Number.isInteger(number));
}

export type ComparisonOp = "=" | "!=" | "<" | "<=" | ">" | ">=";

function compareNumbers(op: ComparisonOp, a: number, b: number): boolean {
  switch (op) {
    case "=":
      return a === b;
    case "!=":
      return a !== b;
    case "<":
      return a < b;
    case "<=":
      return a <= b;
    case ">":
      return a > b;
    default:
      return a >= b;
  }
}

/**
 * XPath 1.0 comparison: node-sets compare existentially; for = and != a boolean operand
 * makes it a boolean comparison, a number or date a numeric one, otherwise strings;
 * < <= > >= always compare numbers.
 */
export function compare(op: ComparisonOp, a: Value, b: Value): boolean {
  if (a instanceof NodeSet) return a.items.some((item) => compare(op, item, b));
  if (b instanceof NodeSet) return b.items.some((item) => compare(op, a, item));
  if (op === "=" || op === "!=") {
    let same: boolean;
    if (typeof a === "boolean" || typeof b === "boolean") same = toBoolean(a) === toBoolean(b);
    else if (typeof a === "number" || typeof b === "number" || a instanceof DateValue || b instanceof DateValue)
      same = toNumber(a) === toNumber(b);
    else same = toText(a) === toText(b);
    return op === "=" ? same : !same;
  }
  return compareNumbers(op, toNumber(a), toNumber(b));
}

/** The values of a node-set argument, or the single value itself. */
export function itemsOf(value: Value): readonly Value[] {
  return value instanceof NodeSet ? value.items : [value];
}
