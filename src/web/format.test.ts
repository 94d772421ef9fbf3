import { describe, expect, it } from "vitest";
import { countryName, formatDateTime, groupInFours, localInputToIso } from "./format.js";

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
});
