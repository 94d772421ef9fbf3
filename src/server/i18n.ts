import i18next, { type TFunction } from "i18next";
import { CATALOGUES } from "../shared/i18n/catalogues.js";
import { LANGUAGES, type Language } from "../shared/i18n/languages.js";

/** Server-side translations, from the same catalogues the web app uses. */
const instance = i18next.createInstance();
await instance.init({
  resources: Object.fromEntries(LANGUAGES.map((lang) => [lang, { translation: CATALOGUES[lang] }])),
  supportedLngs: [...LANGUAGES],
  fallbackLng: "en",
  interpolation: { escapeValue: false },
  initAsync: false,
  showSupportNotice: false,
});

const translators = new Map<Language, TFunction>(LANGUAGES.map((lng) => [lng, instance.getFixedT(lng)]));

export function translator(language: Language): TFunction {
  return translators.get(language) ?? instance.getFixedT("en");
}
