import { z } from "zod";
import { phoneE164, plainText } from "../../../shared/api/common.js";
import { isoDate } from "../../../shared/api/people.js";
import { addDays, todayIso } from "../../../shared/dates.js";
import { normaliseHtcdsValues, type VocabularyName } from "../../../shared/htcds/index.js";
import { COUNTRY_CODES } from "../../../shared/vocab/countries.js";
import type { Column } from "./htcds-columns.js";

export interface Issue {
  row: number;
  field: string;
  problem: string;
  params?: Record<string, string | number>;
}

export interface Normalised {
  row: number;
  field: string;
  from: string;
  to: string;
}

/** Problems and normalisations of one row, collected rather than thrown so that every one is reported. */
export class RowLog {
  readonly issues: Issue[] = [];
  readonly normalised: Normalised[] = [];

  constructor(readonly row: number) {}

  /** A log as it arrives from another thread (a plain object), with its methods again. */
  static revive(plain: { row: number; issues: Issue[]; normalised: Normalised[] }): RowLog {
    const log = new RowLog(plain.row);
    log.issues.push(...plain.issues);
    log.normalised.push(...plain.normalised);
    return log;
  }

  problem(field: string, problem: string, params?: Record<string, string | number>): undefined {
    if (!this.issues.some((issue) => issue.field === field && issue.problem === problem))
      this.issues.push({ row: this.row, field, problem, ...(params ? { params } : {}) });
    return undefined;
  }

  changed(field: string, from: string, to: string): void {
    if (from !== to) this.normalised.push({ row: this.row, field, from, to });
  }
}

const COUNTRIES: ReadonlySet<string> = new Set(COUNTRY_CODES);
const email = z.email().max(200);

/** Splits a multiselect cell on ";"; `keepEmpty` keeps positions (document types and countries). */
export function splitList(text: string, keepEmpty = false): string[] {
  const parts = text.split(";").map((part) => part.trim());
  return keepEmpty ? parts : parts.filter((part) => part !== "");
}

// Built once per length: building a schema costs more than checking a cell with it.
const TEXT_SCHEMAS = new Map<number, ReturnType<typeof plainText>>();
function textSchema(max: number) {
  let schema = TEXT_SCHEMAS.get(max);
  if (!schema) {
    schema = plainText(max);
    TEXT_SCHEMAS.set(max, schema);
  }
  return schema;
}

/** The API's own message keys for a text field (control characters, too long). */
function checkText(log: RowLog, field: string, text: string, max: number): string | undefined {
  const result = textSchema(max).safeParse(text);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  return log.problem(field, issue?.code === "too_big" ? "too_big" : (issue?.message ?? "invalid"));
}

/** Vocabulary values of any HTCDS version, normalised to 2.0; the changes are reported back. */
function vocabValues(log: RowLog, column: Column, items: string[]): string[] | undefined {
  const list = column.vocabulary as VocabularyName;
  const values: string[] = [];
  let unknown = false;
  for (const item of items) {
    const { values: targets, unrecognised } = normaliseHtcdsValues(list, [item]);
    if (unrecognised.length) unknown = true;
    else log.changed(column.name, item, targets.join(";"));
    for (const target of targets) if (!values.includes(target)) values.push(target);
  }
  return unknown ? log.problem(column.name, "unknown_value") : values;
}

export function checkCountry(log: RowLog, field: string, text: string): string | undefined {
  const code = text.trim().toUpperCase();
  return COUNTRIES.has(code) ? code : log.problem(field, "country_code");
}

function parseDate(log: RowLog, field: string, text: string): string | undefined {
  if (!isoDate.safeParse(text).success) return log.problem(field, "date");
  if (text > latestDate()) return log.problem(field, "in_future");
  return text;
}

let latest = { today: "", date: "" };
/** The latest date a cell may hold (a day of slack for time zones east of UTC), worked out once a day. */
function latestDate(): string {
  const today = todayIso();
  if (latest.today !== today) latest = { today, date: addDays(today, 1) };
  return latest.date;
}

const TRUE = new Set(["true", "yes", "y", "1", "x", "✓"]);
const FALSE = new Set(["false", "no", "n", "0"]);

function parseBoolean(log: RowLog, field: string, text: string): boolean | undefined {
  const value = text.toLowerCase();
  if (TRUE.has(value)) return true;
  if (FALSE.has(value)) return false;
  return log.problem(field, "yes_no");
}

