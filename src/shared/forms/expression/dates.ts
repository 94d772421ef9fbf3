/**
 * Dates as ODK treats them in expressions: a number of days since 1970-01-01, with a
 * fraction for date-times. Calendar dates are handled in UTC so that day arithmetic never
 * shifts across a daylight-saving change; today() is the local calendar date.
 */
export const DAY_MS = 86_400_000;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** Days since the epoch for a real calendar date, NaN for 2021-02-30 and the like. */
export function calendarDays(year: number, month: number, day: number): number {
  if (month < 1 || month > 12 || day < 1 || day > 31) return NaN;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCDate() !== day) return NaN;
  return Math.round(date.getTime() / DAY_MS);
}

// Forms read the same few dates (a birth date, today) on every evaluation; parsing is
// pure, so results are remembered, in a map that is emptied rather than left to grow.
const memo = new Map<string, number>();
const MEMO_SIZE = 512;

/** Days for "YYYY-MM-DD" (whole) or an ISO date-time (fractional); NaN when the text is neither. */
export function parseDateText(text: string): number {
  // No date or date-time is longer; this also keeps long texts out of the memo.
  if (text.length > 40) return Number.NaN;
  let days = memo.get(text);
  if (days === undefined) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    days = parseUncached(text);
    memo.set(text, days);
  }
  return days;
}

function parseUncached(text: string): number {
  const date = DATE.exec(text);
  if (date) return calendarDays(Number(date[1]), Number(date[2]), Number(date[3]));
  const time = DATE_TIME.exec(text);
  if (!time) return NaN;
  const days = calendarDays(Number(time[1]), Number(time[2]), Number(time[3]));
  const hours = Number(time[4]);
  const minutes = Number(time[5]);
  const seconds = Number(time[6] ?? 0) + Number(time[7] ?? 0);
  if (hours > 23 || minutes > 59 || seconds >= 60) return NaN;
  let offsetMinutes = 0;
  const zone = time[8];
  if (zone !== undefined && zone !== "Z") {
    const digits = zone.replace(":", "");
    offsetMinutes = (zone[0] === "-" ? -1 : 1) * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
  }
  return days + (hours * 3600 + (minutes - offsetMinutes) * 60 + seconds) / 86_400;
}

/** Cheap pre-check before running the date regexes on every string used as a number. */
export function looksLikeDate(text: string): boolean {
  return text.length >= 10 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millis: number;
}

function parts(days: number): Parts | null {
  const ms = Math.round(days * DAY_MS);
  const date = new Date(ms);
  if (!Number.isFinite(date.getTime())) return null;
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
    millis: date.getUTCMilliseconds(),
  };
}

/** "YYYY-MM-DD" for a day number; "" when it is not a representable date. */
export function formatIsoDate(days: number): string {
  const p = Number.isFinite(days) ? parts(Math.floor(days)) : null;
  if (!p || p.year < 0 || p.year > 9999) return "";
  return `${pad(p.year, 4)}-${pad(p.month, 2)}-${pad(p.day, 2)}`;
}

/** ISO date-time in UTC for a fractional day number. */
export function formatIsoDateTime(days: number): string {
  const p = Number.isFinite(days) ? parts(days) : null;
  if (!p || p.year < 0 || p.year > 9999) return "";
  return `${pad(p.year, 4)}-${pad(p.month, 2)}-${pad(p.day, 2)}T${pad(p.hour, 2)}:${pad(p.minute, 2)}:${pad(p.second, 2)}.${pad(p.millis, 3)}Z`;
}

/**
 * format-date() with the ODK codes that do not need a locale: %Y %y %m %n %d %e %H %h %M %S %3.
 * Other codes are kept as written, as in ODK.
 */
export function formatDatePattern(days: number, pattern: string): string {
  const p = Number.isFinite(days) ? parts(days) : null;
  if (!p) return "";
  return pattern.replace(/%([YymndeHhMS3%])/g, (_, code: string) => {
    switch (code) {
      case "Y":
        return pad(p.year, 4);
      case "y":
        return pad(p.year % 100, 2);
      case "m":
        return pad(p.month, 2);
      case "n":
        return String(p.month);
      case "d":
        return pad(p.day, 2);
      case "e":
        return String(p.day);
      case "H":
        return pad(p.hour, 2);
      case "h":
        return String(p.hour);
      case "M":
        return pad(p.minute, 2);
      case "S":
        return pad(p.second, 2);
      case "3":
        return pad(p.millis, 3);
      default:
        return "%";
    }
  });
}

/** Day number of a "YYYY-MM-DD" override, or of the local calendar date now. */
export function todayDays(today?: string): number {
  if (today !== undefined) return parseDateText(today);
  const now = new Date();
  return calendarDays(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
