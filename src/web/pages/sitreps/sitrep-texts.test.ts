import { describe, expect, it } from "vitest";
import { REPORT_SECTIONS } from "../../../shared/activities/vocab.js";
import type { SitrepDocument } from "../../../shared/api/sitrep.js";
import { keepDraft, loadDraft } from "./sitrep-draft.js";
import { periodProblem, previousMonth } from "./sitrep-period.js";
import { changedKeys, entryKey, introKey, mergeTexts, textsOf, withTexts } from "./sitrep-texts.js";

const KYIV = "5b0e4c1a-1111-4c43-9a51-0f0f4d9b1a11";
const WARSAW = "5b0e4c1a-2222-4c43-9a51-0f0f4d9b1a11";

function report(): SitrepDocument {
  return {
    title: "Situation report June 2022",
    fromMonth: "2022-06",
    toMonth: "2022-06",
    language: "en",
    offices: [
      { id: KYIV, name: "Kyiv", country: "UA" },
      { id: WARSAW, name: "Warsaw", country: "PL" },
    ],
    overview: "",
    headline: [{ key: "people_assisted", value: 120, suppressed: false, params: {} }],
    sections: REPORT_SECTIONS.map((key) => ({
      key,
      intro: `About ${key}`,
      entries:
        key === "training"
          ? [
              {
                officeId: KYIV,
                officeName: "Kyiv",
                text: "Two trainings for border guards.",
                figures: [{ key: "participants", value: 40, suppressed: false, params: {} }],
                activities: [],
                photos: [],
              },
              {
                officeId: WARSAW,
                officeName: "Warsaw",
                text: "One training for cabin crew.",
                figures: [],
                activities: [],
                photos: [],
              },
            ]
          : [],
    })),
    missing: [],
    figuresAt: "2022-07-01T08:00:00Z",
  };
}

describe("the words of a report", () => {
  it("reads every editable place and puts changed words back where they came from", () => {
    const document = report();
    const texts = textsOf(document);
    expect(texts[entryKey("training", WARSAW)]).toBe("One training for cabin crew.");
    expect(texts[introKey("research")]).toBe("About research");

    const edited = withTexts(document, {
      ...texts,
      overview: "A busy month.",
      [entryKey("training", KYIV)]: "Three trainings.",
    });
    expect(edited.overview).toBe("A busy month.");
    expect(edited.sections.find((s) => s.key === "training")?.entries.map((e) => e.text)).toEqual([
      "Three trainings.",
      "One training for cabin crew.",
    ]);
    // Figures travel untouched: the server keeps them as computed.
    expect(edited.headline).toEqual(document.headline);
    expect(edited.sections[4]?.entries[0]?.figures).toEqual(document.sections[4]?.entries[0]?.figures);
    // The original is not changed in place.
    expect(document.overview).toBe("");
  });

  it("names only the places whose words differ", () => {
    const base = textsOf(report());
    expect(changedKeys(base, base)).toEqual([]);
    expect(changedKeys(base, { ...base, overview: "New", title: base.title ?? "" })).toEqual(["overview"]);
  });
});

describe("putting unsaved changes into a newer version", () => {
  const base = textsOf(report());

  it("keeps my changes and takes everything else from the newer version", () => {
    const mine = { ...base, overview: "My overview" };
    const theirs = { ...base, [introKey("training")]: "Their introduction" };
    const merged = mergeTexts(base, mine, theirs);
    expect(merged.texts.overview).toBe("My overview");
    expect(merged.texts[introKey("training")]).toBe("Their introduction");
    expect(merged.overlapping).toEqual([]);
    expect(merged.dropped).toEqual([]);
  });

  it("says where both of us changed the same place, keeping my words there", () => {
    const mine = { ...base, overview: "Mine" };
    const theirs = { ...base, overview: "Theirs" };
    const merged = mergeTexts(base, mine, theirs);
    expect(merged.texts.overview).toBe("Mine");
    expect(merged.overlapping).toEqual(["overview"]);
  });

  it("does not count the same change made by both as an overlap", () => {
    const merged = mergeTexts(base, { ...base, overview: "Same" }, { ...base, overview: "Same" });
    expect(merged.overlapping).toEqual([]);
  });

  it("hands back my words for an entry the newer version no longer has", () => {
    const key = entryKey("training", WARSAW);
    const mine = { ...base, [key]: "Rewritten by me" };
    const { [key]: _gone, ...theirs } = base;
    const merged = mergeTexts(base, mine, theirs);
    expect(merged.texts[key]).toBeUndefined();
    expect(merged.dropped).toEqual([{ key, text: "Rewritten by me" }]);
  });

  it("gives back exactly my words when the version has not moved on", () => {
    const mine = { ...base, overview: "Mine", title: "My title" };
    expect(mergeTexts(base, mine, base).texts).toEqual(mine);
  });
});

describe("changes kept in the tab", () => {
  function memory() {
    const map = new Map<string, string>();
    return {
      getItem: (key: string) => map.get(key) ?? null,
      setItem: (key: string, value: string) => void map.set(key, value),
      removeItem: (key: string) => void map.delete(key),
      map,
    };
  }

  it("come back as they were kept, per report", () => {
    const store = memory();
    const draft = { version: 3, base: { overview: "" }, texts: { overview: "typed" }, keptAt: "2022-07-02T10:00:00Z" };
    keepDraft("report-a", draft, store);
    expect(loadDraft("report-a", store)).toEqual(draft);
    expect(loadDraft("report-b", store)).toBeNull();
  });

  it("are ignored when what is stored is not a draft", () => {
    const store = memory();
    store.map.set("safepath.sitrep-draft.report-a", '{"version":"3","texts":{}}');
    expect(loadDraft("report-a", store)).toBeNull();
    store.map.set("safepath.sitrep-draft.report-a", "not json");
    expect(loadDraft("report-a", store)).toBeNull();
  });
});

describe("the period of a report", () => {
  it("defaults to the month before today's, across a new year", () => {
    expect(previousMonth(new Date(2022, 6, 15))).toBe("2022-06");
    expect(previousMonth(new Date(2023, 0, 3))).toBe("2022-12");
  });

  it("finds what is wrong with typed months", () => {
    expect(periodProblem("2022-05", "2022-06")).toBeNull();
    expect(periodProblem("2022-5", "2022-06")).toBe("fromMonth");
    expect(periodProblem("2022-05", "2022-13")).toBe("toMonth");
    expect(periodProblem("2022-07", "2022-06")).toBe("order");
  });
});
