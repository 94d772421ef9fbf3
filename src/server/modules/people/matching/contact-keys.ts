import anyAscii from "any-ascii";
import parsePhoneNumber, { type CountryCode } from "libphonenumber-js";

/*
 * Blind-index keys for the exact identifiers of a person. Each function returns one canonical string, or
 * undefined when the input cannot be an identifier of that kind; equal identifiers typed differently must
 * give the same key, because the database can only compare keys for equality.
 */

export type { CountryCode };

function parsePossible(text: string, defaultCountry: CountryCode | undefined) {
  const parsed = parsePhoneNumber(text, defaultCountry ? { defaultCountry } : undefined);
  // isPossible() checks the length for the country only. Stricter digit validation would drop numbers from
  // newly allocated ranges until the metadata is updated, and a key is only useful if it is always produced.
  return parsed?.isPossible() ? parsed : undefined;
}

/**
 * E.164 form of a phone number ("+380671234567"), or undefined. National numbers ("067 123 45 67") need
 * the default country; "00" as international prefix is understood even without one.
 */
export function phoneKey(raw: string, defaultCountry?: CountryCode): string | undefined {
  const text = raw.trim();
  if (!/\d/.test(text)) return undefined;
  const parsed =
    parsePossible(text, defaultCountry) ??
    // 00 is the international prefix in most of Europe and Africa; without a default country (or with one
    // that dials abroad differently) libphonenumber does not read it as "+".
    (/^00[1-9]/.test(text) ? parsePossible(`+${text.slice(2)}`, undefined) : undefined);
  return parsed?.number;
}

// Document series are printed in Cyrillic (КВ 123456) and typed by look-alike Latin letters (KB 123456),
// so look-alikes fold to the Latin letter they resemble rather than to their transliteration (В is B, not V).
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  А: "A",
  В: "B",
  Е: "E",
  К: "K",
  М: "M",
  Н: "H",
  О: "O",
  Р: "P",
  С: "C",
  Т: "T",
  У: "Y",
  Х: "X",
  І: "I",
};

/** Shorter numbers are not document numbers (or would match by chance). */
const MIN_IDENTITY_LENGTH = 5;

/**
 * Passport, ID-card or registration number as upper-case Latin letters and digits only, so that spaces,
 * dashes and look-alike Cyrillic letters typed differently give the same key. Requires at least one digit.
 */
export function identityKey(raw: string): string | undefined {
  const upper = raw.normalize("NFKC").toUpperCase();
  const folded = Array.from(upper, (ch) => LOOK_ALIKES[ch] ?? ch).join("");
  const key = anyAscii(folded)
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, "");
  return key.length >= MIN_IDENTITY_LENGTH && /\d/.test(key) ? key : undefined;
}

/** Trimmed, lower-cased e-mail address, or undefined when it is not shaped like one. */
export function emailKey(raw: string): string | undefined {
  const key = raw.normalize("NFKC").trim().toLowerCase();
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(key) ? key : undefined;
}

const MIN_BIRTH_YEAR = 1900;
const MAX_BIRTH_YEAR = 2100;

function plausibleYear(year: number): boolean {
  return year >= MIN_BIRTH_YEAR && year <= MAX_BIRTH_YEAR;
}

/**
 * "YYYY-MM-DD" for a real calendar date given as ISO text (a time part is ignored), "YYYY" when only the
 * year is known, otherwise undefined.
 */
export function birthDateKey(isoDate: string): string | undefined {
  const text = isoDate.trim();
  const yearOnly = /^(\d{4})$/.exec(text);
  if (yearOnly) return plausibleYear(Number(yearOnly[1])) ? text : undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && plausibleYear(year) ? text.slice(0, 10) : undefined;
}

/** Year part of a birth date key ("1990"), so that a known year alone can still be matched. */
export function birthYearKey(isoDate: string): string | undefined {
  return birthDateKey(isoDate)?.slice(0, 4);
}
