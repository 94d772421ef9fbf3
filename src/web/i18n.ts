import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { CATALOGUES } from "../shared/i18n/catalogues.js";
import { isLanguage, LANGUAGES, type Language } from "../shared/i18n/languages.js";
import { setRequestLanguage } from "./api/client.js";

/** Each language is offered under its own name, so a person can find theirs whatever is on screen now. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: "English",
  uk: "Українська",
  ru: "Русский",
  pl: "Polski",
  ro: "Română",
};

const STORAGE_KEY = "safepath.language";

function storedLanguage(): Language | undefined {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return value && isLanguage(value) ? value : undefined;
  } catch {
    // Storage can be blocked (private mode, policies); the browser's languages still work.
    return undefined;
  }
}

function browserLanguage(): Language | undefined {
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split("-")[0] ?? "";
    if (isLanguage(base)) return base;
  }
  return undefined;
}

/** Keeps the choice for the next visit and for the sign-in page, before the server knows who this is. */
export function rememberLanguage(lang: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Nothing to do: the choice still applies to this tab.
  }
}

export function currentLanguage(): Language {
  const lang = i18next.resolvedLanguage ?? i18next.language;
  return lang && isLanguage(lang) ? lang : "en";
}

function applyLanguage(lang: string): void {
  setRequestLanguage(lang);
  // Screen readers pick their voice from the lang attribute.
  document.documentElement.lang = lang;
}

export async function initI18n(): Promise<typeof i18next> {
  i18next.on("languageChanged", applyLanguage);
  await i18next.use(initReactI18next).init({
    resources: Object.fromEntries(LANGUAGES.map((lang) => [lang, { translation: CATALOGUES[lang] }])),
    lng: storedLanguage() ?? browserLanguage() ?? "en",
    fallbackLng: "en",
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    returnNull: false,
    // No advertising in the console of a case-management tool.
    showSupportNotice: false,
  });
  applyLanguage(currentLanguage());
  return i18next;
}
