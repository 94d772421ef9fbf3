/**
 * Safepath extension: languages a person speaks, for `prs_PrimaryLanguage` / `prs_SecondaryLanguage`, hotline
 * calls and consent. ISO 639-1 codes, because those are what browsers and `Intl` understand; Romani has no
 * 639-1 code, so it uses the ISO 639-2/3 macrolanguage code `rom`. The list covers the languages of the
 * Ukraine response and its host countries, and the languages most common among migrants reaching Europe.
 * Names come from `Intl.DisplayNames` in the reader's language rather than from the catalogues.
 */
export const LANGUAGE_CODES = [
  // Ukraine, its neighbours and host countries
  "uk",
  "ru",
  "pl",
  "ro",
  "cs",
  "sk",
  "hu",
  "be",
  "bg",
  "de",
  "en",
  "fr",
  "it",
  "es",
  "pt",
  "nl",
  "el",
  "lt",
  "lv",
  "et",
  "sl",
  "hr",
  "sr",
  "bs",
  "sq",
  "mk",
  "rom",
  // Caucasus, Türkiye and Central Asia
  "ka",
  "hy",
  "az",
  "tr",
  "uz",
  "tg",
  "ky",
  "kk",
  "tk",
  // Middle East and South Asia
  "ar",
  "fa",
  "ps",
  "ku",
  "ur",
  "hi",
  "bn",
  "pa",
  "ne",
  // East and South-East Asia
  "zh",
  "vi",
  "tl",
  // Africa
  "so",
  "ti",
  "am",
  "sw",
  "ha",
  "ln",
] as const;
export type LanguageCode = (typeof LANGUAGE_CODES)[number];

const KNOWN: ReadonlySet<string> = new Set(LANGUAGE_CODES);

export function isLanguageCode(value: string): value is LanguageCode {
  return KNOWN.has(value);
}

/**
 * ICU names Romani with the exonym ("циганська", "cygański"), which Roma communities and humanitarian
 * practice avoid; these are the names used instead.
 */
const ROMANI: Readonly<Record<string, string>> = {
  en: "Romani",
  uk: "ромська",
  ru: "ромский",
  pl: "romski",
  ro: "romani",
};

const displayNames = new Map<string, Intl.DisplayNames>();

function namesFor(uiLanguage: string): Intl.DisplayNames {
  let names = displayNames.get(uiLanguage);
  if (!names) {
    names = new Intl.DisplayNames([uiLanguage, "en"], { type: "language", fallback: "code" });
    displayNames.set(uiLanguage, names);
  }
  return names;
}

/**
 * The name of a language in the reader's interface language, capitalised because it stands alone in lists
 * and labels (uk, ru, pl and ro write language names in lower case mid-sentence). Falls back to the code
 * itself rather than failing, so that one bad stored value never breaks a page.
 */
export function languageName(code: string, uiLanguage: string): string {
  try {
    const base = uiLanguage.toLowerCase().split("-")[0] ?? "";
    const name = (code === "rom" ? ROMANI[base] : undefined) ?? namesFor(uiLanguage).of(code) ?? code;
    return name.charAt(0).toLocaleUpperCase(uiLanguage) + name.slice(1);
  } catch {
    return code;
  }
}
