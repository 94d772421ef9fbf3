import { DEFAULT_LANGUAGE, type FormLanguage, languageFromSpec } from "./languages.js";

export const SURVEY_LOCALIZED = ["label", "hint", "required_message", "constraint_message"] as const;
export const SURVEY_PLAIN = [
  "type",
  "name",
  "required",
  "relevant",
  "constraint",
  "calculation",
  "choice_filter",
  "default",
  "appearance",
  "read_only",
  "repeat_count",
  "hxl",
] as const;
export type SurveyColumn = (typeof SURVEY_LOCALIZED)[number] | (typeof SURVEY_PLAIN)[number];

/** Other spellings that XLSForm tools accept for the same column. */
const ALIASES: Record<string, string> = {
  readonly: "read_only",
  "jr:count": "repeat_count",
  "jr:constraintmsg": "constraint_message",
  "jr:requiredmsg": "required_message",
  title: "form_title",
  id_string: "form_id",
};

const MEDIA = new Set(["media", "image", "audio", "video", "big-image"]);

/**
 * Columns dropped without an issue: Kobo's internal row ids ("$kuid", "$autoname", …) and authors' own
 * comment columns, none of which change what the form asks.
 */
export function isIgnoredColumn(header: string): boolean {
  const text = header.trim().toLowerCase();
  return text.startsWith("$") || text === "comment" || text === "comments";
}

export type HeaderKind =
  | { kind: "column"; base: string; language?: FormLanguage }
  | { kind: "media" | "ignored" | "unknown" | "bad_language" | "empty" };

function baseName(text: string): string {
  const base = text.trim().toLowerCase().replace(/\s+/g, "_");
  return ALIASES[base] ?? base;
}

/** What a header cell names: a known column (with its language for translatable ones), or why not. */
export function parseHeader(header: string, localized: readonly string[], plain: readonly string[]): HeaderKind {
  const text = header.trim();
  if (text === "") return { kind: "empty" };
  if (isIgnoredColumn(text)) return { kind: "ignored" };
  const parts = text.split("::");
  let base = baseName(parts[0] ?? "");
  let spec: string | undefined;
  if (parts.length > 2) return { kind: MEDIA.has(base) ? "media" : "unknown" };
  if (parts.length === 2) spec = parts[1];
  else {
    // "label:English" is an older spelling of "label::English".
    const colon = text.indexOf(":");
    if (colon > 0 && localized.includes(baseName(text.slice(0, colon)))) {
      base = baseName(text.slice(0, colon));
      spec = text.slice(colon + 1);
    }
  }
  if (MEDIA.has(base)) return { kind: "media" };
  if (localized.includes(base)) {
    if (spec === undefined) return { kind: "column", base, language: { code: DEFAULT_LANGUAGE } };
    const language = languageFromSpec(spec);
    return language ? { kind: "column", base, language } : { kind: "bad_language" };
  }
  if (spec === undefined && plain.includes(base)) return { kind: "column", base };
  return { kind: "unknown" };
}
