import { describe, expect, it } from "vitest";
import {
  activeFilterCount,
  changedParams,
  filtersFromParams,
  NO_ACTIVITY_FILTERS,
  paramsFromFilters,
  toActivityQuery,
} from "./activity-filters.js";
import { currentMonth, monthChoices, previousMonth } from "./months.js";

const OFFICE = "5b0e3f0a-8d7c-4b1e-9a55-2f1c0d9e8a71";

describe("activity filters in the address bar", () => {
  it("read a dashboard link as it is written", () => {
    const values = filtersFromParams(new URLSearchParams("kind=training&from=2022-05&to=2022-05"));
    expect(values).toEqual({ ...NO_ACTIVITY_FILTERS, kind: "training", from: "2022-05", to: "2022-05" });
    expect(toActivityQuery(values)).toMatchObject({ kind: "training", from: "2022-05", to: "2022-05" });
  });

  it("survive a round trip through the query string", () => {
    const values = {
      from: "2022-03",
      to: "2022-06",
      officeId: OFFICE,
      kind: "awareness" as const,
      section: "advocacy" as const,
      status: "approved" as const,
      q: "border",
    };
    expect(filtersFromParams(new URLSearchParams(paramsFromFilters(values).toString()))).toEqual(values);
  });

  it("drop values that are not valid instead of sending them", () => {
    const values = filtersFromParams(
      new URLSearchParams("kind=party&from=2022-13&to=May&officeId=42&status=lost&section=training"),
    );
    expect(values).toEqual({ ...NO_ACTIVITY_FILTERS, section: "training" });
  });

  it("change one filter and keep the others", () => {
    const current = new URLSearchParams(`kind=training&officeId=${OFFICE}`);
    const next = changedParams(current, { kind: "", status: "draft" });
    expect(Object.fromEntries(next)).toEqual({ officeId: OFFICE, status: "draft" });
  });

  it("read months chosen the wrong way round as the span between them, and count active filters", () => {
    const values = { ...NO_ACTIVITY_FILTERS, from: "2022-06", to: "2022-03", q: "words" };
    expect(toActivityQuery(values)).toMatchObject({ from: "2022-03", to: "2022-06" });
    expect(activeFilterCount(values)).toBe(2);
  });
});

describe("months", () => {
  it("name this month and the one before, across the new year", () => {
    expect(currentMonth(new Date(2026, 0, 15))).toBe("2026-01");
    expect(previousMonth(new Date(2026, 0, 15))).toBe("2025-12");
    expect(previousMonth(new Date(2026, 6, 1))).toBe("2026-06");
  });

  it("offer recent months newest first, with a month from a link added", () => {
    const months = monthChoices(new Date(2026, 1, 10), 1, ["2019-04", "not-a-month"]);
    expect(months.slice(0, 3)).toEqual(["2026-02", "2026-01", "2025-12"]);
    expect(months).toContain("2025-01");
    expect(months).not.toContain("2024-12");
    expect(months.at(-1)).toBe("2019-04");
    expect(months).not.toContain("not-a-month");
  });
});
