import type { SitrepDocument } from "../../../shared/api/sitrep.js";

/**
 * The words a person may change in a report, flattened to one map: the title, the overview, each section's
 * introduction and each office's entry text. Figures, activities and photos are not in it: the server keeps
 * them as computed, whatever a save sends.
 */
export type SitrepTexts = Readonly<Record<string, string>>;

export const TITLE_KEY = "title";
export const OVERVIEW_KEY = "overview";
export const introKey = (section: string): string => `intro:${section}`;
export const entryKey = (section: string, officeId: string): string => `entry:${section}:${officeId}`;

export function textsOf(document: SitrepDocument): SitrepTexts {
  const texts: Record<string, string> = { [TITLE_KEY]: document.title, [OVERVIEW_KEY]: document.overview };
  for (const section of document.sections) {
    texts[introKey(section.key)] = section.intro;
    for (const entry of section.entries) texts[entryKey(section.key, entry.officeId)] = entry.text;
  }
  return texts;
}

/** The document with the given words put in; a place the map does not name keeps its text. */
export function withTexts(document: SitrepDocument, texts: SitrepTexts): SitrepDocument {
  const pick = (key: string, current: string) => texts[key] ?? current;
  return {
    ...document,
    title: pick(TITLE_KEY, document.title),
    overview: pick(OVERVIEW_KEY, document.overview),
    sections: document.sections.map((section) => ({
      ...section,
      intro: pick(introKey(section.key), section.intro),
      entries: section.entries.map((entry) => ({
        ...entry,
        text: pick(entryKey(section.key, entry.officeId), entry.text),
      })),
    })),
  };
}

/** The places whose text differs between two maps. */
export function changedKeys(before: SitrepTexts, after: SitrepTexts): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => (before[key] ?? "") !== (after[key] ?? ""));
}

export interface MergedTexts {
  texts: SitrepTexts;
  /** Places both people changed differently: this person's words are kept, the other's are replaced. */
  overlapping: string[];
  /** This person's changes to entries that the newer version no longer has, so that they can copy them. */
  dropped: { key: string; text: string }[];
}

/**
 * Puts one person's unsaved changes (made on `base`) into a newer version (`theirs`): every place they
 * changed takes their words, every other place the newer version's. Used when someone else saved meanwhile
 * and when changes kept in the browser come back after the report moved on.
 */
export function mergeTexts(base: SitrepTexts, mine: SitrepTexts, theirs: SitrepTexts): MergedTexts {
  const texts: Record<string, string> = { ...theirs };
  const overlapping: string[] = [];
  const dropped: { key: string; text: string }[] = [];
  for (const key of changedKeys(base, mine)) {
    const text = mine[key];
    if (text === undefined) continue;
    if (!(key in theirs)) {
      dropped.push({ key, text });
      continue;
    }
    const theirText = theirs[key] ?? "";
    if (theirText !== (base[key] ?? "") && theirText !== text) overlapping.push(key);
    texts[key] = text;
  }
  return { texts, overlapping, dropped };
}
