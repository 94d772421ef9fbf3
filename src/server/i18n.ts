import i18next, { type TFunction } from "i18next";
import { LANGUAGES, type Language } from "../shared/i18n/languages.js";
import en from "../shared/i18n/locales/en.json" with { type: "json" };
import pl from "../shared/i18n/locales/pl.json" with { type: "json" };
import ro from "../shared/i18n/locales/ro.json" with { type: "json" };
import ru from "../shared/i18n/locales/ru.json" with { type: "json" };
import uk from "../shared/i18n/locales/uk.json" with { type: "json" };

/** Server-side translations, from the same catalogues the web app uses. */
const instance = i18next.createInstance();
await instance.init({
  resources: {
    en: { translation: en },
    uk: { translation: uk },
    ru: { translation: ru },
    pl: { translation: pl },
    ro: { translation: ro },
  },
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
