import {
  type Cell,
  SMALL_CELL_THRESHOLD,
  suppressPartition,
  suppressTotal,
} from "../../../../shared/figures/suppression.js";
import { AWAITING_ANSWER, FINAL_STATUSES } from "../../../../shared/referrals/status.js";
import { partition } from "../../hotline/figures/figures-suppression.js";

/**
 * Small-cell suppression for the referral funnel, built on the shared rules (src/shared/figures). The funnel's
 * stages, the closed referrals and the overdue ones overlap the statuses, so each is published only where it
 * tells nothing that would let a withheld status be worked out.
 */

type Counts = readonly { key: string; count: number }[];

/** A stage counts the referrals whose status shows they got at least that far. */
export const FUNNEL_STAGES = {
  acknowledged: ["acknowledged", "accepted", "in_progress", "completed", "not_completed", "declined"],
  accepted: ["accepted", "in_progress", "completed", "not_completed"],
  completed: ["completed"],
} as const;

const countOf = (counts: Counts, keys: readonly string[]) =>
  counts.filter((cell) => keys.includes(cell.key)).reduce((sum, cell) => sum + cell.count, 0);

/**
 * A sum of status cells, published only where the published statuses already tell it: when none of the
 * withheld statuses is among those summed, or all of them are (their sum is the total less the shown cells).
 * Else it would split the withheld cells' sum and could give one of them away.
 */
export function sumOfStatuses(statuses: readonly Cell[], counts: Counts, keys: readonly string[]): number | null {
  const withheld = statuses.filter((cell) => cell.count === null).map((cell) => cell.key);
  const inside = withheld.filter((key) => keys.includes(key)).length;
  if (inside !== 0 && inside !== withheld.length) return null;
  return suppressTotal(countOf(counts, keys));
}

/** Sent, acknowledged, accepted, completed: the total, then sums of status cells. */
export function publishedFunnel(sent: number, statuses: readonly Cell[], counts: Counts) {
  return {
    sent: suppressTotal(sent),
    acknowledged: sumOfStatuses(statuses, counts, FUNNEL_STAGES.acknowledged),
    accepted: sumOfStatuses(statuses, counts, FUNNEL_STAGES.accepted),
    completed: sumOfStatuses(statuses, counts, FUNNEL_STAGES.completed),
  };
}

/** The closed referrals and the share of them completed. */
export function publishedCompletion(statuses: readonly Cell[], counts: Counts) {
  const closed = sumOfStatuses(statuses, counts, FINAL_STATUSES);
  const completed = sumOfStatuses(statuses, counts, FUNNEL_STAGES.completed);
  const share =
    closed !== null && closed > 0 && completed !== null ? Math.round((completed / closed) * 1000) / 1000 : null;
  return { closed, completed, share };
}

/**
 * Overdue referrals, a part of those awaiting an answer (sent or acknowledged): shown only when both of those
 * statuses are, and neither the overdue nor the rest awaiting is a small count, as "assisted" is on the helpline.
 */
export function publishedOverdue(overdue: number, statuses: readonly Cell[], counts: Counts): number | null {
  const awaiting: readonly string[] = AWAITING_ANSWER;
  if (statuses.some((cell) => awaiting.includes(cell.key) && cell.count === null)) return null;
  const [part] = suppressPartition([
    { key: "overdue", count: overdue },
    { key: "rest", count: countOf(counts, awaiting) - overdue },
  ]);
  return part?.count ?? null;
}

/**
 * A breakdown of a count that is itself a cell elsewhere (declined referrals by reason): when that count
 * is withheld its breakdown is too, or its cells would add up to it.
 */
export function partitionOf(whole: number | null, counts: Counts): Cell[] {
  if (whole === null) return partition(counts).map((cell) => ({ key: cell.key, count: cell.count === 0 ? 0 : null }));
  return partition(counts);
}

export interface DurationSums {
  /** Referrals with a measured time. */
  referrals: number;
  medianHours: number | null;
  meanHours: number | null;
}

const tenth = (hours: number | null) => (hours === null ? null : Math.round(hours * 10) / 10);

/** A time over a group: the median and the mean only over a group of at least the threshold, so that no time is one referral's. */
export function publishedTimes(group: DurationSums) {
  const enough = group.referrals >= SMALL_CELL_THRESHOLD;
  return { medianHours: enough ? tenth(group.medianHours) : null, meanHours: enough ? tenth(group.meanHours) : null };
}
