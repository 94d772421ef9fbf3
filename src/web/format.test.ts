import { describe, expect, it } from "vitest";
import { countryName, formatClock, formatDateTime, formatDuration, groupInFours, localInputToIso } from "./format.js";

describe("format", () => {
  it("groups a TOTP secret in fours for typing by hand", () => {
    expect(groupInFours("JBSWY3DPEHPK3PXPJBSW")).toBe("JBSW Y3DP EHPK 3PXP JBSW");
    expect(groupInFours("JBS WY3")).toBe("JBSW Y3");
    expect(groupInFours("")).toBe("");
  });

  it("names countries in the interface language", () => {
    expect(countryName("UA", "en")).toBe("Ukraine");
    expect(countryName("UA", "uk")).toBe("Україна");
    expect(countryName("PL", "ro")).toBe("Polonia");
  });

  it("formats dates per language and leaves bad input readable", () => {
    const iso = "2025-03-01T10:00:00Z";
    expect(formatDateTime(iso, "en")).toMatch(/2025/);
    expect(formatDateTime(iso, "uk")).not.toBe(formatDateTime(iso, "en"));
    expect(formatDateTime(null, "en")).toBe("");
    expect(formatDateTime("not a date", "en")).toBe("not a date");
  });

  it("turns a datetime-local value into ISO 8601 the API accepts", () => {
    const iso = localInputToIso("2025-03-01T10:30");
    expect(iso).toMatch(/^2025-03-0[12]T\d\d:30:00\.000Z$/);
    expect(localInputToIso("")).toBeUndefined();
  });

  it("shows a call's running time as a clock, hours only when there are some", () => {
    expect(formatClock(0, "en")).toBe("00:00");
    expect(formatClock(247, "uk")).toBe("04:07");
    expect(formatClock(3725, "ru")).toBe("1:02:05");
    expect(formatClock(-5, "en")).toBe("00:00");
  });

  it("says how long a call took in the words of the language", () => {
    expect(formatDuration(247, "en")).toBe("4 min, 7 sec");
    expect(formatDuration(247, "ru")).toBe("4 мин 7 с");
    expect(formatDuration(45, "en")).toBe("45 sec");
    expect(formatDuration(3725, "en")).toBe("1 hr, 2 min");
    expect(formatDuration(0, "en")).toBe("0 sec");
    expect(formatDuration(null, "en")).toBe("");
  });
});
