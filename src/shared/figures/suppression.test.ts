import { describe, expect, it } from "vitest";
import { suppressOverlapping, suppressPartition, suppressTotal } from "./suppression.js";

describe("small-cell suppression", () => {
  it("withholds counts from 1 to 4 and keeps zero", () => {
    expect([0, 1, 4, 5, 120].map((n) => suppressTotal(n))).toEqual([0, null, null, 5, 120]);
  });

  it("withholds a second cell when a lone withheld cell could be worked out from the total", () => {
    const cells = suppressPartition([
      { key: "female", count: 40 },
      { key: "male", count: 12 },
      { key: "other", count: 2 },
      { key: "unknown", count: 0 },
    ]);
    expect(cells).toEqual([
      { key: "female", count: 40 },
      { key: "male", count: null },
      { key: "other", count: null },
      { key: "unknown", count: 0 },
    ]);
  });

  it("leaves a breakdown alone when two cells are already withheld", () => {
    const cells = suppressPartition([
      { key: "a", count: 30 },
      { key: "b", count: 3 },
      { key: "c", count: 1 },
    ]);
    expect(cells.map((cell) => cell.count)).toEqual([30, null, null]);
  });

  it("withholds only the small cells of an overlapping breakdown", () => {
    const cells = suppressOverlapping([
      { key: "food", count: 90 },
      { key: "legal", count: 3 },
    ]);
    expect(cells.map((cell) => cell.count)).toEqual([90, null]);
  });
});
