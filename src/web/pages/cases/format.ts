/** Dates, numbers and money in the interface language, through Intl. */

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let format = cache.get(key) as T | undefined;
  if (!format) {
    format = make();
    cache.set(key, format);
  }
  return format;
}

/**
 * A calendar date ("2025-03-02") or a timestamp, shown as a date. Calendar dates are read in UTC so that
 * no time zone moves them to the day before.
 */
export function formatDate(value: string | null | undefined, lang: string): string {
  if (!value) return "";
  const calendar = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(calendar ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  const key = `date:${lang}:${calendar}`;
  return cached(key, () =>
    calendar
      ? new Intl.DateTimeFormat(lang, { dateStyle: "medium", timeZone: "UTC" })
      : new Intl.DateTimeFormat(lang, { dateStyle: "medium" }),
  ).format(date);
}

export function formatNumber(value: number | null | undefined, lang: string): string {
  if (value === null || value === undefined) return "";
  return cached(`number:${lang}`, () => new Intl.NumberFormat(lang, { maximumFractionDigits: 2 })).format(value);
}

export function formatMoney(value: number | null | undefined, currency: string | null, lang: string): string {
  if (value === null || value === undefined) return "";
  if (!currency) return formatNumber(value, lang);
  try {
    return cached(
      `money:${lang}:${currency}`,
      () => new Intl.NumberFormat(lang, { style: "currency", currency }),
    ).format(value);
  } catch {
    return `${formatNumber(value, lang)} ${currency}`;
  }
}

export function formatBytes(bytes: number, lang: string): string {
  const units = ["byte", "kilobyte", "megabyte"] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return cached(
    `bytes:${lang}:${unit}`,
    () => new Intl.NumberFormat(lang, { style: "unit", unit: units[unit], maximumFractionDigits: 1 }),
  ).format(value);
}

/** Today as "YYYY-MM-DD" in the caseworker's own time zone: the default of date fields. */
export function todayLocal(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, "0");
  const day = String(now.getDate()).padStart(2, "0");
  return `${now.getFullYear()}-${month}-${day}`;
}
