import type { AnswerValue, GeoPoint, QuestionType } from "../definition.js";
import {
  DateValue,
  formatIsoDate,
  NodeSet,
  parseDateText,
  toBoolean,
  toNumber,
  toText,
  type Value,
} from "../expression/index.js";
import type { ChoiceList } from "./model.js";
import type { SubmissionErrorCode } from "./types.js";

/** Longest accepted text answer; also bounds what regex() constraints ever scan. */
export const MAX_TEXT = 10_000;

/**
 * A refused answer. The few kinds are shared constants, so that checking an answer
 * allocates nothing on the path every evaluation takes.
 */
export class Rejection {
  constructor(readonly code: SubmissionErrorCode) {}
}
const TYPE_ERROR = new Rejection("type");
const TOO_LONG = new Rejection("too_long");
const UNKNOWN_CHOICE = new Rejection("unknown_choice");

const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A geopoint from ODK's "lat lon [alt [accuracy]]" text or a { lat, lon, alt?, accuracy? } object. */
export function parseGeopoint(raw: unknown): GeoPoint | null {
  let lat: unknown;
  let lon: unknown;
  let alt: unknown;
  let accuracy: unknown;
  if (typeof raw === "string") {
    const parts = raw.trim().split(/\s+/);
    if (parts.length < 2 || parts.length > 4 || parts.some((p) => !DECIMAL.test(p))) return null;
    [lat, lon, alt, accuracy] = parts.map(Number);
  } else if (typeof raw === "object" && raw !== null && !Array.isArray(raw)) {
    ({ lat, lon, alt, accuracy } = raw as Record<string, unknown>);
  } else return null;
  const finite = (v: unknown) => typeof v === "number" && Number.isFinite(v);
  if (!finite(lat) || !finite(lon) || (alt !== undefined && !finite(alt))) return null;
  if (accuracy !== undefined && (!finite(accuracy) || (accuracy as number) < 0)) return null;
  if (Math.abs(lat as number) > 90 || Math.abs(lon as number) > 180) return null;
  const point: GeoPoint = { lat: lat as number, lon: lon as number };
  if (alt !== undefined) point.alt = alt as number;
  if (accuracy !== undefined) point.accuracy = accuracy as number;
  return point;
}

/** The expression value of a geopoint: ODK's space-separated form, with only the parts given. */
export function geoText(point: GeoPoint): string {
  let text = `${point.lat} ${point.lon}`;
  if (point.alt !== undefined || point.accuracy !== undefined) text += ` ${point.alt ?? 0}`;
  if (point.accuracy !== undefined) text += ` ${point.accuracy}`;
  return text;
}

/** More picks than any list may hold (5,000 choices) can only be a crafted submission. */
const MAX_PICKS = 5_000;

function multiple(raw: unknown, list: ChoiceList | null): Value | Rejection {
  let names: readonly unknown[];
  if (typeof raw === "string") {
    if (raw.length > MAX_PICKS * 201) return TOO_LONG;
    names = raw.trim() === "" ? [] : raw.trim().split(/\s+/);
  } else if (Array.isArray(raw)) names = raw;
  else return TYPE_ERROR;
  if (names.length > MAX_PICKS) return TOO_LONG;
  const seen = new Set<string>();
  for (const name of names) {
    if (typeof name !== "string") return TYPE_ERROR;
    if (list && !list.set.has(name)) return UNKNOWN_CHOICE;
    seen.add(name);
  }
  return seen.size === 0 ? "" : [...seen];
}

/**
 * Checks and types one submitted answer. `raw` is never undefined, null or "" here: those
 * mean unanswered and are handled by the caller.
 */
export function acceptAnswer(type: QuestionType, raw: unknown, list: ChoiceList | null): Value | Rejection {
  switch (type) {
    case "text":
      if (typeof raw !== "string") return TYPE_ERROR;
      return raw.length > MAX_TEXT ? TOO_LONG : raw;
    case "integer": {
      const n = typeof raw === "number" ? raw : typeof raw === "string" && INTEGER.test(raw.trim()) ? Number(raw) : NaN;
      return Number.isSafeInteger(n) ? n : TYPE_ERROR;
    }
    case "decimal": {
      const n = typeof raw === "number" ? raw : typeof raw === "string" && DECIMAL.test(raw.trim()) ? Number(raw) : NaN;
      return Number.isFinite(n) ? n : TYPE_ERROR;
    }
    case "date":
      return typeof raw === "string" && ISO_DATE.test(raw) && !Number.isNaN(parseDateText(raw)) ? raw : TYPE_ERROR;
    case "select_one":
      if (typeof raw !== "string") return TYPE_ERROR;
      return list && !list.set.has(raw) ? UNKNOWN_CHOICE : raw;
    case "select_multiple":
      return multiple(raw, list);
    case "geopoint": {
      const point = parseGeopoint(raw);
      return point ? geoText(point) : TYPE_ERROR;
    }
    case "acknowledge":
      if (raw === true || raw === "OK") return "OK";
      return raw === false ? "" : TYPE_ERROR;
    default:
      // note and calculate take no answers; the caller never asks.
      return TYPE_ERROR;
  }
}

/**
 * Fits a computed value (calculation or dynamic default) to the question's type. A value
 * that does not fit (2.5 for an integer, "abc" for a date) leaves the question empty.
 */
export function fitComputed(type: QuestionType, value: Value, list: ChoiceList | null): Value {
  if (type === "calculate" || type === "note") {
    if (value instanceof NodeSet) return fitComputed(type, value.items[0] ?? "", list);
    if (typeof value === "number" && !Number.isFinite(value)) return "";
    return value instanceof DateValue ? toText(value) : value;
  }
  let raw: unknown;
  if (type === "integer" || type === "decimal") raw = toNumber(value);
  else if (type === "date") {
    const days = value instanceof DateValue || typeof value === "number" ? toNumber(value) : NaN;
    raw = Number.isNaN(days) ? toText(value).slice(0, 10) : formatIsoDate(days);
  } else if (type === "select_multiple") raw = Array.isArray(value) ? value : toText(value);
  else if (type === "acknowledge") raw = toBoolean(value) ? "OK" : false;
  else raw = toText(value);
  if (raw === "") return "";
  const accepted = acceptAnswer(type, raw, list);
  return accepted instanceof Rejection ? "" : accepted;
}

/** The value as it appears in Evaluation.values; undefined when empty (left out). */
export function outputValue(type: QuestionType, value: Value): AnswerValue | undefined {
  if (value === "") return undefined;
  if (type === "geopoint") return parseGeopoint(value) ?? undefined;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (Array.isArray(value)) return value.length === 0 ? undefined : [...value];
  const text = toText(value as Value);
  return text === "" ? undefined : text;
}
