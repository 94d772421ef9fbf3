import { describe, expect, it } from "vitest";
import { dayOf, presetOf, presetPeriod, todayIn } from "./period.js";

describe("reporting periods", () => {
  const today = new Date(2026, 2, 31); // 31 March 2026

  it("counts presets from today, months and years whole", () => {
    expect(presetPeriod("thisMonth", today)).toEqual({ from: "2026-03-01", to: "2026-03-31" });
    expect(presetPeriod("lastMonth", today)).toEqual({ from: "2026-02-01", to: "2026-02-28" });
    expect(presetPeriod("thisYear", today)).toEqual({ from: "2026-01-01", to: "2026-03-31" });
    expect(presetPeriod("lastYear", today)).toEqual({ from: "2025-01-01", to: "2025-12-31" });
    expect(presetPeriod("last12Months", today)).toEqual({ from: "2025-04-01", to: "2026-03-31" });
  });

  it("recognises a preset, and nothing else", () => {
    expect(presetOf({ from: "2025-01-01", to: "2025-12-31" }, today)).toBe("lastYear");
    expect(presetOf({ from: "2025-01-02", to: "2025-12-31" }, today)).toBeUndefined();
  });

  it("takes today in the organisation's time zone, where a late evening in UTC is already tomorrow", () => {
    const lateEvening = new Date("2026-12-03T23:18:00Z");
    expect(dayOf(todayIn("Europe/Warsaw", lateEvening))).toBe("2026-12-04");
    expect(dayOf(todayIn("America/New_York", lateEvening))).toBe("2026-12-03");
    expect(presetPeriod("thisMonth", todayIn("Europe/Kyiv", lateEvening))).toEqual({
      from: "2026-12-01",
      to: "2026-12-04",
    });
    // An unknown zone falls back to the browser's day rather than failing the page.
    expect(todayIn("Mars/Olympus_Mons", lateEvening)).toBe(lateEvening);
  });
});
