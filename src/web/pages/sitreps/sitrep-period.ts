/** Months of a new report: the default period and a check of what was typed. */

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The month before the given day's month, as YYYY-MM: a report is usually written after its month ends. */
export function previousMonth(today: Date = new Date()): string {
  const year = today.getFullYear();
  const month = today.getMonth(); // 0-based: this is already last month's 1-based number
  return month === 0 ? `${year - 1}-12` : `${year}-${String(month).padStart(2, "0")}`;
}

export type PeriodProblem = "fromMonth" | "toMonth" | "order" | null;

/** What is wrong with a typed period, if anything; the months compare as text because both are YYYY-MM. */
export function periodProblem(fromMonth: string, toMonth: string): PeriodProblem {
  if (!MONTH_PATTERN.test(fromMonth)) return "fromMonth";
  if (!MONTH_PATTERN.test(toMonth)) return "toMonth";
  return fromMonth > toMonth ? "order" : null;
}
