import { describe, expect, it } from "vitest";
import type { SitrepFigure } from "../../../../shared/api/sitrep.js";
import type { RecordCounts } from "./record-counts.js";
import { recordFigures } from "./record-figures.js";

const counts = (total: Record<string, number>, byOffice: Record<string, Record<string, number>>): RecordCounts => ({
  total: new Map(Object.entries(total)),
  byOffice: new Map(Object.entries(byOffice).map(([office, cells]) => [office, new Map(Object.entries(cells))])),
});
const figureOf = (figures: SitrepFigure[] | undefined, key: string, type?: string) =>
  figures?.find((f) => f.key === key && (type === undefined || f.params.type === type));

describe("record figures", () => {
  it("withholds a small office count and the next smallest office, while the total stays shown", () => {
    const { headline, byOffice } = recordFigures(
      counts({ people_screened: 23 }, { a: { people_screened: 20 }, b: { people_screened: 3 } }),
      ["a", "b"],
      new Map(),
    );
    expect(figureOf(headline, "people_screened")).toEqual({
      key: "people_screened",
      value: 23,
      suppressed: false,
      params: {},
    });
    expect(figureOf(byOffice.get("a"), "people_screened")?.value).toBeNull();
    expect(figureOf(byOffice.get("b"), "people_screened")).toMatchObject({ value: null, suppressed: true });
  });

  it("leaves counts of 5 and more and zero alone, and omits figures with nothing to count", () => {
    const { byOffice } = recordFigures(
      counts({ hotline_contacts: 14 }, { a: { hotline_contacts: 5 }, b: { hotline_contacts: 9 } }),
      ["a", "b", "c"],
      new Map(),
    );
    expect(figureOf(byOffice.get("a"), "hotline_contacts")?.value).toBe(5);
    expect(figureOf(byOffice.get("b"), "hotline_contacts")?.value).toBe(9);
    expect(byOffice.get("c")).toEqual([]);
  });

  it("withholds the sexes of a partition together", () => {
    const { headline } = recordFigures(
      counts(
        { "victim:female": 2, "victim:male": 8, "other:female": 10 },
        { a: { "victim:female": 2, "victim:male": 8, "other:female": 10 } },
      ),
      ["a"],
      new Map(),
    );
    expect(figureOf(headline, "victims_assisted")).toEqual({
      key: "victims_assisted",
      value: 10,
      suppressed: false,
      params: { female: null, male: null, other: 0 },
    });
    expect(figureOf(headline, "others_assisted")?.params).toEqual({ female: 10, male: 0, other: 0 });
  });

  it("follows a withheld cell through every partition it is in, parts of a withheld whole included", () => {
    const { headline, byOffice } = recordFigures(
      counts(
        { "victim:female": 2, "victim:male": 8, "other:female": 4 },
        { a: { "victim:female": 2, "victim:male": 8 }, b: { "other:female": 4 } },
      ),
      ["a", "b"],
      new Map(),
    );
    // 14 people: the 4 others are withheld, so the 10 victims are (14 - 10 = 4), so A's 10 victims are, and
    // A's 10 people beside B's withheld 4; the breakdowns of withheld wholes are left out.
    expect(figureOf(headline, "people_assisted")?.value).toBe(14);
    expect(figureOf(headline, "victims_assisted")).toEqual({
      key: "victims_assisted",
      value: null,
      suppressed: true,
      params: {},
    });
    expect(figureOf(headline, "others_assisted")?.value).toBeNull();
    expect(figureOf(byOffice.get("a"), "victims_assisted")?.value).toBeNull();
    expect(figureOf(byOffice.get("a"), "people_assisted")?.value).toBeNull();
    expect(figureOf(byOffice.get("b"), "people_assisted")?.value).toBeNull();
  });

  it("withholds only the small cells of assistance types, which overlap, and labels the organisation's own", () => {
    const { headline } = recordFigures(
      counts(
        { "other:female": 30, "type:Medical": 3, "type:winter_kits": 30, "type:Legal": 12 },
        { a: { "other:female": 30, "type:Medical": 3, "type:winter_kits": 30, "type:Legal": 12 } },
      ),
      ["a"],
      new Map([["winter_kits", "Winter kits"]]),
    );
    expect(headline.filter((f) => f.key === "people_assisted_by_type")).toEqual([
      {
        key: "people_assisted_by_type",
        value: 30,
        suppressed: false,
        params: { type: "winter_kits", label: "Winter kits" },
      },
      { key: "people_assisted_by_type", value: 12, suppressed: false, params: { type: "Legal" } },
      { key: "people_assisted_by_type", value: null, suppressed: true, params: { type: "Medical" } },
    ]);
  });
});
