import {
  type Cell,
  isSmallCell,
  SMALL_CELL_THRESHOLD,
  suppressPartition,
  suppressTotal,
} from "../../../../shared/figures/suppression.js";
import { partition } from "../../hotline/figures/figures-suppression.js";

/**
 * Small-cell suppression for the referral funnel, built on the shared rules (src/shared/figures): what the
 * funnel adds is that its stages are nested counts, so the difference of two published stages is itself a
 * count of referrals and must not be a small one either.
 */

type Counts = readonly { key: string; count: number }[];

export interface FunnelCounts {
  sent: number;
  acknowledged: number;
  accepted: number;
  completed: number;
}

export type PublishedFunnel = { [K in keyof FunnelCounts]: number | null };

/**
 * The stages of the funnel, each a part of the one before. Sent is the total every breakdown adds up to and
 * completed is the "completed" cell of the statuses, so both come as published elsewhere; a stage between
 * them is shown only when it is not a small count and its difference to the nearest shown stage above and
 * below is not one either. Where two shown stages differ by a small count, the later one is withheld (the
 * earlier where the later is completed); that merges two differences, so the check runs until nothing changes.
 */
export function publishedFunnel(counts: FunnelCounts, completedCell: number | null): PublishedFunnel {
  const order = ["sent", "acknowledged", "accepted", "completed"] as const;
  const fixed = new Set<string>(["sent", "completed"]);
  const shown = new Set<(typeof order)[number]>(
    order.filter((stage) =>
      stage === "sent"
        ? suppressTotal(counts.sent) !== null
        : stage === "completed"
          ? completedCell !== null
          : !isSmallCell(counts[stage]),
    ),
  );
  let changed = true;
  while (changed) {
    changed = false;
    const visible = order.filter((stage) => shown.has(stage));
    for (const [i, upper] of visible.entries()) {
      const lower = visible[i + 1];
      if (!lower || !isSmallCell(counts[upper] - counts[lower])) continue;
      const withheld = fixed.has(lower) ? upper : lower;
      if (fixed.has(withheld)) continue;
      shown.delete(withheld);
      changed = true;
      break;
    }
  }
  const value = (stage: (typeof order)[number]) => (shown.has(stage) ? counts[stage] : null);
  return {
    sent: value("sent"),
    acknowledged: value("acknowledged"),
    accepted: value("accepted"),
    completed: value("completed"),
  };
}

/**
 * A count that is a part of a published whole (overdue of those awaiting an answer, closed of those sent):
 * shown only when neither it nor the rest of the whole is small, as "assisted" is on the helpline.
 */
export function partOf(part: number, whole: number): number | null {
  return (
    suppressPartition([
      { key: "part", count: part },
      { key: "rest", count: whole - part },
    ])[0]?.count ?? null
  );
}

/**
 * A breakdown of a count that is itself a cell elsewhere (declined referrals by reason): when that count
 * is withheld its breakdown is too, or its cells would add up to it.
 */
export function partitionOf(whole: number | null, counts: Counts): Cell[] {
  if (whole === null) return partition(counts).map((cell) => ({ key: cell.key, count: cell.count === 0 ? 0 : null }));
  return partition(counts);
}

/** The same for a breakdown on a fixed scale (urgencies), cells in the order of the keys. */
export function scaleOf(whole: number | null, counts: Counts, keys: readonly string[]): Cell[] {
  const byKey = new Map(counts.map((cell) => [cell.key, cell.count]));
  const cells = suppressPartition(keys.map((key) => ({ key, count: byKey.get(key) ?? 0 })));
  return whole === null ? cells.map((cell) => ({ key: cell.key, count: cell.count === 0 ? 0 : null })) : cells;
}

export interface DurationSums {
  /** Referrals with a measured time. */
  referrals: number;
  medianHours: number | null;
  meanHours: number | null;
}

const tenth = (hours: number | null) => (hours === null ? null : Math.round(hours * 10) / 10);

/**
 * A time over a group: the median and mean only over a group of at least the threshold, so that no time
 * is one referral's; the group's size as published elsewhere (a funnel stage, a cell).
 */
export function publishedDuration(group: DurationSums, publishedCount: number | null) {
  const enough = group.referrals >= SMALL_CELL_THRESHOLD;
  return {
    referrals: publishedCount,
    medianHours: enough ? tenth(group.medianHours) : null,
    meanHours: enough ? tenth(group.meanHours) : null,
  };
}
