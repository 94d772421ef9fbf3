import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { PERMISSIONS, ROLES } from "../shared/access/permissions.js";
import { CATALOGUES } from "../shared/i18n/catalogues.js";
import { LANGUAGES } from "../shared/i18n/languages.js";
import { ORGANISATION_TYPES } from "../shared/vocab/organisation-types.js";

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Flattens a catalogue into "a.b.c" → text. */
function flatten(tree: unknown, prefix = "", out = new Map<string, unknown>()): Map<string, unknown> {
  if (tree && typeof tree === "object" && !Array.isArray(tree)) {
    for (const [key, value] of Object.entries(tree)) flatten(value, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out.set(prefix, tree);
  }
  return out;
}

/** Groups plural forms under their base key: "users.shown_one" and "users.shown_few" → "users.shown". */
function baseKeys(flat: Map<string, unknown>): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const key of flat.keys()) {
    const base = key.replace(PLURAL_SUFFIX, "");
    groups.set(base, [...(groups.get(base) ?? []), key]);
  }
  return groups;
}

function variables(text: unknown): string[] {
  return [...String(text).matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1] ?? "").sort();
}

const flat = Object.fromEntries(LANGUAGES.map((lang) => [lang, flatten(CATALOGUES[lang])]));
const english = flat.en ?? new Map<string, unknown>();
const englishBases = baseKeys(english);

describe("translation catalogues", () => {
  it.each(LANGUAGES.filter((lang) => lang !== "en"))("%s has exactly the keys of the English catalogue", (lang) => {
    const bases = baseKeys(flat[lang] ?? new Map());
    const missing = [...englishBases.keys()].filter((key) => !bases.has(key));
    const extra = [...bases.keys()].filter((key) => !englishBases.has(key));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.each(LANGUAGES)("%s has the plural forms its language needs", (lang) => {
    const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories.slice().sort();
    for (const [base, keys] of baseKeys(flat[lang] ?? new Map())) {
      if (keys.length === 1 && keys[0] === base) continue;
      const forms = keys.map((key) => PLURAL_SUFFIX.exec(key)?.[1] ?? "(none)").sort();
      expect({ key: base, forms }).toEqual({ key: base, forms: needed });
    }
  });

  it.each(LANGUAGES)("%s has no empty or non-text values", (lang) => {
    const bad = [...(flat[lang] ?? new Map()).entries()]
      .filter(([, value]) => typeof value !== "string" || value.trim() === "")
      .map(([key]) => key);
    expect(bad).toEqual([]);
  });

  it.each(LANGUAGES.filter((lang) => lang !== "en"))(
    "%s uses the same {{variables}} as the English catalogue",
    (lang) => {
      const other = flat[lang] ?? new Map<string, unknown>();
      const otherBases = baseKeys(other);
      const differing: string[] = [];
      for (const [base, keys] of englishBases) {
        // Plural forms may drop {{count}} in one form ("one file"), so compare the union over the forms.
        const union = (source: Map<string, unknown>, forms: string[]) =>
          [...new Set(forms.flatMap((key) => variables(source.get(key))))].sort();
        const expected = union(english, keys);
        const actual = union(other, otherBases.get(base) ?? []);
        if (expected.join() !== actual.join()) differing.push(`${base}: ${expected.join()} ≠ ${actual.join()}`);
      }
      expect(differing).toEqual([]);
    },
  );
});

describe("labels for shared vocabularies", () => {
  const expectKeys = (keys: string[]) => {
    for (const lang of LANGUAGES) {
      const missing = keys.filter((key) => typeof flat[lang]?.get(key) !== "string");
      expect({ lang, missing }).toEqual({ lang, missing: [] });
    }
  };

  it("every role has a label", () => expectKeys(ROLES.map((role) => `roles.${role}`)));
  it("every permission has a label", () =>
    expectKeys(PERMISSIONS.map((permission) => `permissions.${permission.replaceAll(".", "_")}`)));
  it("every organisation type has a label", () => expectKeys(ORGANISATION_TYPES.map((type) => `orgTypes.${type}`)));
  it("every audit outcome has a label", () =>
    expectKeys(["allowed", "denied", "failed"].map((outcome) => `audit.outcomes.${outcome}`)));
});

describe("keys used by the web app", () => {
  const webDir = fileURLToPath(new URL(".", import.meta.url));
  const sources = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return sources(path);
      return /\.tsx?$/.test(name) && !name.endsWith(".test.ts") ? [path] : [];
    });

  it('every literal t("…") key and navigation label exists in the English catalogue', () => {
    const used = new Set<string>();
    for (const file of sources(webDir)) {
      const text = readFileSync(file, "utf8");
      for (const match of text.matchAll(/\bt\(\s*"([\w.]+)"/g)) used.add(match[1] ?? "");
      for (const match of text.matchAll(/label: "((?:nav|home)\.[\w.]+)"/g)) used.add(match[1] ?? "");
      for (const match of text.matchAll(/"(home\.cards\.\w+)"/g)) used.add(match[1] ?? "");
    }
    expect(used.size).toBeGreaterThan(100);
    const missing = [...used].filter((key) => !english.has(key) && !english.has(`${key}_other`));
    expect(missing).toEqual([]);
  });
});
