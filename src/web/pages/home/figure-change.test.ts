import { describe, expect, it } from "vitest";
import { changePercent, monthChange } from "./figure-change.js";

describe("the change of a figure from last month", () => {
  it("is up or down by the share of last month's value", () => {
    expect(monthChange(150, 120)).toEqual({ direction: "up", share: 0.25 });
    expect(monthChange(90, 120)).toEqual({ direction: "down", share: 0.25 });
  });

  it("is the same when nothing moved, and new when last month had none", () => {
    expect(monthChange(12, 12)).toEqual({ direction: "same" });
    expect(monthChange(0, 0)).toEqual({ direction: "same" });
    expect(monthChange(7, 0)).toEqual({ direction: "new" });
    expect(monthChange(0, 7)).toEqual({ direction: "down", share: 1 });
  });

  it("is not known when either month is withheld", () => {
    expect(monthChange(null, 12)).toBeNull();
    expect(monthChange(12, null)).toBeNull();
  });
});

describe("a change written as a percentage", () => {
  it("follows the language's way of writing percent", () => {
    expect(changePercent(0.25, "en")).toBe("25%");
    expect(changePercent(0.25, "uk")).toMatch(/^25\s?%$/);
  });

  it("keeps one decimal for changes under one percent, so they do not read as none", () => {
    expect(changePercent(0.004, "en")).toBe("0.4%");
    expect(changePercent(0.5049, "en")).toBe("50%");
  });
});
