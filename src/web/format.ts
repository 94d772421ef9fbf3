/** Locale-aware formatting through Intl, so dates and country names follow the interface language. */

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const regionNames = new Map<string, Intl.DisplayNames>();

export function formatDateTime(iso: string | null | undefined, lang: string): string {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let format = dateTimeFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { dateStyle: "medium", timeStyle: "short" });
    dateTimeFormats.set(lang, format);
  }
  return format.format(date);
}

export function countryName(code: string, lang: string): string {
  let names = regionNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([lang], { type: "region", fallback: "code" });
    regionNames.set(lang, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Splits a TOTP secret into groups of four so it can be typed by hand without losing the place. */
export function groupInFours(text: string): string {
  return (text.replace(/\s+/g, "").match(/.{1,4}/g) ?? []).join(" ");
}

/** Converts the value of an <input type="datetime-local"> (local time, no zone) to ISO 8601 with offset. */
export function localInputToIso(value: string): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** A "YYYY-MM" month as the language names it ("November 2026", "листопад 2026 р."); the key if it is not one. */
export function monthName(key: string, lang: string): string {
  const date = new Date(`${key}-01T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return key;
  return new Intl.DateTimeFormat(lang, { year: "numeric", month: "long", timeZone: "UTC" }).format(date);
}