/** Phone numbers as people write them ("+380 67 123-45-67", "0048…"), in E.164 for the API. */
function parsePhone(log: RowLog, field: string, text: string): string | undefined {
  const compact = text.replace(/[\s\-().]/g, "").replace(/^00/, "+");
  return phoneE164.safeParse(compact).success ? compact : log.problem(field, "phone_e164");
}

function parsePlace(log: RowLog, field: string, text: string) {
  const at = text.indexOf(":");
  const country = checkCountry(log, field, at < 0 ? text : text.slice(0, at));
  const placeText = at < 0 ? "" : text.slice(at + 1).trim();
  if (!placeText) return country && { country };
  const place = checkText(log, field, placeText, 120);
  return country && place !== undefined ? { country, place } : undefined;
}

/** "Domain:Degree" pairs of the Washington Group questions. */
function parseDisability(log: RowLog, column: Column, items: string[]) {
  const answers: Record<string, string> = {};
  for (const item of items) {
    const [domainText = "", degreeText = ""] = item.split(":").map((part) => part.trim());
    const domain = normaliseHtcdsValues("disabilityDomain", [domainText]).values[0];
    const degree = normaliseHtcdsValues("disabilityDegree", [degreeText]).values[0];
    if (!domain || !degree) return log.problem(column.name, "pair_format");
    answers[domain] = degree;
  }
  return answers;
}

/** "purpose:decision" pairs, e.g. "referral_sharing:given". */
function parseConsents(log: RowLog, column: Column, items: string[]) {
  const decisions: { purpose: string; decision: string }[] = [];
  for (const item of items) {
    const [purposeText = "", decisionText = ""] = item.split(":").map((part) => part.trim());
    const purpose = normaliseHtcdsValues("consentPurpose", [purposeText]).values[0];
    const decision = normaliseHtcdsValues("consentDecision", [decisionText]).values[0];
    if (!purpose || !decision) return log.problem(column.name, "pair_format");
    decisions.push({ purpose, decision });
  }
  return decisions;
}

function each<T>(items: string[], parse: (item: string) => T | undefined): T[] | undefined {
  const out: T[] = [];
  for (const item of items) {
    const value = parse(item);
    if (value === undefined) return undefined;
    out.push(value);
  }
  return out;
}

/** A cell's typed value, or undefined when it is empty or wrong (then the log says why). */
export function parseCell(log: RowLog, column: Column, text: string): unknown {
  const field = column.name;
  const list = () => splitList(text);
  switch (column.kind) {
    case "text":
    case "longText":
      return checkText(log, field, text, column.max ?? 4000);
    case "textList":
      return each(list(), (item) => checkText(log, field, item, column.max ?? 200));
    case "date":
      return parseDate(log, field, text);
    case "boolean":
      return parseBoolean(log, field, text);
    case "integer":
      return /^[+-]?\d+$/.test(text) ? Number(text) : log.problem(field, "whole_number");
    case "number": {
      const value = Number(text.replace(",", "."));
      return Number.isFinite(value) && text !== "" ? value : log.problem(field, "invalid");
    }
    case "vocab": {
      // Some old labels contain ";" themselves: the whole cell is tried as one value first.
      const whole = normaliseHtcdsValues(column.vocabulary as VocabularyName, [text]);
      const items = whole.unrecognised.length ? list() : [text];
      if (items.length > 1) return log.problem(field, "single_value");
      const values = vocabValues(log, column, items);
      // An old "unknown" normalises to nothing: the field stays empty.
      return values === undefined ? undefined : (values[0] ?? null);
    }
    case "vocabList":
      return vocabValues(log, column, list());
    case "country":
      return checkCountry(log, field, text);
    case "countries": {
      const codes = each(list(), (item) => checkCountry(log, field, item));
      return codes && [...new Set(codes)];
    }
    case "places":
      return each(list(), (item) => parsePlace(log, field, item));
    case "phones":
      return each(list(), (item) => parsePhone(log, field, item));
    case "emails":
      return each(list(), (item) => (email.safeParse(item).success ? item : log.problem(field, "email")));
    case "disability":
      return parseDisability(log, column, list());
    case "consents":
      return parseConsents(log, column, list());
  }
}
