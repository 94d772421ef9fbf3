import { describe, expect, it } from "vitest";
import en from "../i18n/locales/screening/en.json" with { type: "json" };
import pl from "../i18n/locales/screening/pl.json" with { type: "json" };
import ro from "../i18n/locales/screening/ro.json" with { type: "json" };
import ru from "../i18n/locales/screening/ru.json" with { type: "json" };
import uk from "../i18n/locales/screening/uk.json" with { type: "json" };
import { DELPHI_LISTS } from "./delphi/lists.js";
import { DELPHI_DIMENSIONS, DELPHI_GRADES, DELPHI_LIST_IDS } from "./delphi/types.js";
import { BUILT_IN_INSTRUMENTS } from "./instruments/index.js";
import { RISK_LEVELS, SCORING_ISSUE_CODES, scoringRules } from "./scoring/index.js";

const CATALOGUES = { en, uk, ru, pl, ro } as const;

function leaves(tree: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    if (typeof value === "string") out.set(`${prefix}${key}`, value);
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const EN = leaves(en);
const has = (key: string) => EN.has(key);
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe("screening translations", () => {
  it.each(Object.entries(CATALOGUES))(
    "%s has exactly the English keys, none empty, same placeholders",
    (_, catalogue) => {
      const own = leaves(catalogue);
      expect([...own.keys()].sort()).toEqual([...EN.keys()].sort());
      for (const [key, text] of own) {
        expect(text.trim(), key).not.toBe("");
        expect(placeholders(text), key).toEqual(placeholders(EN.get(key) ?? ""));
      }
    },
  );

  it("keeps everything under the top-level key screening", () => {
    for (const catalogue of Object.values(CATALOGUES)) expect(Object.keys(catalogue)).toEqual(["screening"]);
  });

  it("names every Delphi list, dimension, grade and indicator, and nothing more", () => {
    for (const id of DELPHI_LIST_IDS) expect(has(`screening.delphi.lists.${id}`), id).toBe(true);
    for (const dimension of DELPHI_DIMENSIONS) expect(has(`screening.delphi.dimensions.${dimension}`)).toBe(true);
    for (const grade of DELPHI_GRADES) expect(has(`screening.delphi.grades.${grade}`)).toBe(true);
    const used = new Set(Object.values(DELPHI_LISTS).flatMap((list) => list.indicators.map((i) => i.key)));
    const texts = Object.keys(en.screening.delphi.indicators);
    expect(texts.sort()).toEqual([...used].sort());
  });

  it("has a label for every level, issue code, flag, need and service of the built-in rules", () => {
    for (const level of RISK_LEVELS) expect(has(`screening.levels.${level}`), level).toBe(true);
    for (const code of SCORING_ISSUE_CODES) expect(has(`screening.issues.${code}`), code).toBe(true);
    const missing: string[] = [];
    for (const { rules } of BUILT_IN_INSTRUMENTS) {
      const parsed = scoringRules.parse(rules);
      const flags = [...parsed.flags];
      if (parsed.delphi) flags.push({ ...parsed.delphi.presumedVictim, when: "" });
      if (parsed.delphi?.dimensionPositive) flags.push({ ...parsed.delphi.dimensionPositive, when: "" });
      const keys = [
        ...flags.map((f) => (typeof f.label === "string" ? f.label : `screening.flags.${f.id}`)),
        ...parsed.levels.flatMap((l) => (typeof l.label === "string" ? [l.label] : [])),
        ...parsed.needs.map((n) => `screening.needs.${n.id}`),
        ...[...parsed.needs, ...flags].flatMap((r) => r.services.map((s) => `screening.services.${s}`)),
      ];
      missing.push(...keys.filter((key) => !has(key)));
    }
    expect(missing).toEqual([]);
  });
});
