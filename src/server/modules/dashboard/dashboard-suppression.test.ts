import { describe, expect, it } from "vitest";
import { dashboardPeriod, shiftMonth } from "./dashboard-period.js";
import { publishRecordSeries } from "./dashboard-suppression.js";

const series = (months: Record<string, number>, since: number) => ({ byMonth: new Map(Object.entries(months)), since });

describe("dashboard period", () => {
  it("ends the trend with the current month and counts from the earlier of the trend and the since day", () => {
    const period = dashboardPeriod({ month: "2024-02", since: "2023-06-15" }, "Europe/Warsaw");
    expect(period.trendMonths).toHaveLength(12);
    expect([period.trendMonths[0], period.trendMonths.at(-1), period.previousMonth]).toEqual([
      "2023-03",
      "2024-02",
      "2024-01",
    ]);
    expect([period.firstDay, period.endDay]).toEqual(["2023-03-01", "2024-03-01"]);
    expect(dashboardPeriod({ month: "2024-02" }, "UTC").since).toBe("2021-01-01");
  });

  it("takes the current month where the organisation is", () => {
    // 23:30 on 31 December in UTC is already January in Kyiv.
    const now = new Date("2023-12-31T23:30:00Z");
    expect(dashboardPeriod({}, "Europe/Kyiv", now).month).toBe("2024-01");
    expect(dashboardPeriod({}, "UTC", now).month).toBe("2023-12");
    expect(shiftMonth("2024-01", -1)).toBe("2023-12");
    expect(shiftMonth("2023-12", 1)).toBe("2024-01");
  });
});

describe("suppression of counts from records", () => {
  const period = dashboardPeriod({ month: "2024-12", since: "2024-01-01" }, "UTC");

  it("withholds months of 1 to 4, keeps zero", () => {
    const published = publishRecordSeries(series({ "2024-11": 3, "2024-12": 7 }, 10), period);
    expect(published.points.slice(-3)).toEqual([0, null, 7]);
  });

  it("withholds the since total when it is the sum of shown months and one withheld month", () => {
    expect(publishRecordSeries(series({ "2024-11": 3, "2024-12": 7 }, 10), period).since).toBeNull();
    // Two withheld months: their sum (at most 8) is all the total tells.
    expect(publishRecordSeries(series({ "2024-10": 2, "2024-11": 3, "2024-12": 7 }, 12), period).since).toBe(12);
    // From before the trend: months not shown are in the total too.
    const longer = dashboardPeriod({ month: "2024-12", since: "2020-01-01" }, "UTC");
    expect(publishRecordSeries(series({ "2024-11": 3, "2024-12": 7 }, 40), longer).since).toBe(40);
    expect(publishRecordSeries(series({ "2024-12": 3 }, 3), period).since).toBeNull();
  });
});
