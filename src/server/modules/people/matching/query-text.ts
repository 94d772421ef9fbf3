import { birthDateKey } from "./contact-keys.js";

/*
 * Splits what a caseworker types into one search box ("Коваленко Олена 12.04.1990 +380 67 123 4567") into
 * the parts that are looked up as different key kinds. Anything that could be an identifier is offered as
 * one: a wrong guess only costs a key that matches nothing, a missed one loses the best match.
 */

export interface QueryParts {
  /** The text left for name matching, with e-mails, dates and numbers removed. */
  nameText: string;
  /** ISO dates ("1990-04-12") and bare years ("1990"). */
  birthDates: string[];
  /** Raw phone-like fragments; contact-keys decides which are numbers. */
  phones: string[];
  /** Raw document-number-like fragments. */
  identityNumbers: string[];
  emails: string[];
}

const EMAIL = /[^\s@,;<>()[\]"]+@[^\s@,;<>()[\]"]+\.[^\s@,;<>()[\]"]+/g;
const ISO_DATE = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/g;
// 12.04.1990, 12/04/1990, 12-04-1990: day first, as written across Europe and the former Soviet Union.
const DAY_FIRST_DATE = /(?<!\d)(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)/g;
const PHONE = /\+?\(?\d[\d\s().-]{5,}\d/g;
const YEAR = /^(?:19|20)\d{2}$/;
/** Letters printed before a document number ("КВ 123456", "AB 123456"). */
const SERIES = /^\p{L}{1,3}$/u;

function isoDate(year: string, month: string, day: string): string | undefined {
  return birthDateKey(`${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`);
}

function takeDates(text: string, out: string[]): string {
  const withoutIso = text.replace(ISO_DATE, (whole, y: string, m: string, d: string) => {
    const date = isoDate(y, m, d);
    if (!date) return whole;
    out.push(date);
    return " ";
  });
  return withoutIso.replace(DAY_FIRST_DATE, (whole, d: string, _sep: string, m: string, y: string) => {
    // Fall back to month-first only when day-first is impossible (04/25/1990).
    const date = isoDate(y, m, d) ?? isoDate(y, d, m);
    if (!date) return whole;
    out.push(date);
    return " ";
  });
}

function phoneCandidates(text: string): string[] {
  const out: string[] = [];
  for (const match of text.match(PHONE) ?? []) {
    out.push(match.trim());
    // A run can swallow two numbers typed side by side; each long enough part is tried on its own as well.
    const parts = match.trim().split(/\s+/);
    if (parts.length > 1) for (const part of parts) if (part.replace(/\D/g, "").length >= 7) out.push(part);
  }
  return out;
}

/**
 * Document numbers: every word with a digit, that word joined with a directly preceding series word of up
 * to three letters, and runs of consecutive number words (numbers typed in groups: "123 456 789"). Returns
 * the positions of the words that are not names.
 */
function takeIdentityNumbers(words: string[], out: string[]): Set<number> {
  const used = new Set<number>();
  let run: string[] = [];
  const flush = () => {
    if (run.length > 1) out.push(run.join(""));
    run = [];
  };
  words.forEach((word, i) => {
    if (!/\d/.test(word)) {
      flush();
      return;
    }
    used.add(i);
    out.push(word);
    const before = words[i - 1];
    if (run.length === 0 && before !== undefined && SERIES.test(before)) {
      // A three-letter word may still be a name (Ion, Ana); shorter ones are no use as name tokens anyway.
      if (before.length <= 2) used.add(i - 1);
      run.push(before);
      out.push(before + word);
    }
    run.push(word);
  });
  flush();
  return used;
}

export function splitQueryText(text: string): QueryParts {
  const emails = text.match(EMAIL) ?? [];
  const birthDates: string[] = [];
  const rest = takeDates(text.replace(EMAIL, " "), birthDates);
  const phones = phoneCandidates(rest);
  const words = rest.split(/\s+/).filter((w) => w.length > 0);
  for (const word of words) {
    const bare = word.replace(/^\p{P}+|\p{P}+$/gu, "");
    if (YEAR.test(bare)) birthDates.push(bare);
  }
  const identityNumbers: string[] = [];
  const used = takeIdentityNumbers(words, identityNumbers);
  const nameText = words.filter((_, i) => !used.has(i)).join(" ");
  return { nameText, birthDates, phones, identityNumbers, emails };
}
