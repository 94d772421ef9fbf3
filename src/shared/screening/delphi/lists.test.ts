import { describe, expect, it } from "vitest";
import { DELPHI_LISTS, delphiIndicator, delphiIndicators } from "./lists.js";
import { DELPHI_DIMENSIONS, type DelphiListId } from "./types.js";

const counts = (list: DelphiListId) => DELPHI_DIMENSIONS.map((dimension) => delphiIndicators(list, dimension).length);

describe("Delphi indicator lists", () => {
  it("have the published number of indicators per dimension for labour exploitation", () => {
    // deceptive, coercive, abuse at recruitment, exploitation, coercion at destination, abuse at destination
    expect(counts("adult_labour")).toEqual([10, 10, 16, 9, 15, 7]);
    expect(counts("child_labour")).toEqual([10, 10, 15, 8, 15, 7]);
  });

  it("give stable, unique ids of the form list.dimension.key", () => {
    for (const list of Object.values(DELPHI_LISTS)) {
      const ids = list.indicators.map((i) => i.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const indicator of list.indicators) {
        expect(indicator.id).toBe(`${list.id}.${indicator.dimension}.${indicator.key}`);
        expect(delphiIndicator(indicator.id)).toBe(indicator);
      }
    }
    expect(delphiIndicator("adult_labour.deceptive.nature_of_job")?.grade).toBe("strong");
  });

  it("grade the child lists without weak indicators and raise adult weak items", () => {
    for (const id of ["child_labour", "child_sexual"] as const) {
      expect(DELPHI_LISTS[id].indicators.filter((i) => i.grade === "weak")).toEqual([]);
    }
    expect(delphiIndicator("adult_labour.deceptive.education")?.grade).toBe("weak");
    expect(delphiIndicator("child_labour.deceptive.education")?.grade).toBe("strong");
  });

  it("have no strong exploitation indicator for adult sexual exploitation", () => {
    expect(delphiIndicators("adult_sexual", "exploitation").filter((i) => i.grade === "strong")).toEqual([]);
    expect(delphiIndicator("adult_sexual.coercion_destination.forced_tasks_clients")?.grade).toBe("strong");
  });
});
