import { describe, expect, it } from "vitest";
import { partitionOf, partOf, publishedDuration, publishedFunnel, scaleOf } from "./funnel-suppression.js";

describe("referral funnel suppression", () => {
  it("shows every stage when no difference between them is small", () => {
    expect(publishedFunnel({ sent: 100, acknowledged: 90, accepted: 60, completed: 40 }, 40)).toEqual({
      sent: 100,
      acknowledged: 90,
      accepted: 60,
      completed: 40,
    });
  });

  it("withholds a stage a small count away from the one before, then compares with the next shown one", () => {
    // 100 − 98 would tell that two referrals were never answered.
    expect(publishedFunnel({ sent: 100, acknowledged: 98, accepted: 90, completed: 50 }, 50)).toEqual({
      sent: 100,
      acknowledged: null,
      accepted: 90,
      completed: 50,
    });
    // Sent and completed are fixed, so the stage before completed gives way.
    expect(publishedFunnel({ sent: 40, acknowledged: 30, accepted: 22, completed: 20 }, 20)).toEqual({
      sent: 40,
      acknowledged: 30,
      accepted: null,
      completed: 20,
    });
    expect(publishedFunnel({ sent: 40, acknowledged: 38, accepted: 38, completed: 36 }, 36)).toEqual({
      sent: 40,
      acknowledged: null,
      accepted: null,
      completed: 36,
    });
  });

  it("follows the statuses for completed and the small-cell rule for sent", () => {
    expect(publishedFunnel({ sent: 12, acknowledged: 12, accepted: 10, completed: 10 }, null)).toEqual({
      sent: 12,
      acknowledged: 12,
      accepted: null,
      completed: null,
    });
    expect(publishedFunnel({ sent: 3, acknowledged: 0, accepted: 0, completed: 0 }, 0)).toEqual({
      sent: null,
      acknowledged: 0,
      accepted: 0,
      completed: 0,
    });
  });

  it("shows a part of a whole only when neither it nor the rest is small", () => {
    expect(partOf(6, 11)).toBe(6);
    expect(partOf(2, 12)).toBeNull();
    expect(partOf(6, 8)).toBeNull();
    expect(partOf(0, 3)).toBe(0);
    expect(partOf(7, 7)).toBe(7);
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
    expect(scaleOf(9, [{ key: "high", count: 9 }], ["emergency", "high"])).toEqual([
      { key: "emergency", count: 0 },
      { key: "high", count: 9 },
    ]);
    expect(scaleOf(null, [{ key: "high", count: 9 }], ["emergency", "high"])[1]?.count).toBeNull();
  });

  it("gives a time only over five referrals or more, to a tenth of an hour", () => {
    expect(publishedDuration({ referrals: 4, medianHours: 3, meanHours: 3 }, null)).toEqual({
      referrals: null,
      medianHours: null,
      meanHours: null,
    });
    expect(publishedDuration({ referrals: 5, medianHours: 3.04, meanHours: 4.75 }, 5)).toEqual({
      referrals: 5,
      medianHours: 3,
      meanHours: 4.8,
    });
  });
});
