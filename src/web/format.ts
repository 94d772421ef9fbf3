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

/** A running clock for a call: "04:07", "1:02:05" — the digits an operator glances at, in the language's numerals. */
export function formatClock(totalSeconds: number, lang: string): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const two = new Intl.NumberFormat(lang, { minimumIntegerDigits: 2, useGrouping: false });
  const one = new Intl.NumberFormat(lang, { useGrouping: false });
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return h > 0 ? `${one.format(h)}:${two.format(m)}:${two.format(s)}` : `${two.format(m)}:${two.format(s)}`;
}

/** A length of time in words of the language: "1 hr, 5 min", "4 min, 7 sec", "45 sec". */
export function formatDuration(totalSeconds: number | null | undefined, lang: string): string {
  if (totalSeconds === null || totalSeconds === undefined) return "";
  const seconds = Math.max(0, Math.round(totalSeconds));
  const hours = Math.floor(seconds / 3600);
  const units: [number, "hour" | "minute" | "second"][] = [
    [hours, "hour"],
    [Math.floor((seconds % 3600) / 60), "minute"],
    // Seconds only matter for short calls; an hour-long call is read in hours and minutes.
    [hours > 0 ? 0 : seconds % 60, "second"],
  ];
  const shown = units.filter(([value]) => value > 0);
  const words = (shown.length > 0 ? shown : [[0, "second"] as const]).map(([value, unit]) =>
    new Intl.NumberFormat(lang, { style: "unit", unit, unitDisplay: "short" }).format(value),
  );
  return new Intl.ListFormat(lang, { type: "unit", style: "short" }).format(words);
}
