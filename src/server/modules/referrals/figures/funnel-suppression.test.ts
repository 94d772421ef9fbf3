import { describe, expect, it } from "vitest";
import { suppressPartition } from "../../../../shared/figures/suppression.js";
import {
  partitionOf,
  publishedCompletion,
  publishedFunnel,
  publishedOverdue,
  publishedTimes,
} from "./funnel-suppression.js";

/** Referrals by status, and the status cells as the figures publish them. */
function statuses(counts: Record<string, number>) {
  const list = Object.entries(counts).map(([key, count]) => ({ key, count }));
  const total = list.reduce((sum, cell) => sum + cell.count, 0);
  return { list, cells: suppressPartition(list), total };
}

describe("referral funnel suppression", () => {
  it("sums the statuses into stages, closed referrals and the share completed", () => {
    const { list, cells, total } = statuses({
      sent: 10,
      acknowledged: 5,
      accepted: 5,
      in_progress: 5,
      completed: 20,
      not_completed: 5,
      declined: 5,
      withdrawn: 5,
      expired: 0,
    });
    expect(publishedFunnel(total, cells, list)).toEqual({ sent: 60, acknowledged: 45, accepted: 35, completed: 20 });
    expect(publishedCompletion(cells, list)).toEqual({ closed: 35, completed: 20, share: 0.571 });
  });

  it("withholds a sum that would split the withheld statuses, and keeps one that holds all of them", () => {
    // Not completed (2) and acknowledged (3) are withheld; closed (87) less the other closed statuses would
    // give the two not completed away, and so would the accepted stage.
    const { list, cells, total } = statuses({
      sent: 5,
      acknowledged: 3,
      accepted: 16,
      in_progress: 20,
      completed: 63,
      not_completed: 2,
      declined: 16,
      withdrawn: 6,
      expired: 0,
    });
    expect(cells.filter((cell) => cell.count === null).map((cell) => cell.key)).toEqual([
      "acknowledged",
      "not_completed",
    ]);
    expect(publishedCompletion(cells, list)).toEqual({ closed: null, completed: 63, share: null });
    // The acknowledged stage holds both withheld statuses: it is the total less what is shown anyway.
    expect(publishedFunnel(total, cells, list)).toEqual({
      sent: 131,
      acknowledged: 120,
      accepted: null,
      completed: 63,
    });
    expect(publishedOverdue(2, cells, list)).toBeNull();
  });

  it("publishes no small total and no stage of a small total", () => {
    const { list, cells, total } = statuses({ sent: 3, completed: 0 });
    expect(publishedFunnel(total, cells, list)).toEqual({ sent: null, acknowledged: 0, accepted: 0, completed: 0 });
  });

  it("shows overdue referrals only when neither they nor the rest awaiting an answer are few", () => {
    const { list, cells } = statuses({ sent: 10, acknowledged: 6, completed: 20 });
    expect(publishedOverdue(6, cells, list)).toBe(6);
    expect(publishedOverdue(13, cells, list)).toBeNull();
    expect(publishedOverdue(16, cells, list)).toBe(16);
    expect(publishedOverdue(0, cells, list)).toBe(0);
  });

  it("withholds the breakdown of a withheld count, zeros aside", () => {
    const reasons = [
      { key: "no_capacity", count: 7 },
      { key: "other", count: 0 },
    ];
    expect(partitionOf(7, reasons)).toEqual(reasons);
    expect(partitionOf(null, reasons)).toEqual([
      { key: "no_capacity", count: null },
      { key: "other", count: 0 },
    ]);
  });

  it("gives a time only over five referrals or more, to a tenth of an hour", () => {
    expect(publishedTimes({ referrals: 4, medianHours: 3, meanHours: 3 })).toEqual({
      medianHours: null,
      meanHours: null,
    });
    expect(publishedTimes({ referrals: 5, medianHours: 3.04, meanHours: 4.75 })).toEqual({
      medianHours: 3,
      meanHours: 4.8,
    });
  });
});
