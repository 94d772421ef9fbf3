import { dayInZone } from "../../../shared/dates.js";

/** Reporting periods offered on the figures page, as inclusive "YYYY-MM-DD" bounds counted from today. */

export const PERIOD_PRESETS = ["thisMonth", "lastMonth", "thisYear", "lastYear", "last12Months"] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export interface Period {
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, "0");
/** A calendar day as written in the API, from the date's own (local) fields. */
export const dayOf = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/**
 * Today's date in a time zone, as a Date whose local fields hold it (what presetPeriod reads). Figures are
 * counted in the organisation's days: a browser in another zone, or just past midnight there, must not cut
 * off the organisation's today.
 */
export function todayIn(timeZone: string | undefined, now: Date = new Date()): Date {
  if (!timeZone) return now;
  try {
    const [year, month, date] = dayInZone(timeZone, now).split("-").map(Number) as [number, number, number];
    return new Date(year, month - 1, date);
  } catch {
    // An unknown zone name: the browser's own day.
    return now;
  }
}

export function presetPeriod(preset: PeriodPreset, today: Date = new Date()): Period {
  const year = today.getFullYear();
  const month = today.getMonth();
  switch (preset) {
    case "thisMonth":
      return { from: dayOf(new Date(year, month, 1)), to: dayOf(today) };
    case "lastMonth":
      // Day 0 of a month is the last day of the one before.
      return { from: dayOf(new Date(year, month - 1, 1)), to: dayOf(new Date(year, month, 0)) };
    case "thisYear":
      return { from: dayOf(new Date(year, 0, 1)), to: dayOf(today) };
    case "lastYear":
      return { from: dayOf(new Date(year - 1, 0, 1)), to: dayOf(new Date(year - 1, 11, 31)) };
    case "last12Months":
      return { from: dayOf(new Date(year - 1, month, today.getDate() + 1)), to: dayOf(today) };
  }
}

/** The preset a period is, if any (the picker shows "custom" otherwise). */
export function presetOf(period: Period, today: Date = new Date()): PeriodPreset | undefined {
  return PERIOD_PRESETS.find((preset) => {
    const candidate = presetPeriod(preset, today);
    return candidate.from === period.from && candidate.to === period.to;
  });
}
