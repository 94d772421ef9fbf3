/** Reporting months as "YYYY-MM", in the person's own calendar (a month closes where they are, not in UTC). */

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

export const isMonth = (value: string | null | undefined): value is string => !!value && MONTH_PATTERN.test(value);

const monthKey = (year: number, monthIndex: number) => `${year}-${String(monthIndex + 1).padStart(2, "0")}`;

export function currentMonth(now: Date = new Date()): string {
  return monthKey(now.getFullYear(), now.getMonth());
}

/** The month a report is usually being finished for: the one before this. */
export function previousMonth(now: Date = new Date()): string {
  const month = now.getMonth();
  return month === 0 ? monthKey(now.getFullYear() - 1, 11) : monthKey(now.getFullYear(), month - 1);
}

/**
 * Months to choose from, newest first: this month back to the first of `years` years ago, with any month
 * named in `include` (from a link, say) added so that a choice made elsewhere is always on the list.
 */
export function monthChoices(now: Date = new Date(), years = 6, include: readonly string[] = []): string[] {
  const months = new Set<string>();
  const last = now.getFullYear() * 12 + now.getMonth();
  const first = (now.getFullYear() - years) * 12;
  for (let index = last; index >= first; index--) months.add(monthKey(Math.floor(index / 12), index % 12));
  for (const month of include) if (isMonth(month)) months.add(month);
  return [...months].sort().reverse();
}
