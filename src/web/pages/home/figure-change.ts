/**
 * How a figure moved from last month to this one, for a card on the home page. Withheld on either side
 * (a small count of people) means the change is not known and is not guessed.
 */
export type MonthChange =
  | { direction: "up" | "down"; share: number }
  | { direction: "same" }
  /** Nothing last month: a percentage would be infinite, so the card says it is new. */
  | { direction: "new" }
  | null;

export function monthChange(current: number | null, previous: number | null): MonthChange {
  if (current === null || previous === null) return null;
  if (current === previous) return { direction: "same" };
  if (previous === 0) return { direction: "new" };
  const share = Math.abs(current - previous) / Math.abs(previous);
  return { direction: current > previous ? "up" : "down", share };
}

/** "25 %", "0.4%": whole percent, one decimal below one percent so that a small change does not read as none. */
export function changePercent(share: number, lang: string): string {
  return new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: share < 0.01 ? 1 : 0 }).format(share);
}

/** The arrow drawn beside the words; the words say the same for those who do not see it. */
export const CHANGE_ARROWS = { up: "↑", down: "↓", same: "→", new: "↑" } as const;
