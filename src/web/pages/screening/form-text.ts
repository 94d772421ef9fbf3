import type { FormDefinition, LocalizedText } from "../../../shared/forms/definition.js";

/**
 * A form's own text in one of its languages: the asked one, else the text given without a language,
 * else the form's default language, else whatever there is. A form is data: it may lack a translation.
 */
export function pickText(text: LocalizedText | undefined, lang: string, fallback?: string): string {
  if (!text) return "";
  return text[lang] ?? text.default ?? (fallback ? text[fallback] : undefined) ?? Object.values(text)[0] ?? "";
}

/**
 * The form's language closest to the interface language ("uk" for "uk", "en" for "en-GB"), else its
 * default language: what the screener reads, and where an interview starts.
 */
export function closestFormLanguage(definition: Pick<FormDefinition, "languages" | "defaultLanguage">, lang: string) {
  const base = lang.toLowerCase().split("-")[0] ?? lang;
  const found = definition.languages.find((item) => item.code.toLowerCase() === base);
  return found?.code ?? definition.defaultLanguage;
}

const displayNames = new Map<string, Intl.DisplayNames>();

/** A form language's name as the form wrote it ("Українська"), else the language's own name, else its code. */
export function formLanguageName(language: { code: string; name?: string }): string {
  if (language.name) return language.name;
  try {
    let names = displayNames.get(language.code);
    if (!names) {
      names = new Intl.DisplayNames([language.code], { type: "language", fallback: "code" });
      displayNames.set(language.code, names);
    }
    return names.of(language.code) ?? language.code;
  } catch {
    return language.code;
  }
}

/** A language code the server accepts as the interview language (not the "default" of unlabelled columns). */
export function interviewLanguageCode(code: string): string | null {
  return code !== "default" && code.length >= 2 && code.length <= 35 ? code : null;
}

/** A form's title in the interface language. */
export function formTitle(title: LocalizedText, lang: string): string {
  return pickText(title, lang, "en");
}
