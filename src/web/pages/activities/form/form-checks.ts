/**
 * Checks shown while typing, before anything is sent: the same rules the server applies, so that a person
 * sees "these do not add up" next to the numbers instead of after saving. The server stays the judge.
 */

/** A whole count as typed ("1 250", "1250"); null when blank or not a whole number of zero or more. */
export function readCount(typed: string): number | null {
  const compact = typed.replace(/[\s\u00a0\u202f]/g, "");
  if (!/^\d{1,9}$/.test(compact)) return null;
  return Number(compact);
}

export type SumState = "incomplete" | "adds_up" | "short" | "over";

export interface SumCheck {
  state: SumState;
  /** What the parts add up to, as far as they are filled in. */
  sum: number;
  total: number | null;
}

/**
 * Parts against their total: adds up, falls short, or goes over. Incomplete while the total or a part
 * that must be there is blank or not a count; optional parts left blank count as nought.
 */
export function sumCheck(total: string, required: readonly string[], optional: readonly string[] = []): SumCheck {
  const expected = readCount(total);
  const parts = required.map(readCount);
  const extras = optional.map((typed) => (typed.trim() === "" ? 0 : readCount(typed)));
  const known = [...parts, ...extras].filter((value): value is number => value !== null);
  const sum = known.reduce((a, b) => a + b, 0);
  if (expected === null || parts.includes(null) || extras.includes(null)) {
    // Already over the total is worth saying before the rest is typed.
    return { state: expected !== null && sum > expected ? "over" : "incomplete", sum, total: expected };
  }
  return { state: sum === expected ? "adds_up" : sum < expected ? "short" : "over", sum, total: expected };
}

export interface ParticipantCounts {
  total: string;
  female: string;
  male: string;
  other: string;
}

/** Women, men and other (or undisclosed) participants add up to the total; "other" may be left blank. */
export function participantsCheck(counts: ParticipantCounts): SumCheck {
  return sumCheck(counts.total, [counts.female, counts.male], [counts.other]);
}

/** Participants by profile add up to the total, when any are given. Null when no rows are filled in. */
export function profilesCheck(total: string, rows: readonly { count: string }[]): SumCheck | null {
  if (rows.length === 0) return null;
  return sumCheck(
    total,
    rows.map((row) => row.count),
  );
}

/**
 * A material line's quantities in order: no more distributed than printed (or produced, when nothing was
 * printed), no more printed than produced. Which of the two is broken, or null; nothing while a figure is blank.
 */
export function materialProblem(line: {
  produced: string;
  printed: string;
  distributed: string;
}): "distributed_over" | "printed_over" | null {
  const produced = readCount(line.produced);
  const printed = readCount(line.printed);
  const distributed = readCount(line.distributed);
  const limit = printed ?? produced;
  if (distributed !== null && limit !== null && distributed > limit) return "distributed_over";
  if (printed !== null && produced !== null && printed > produced) return "printed_over";
  return null;
}
