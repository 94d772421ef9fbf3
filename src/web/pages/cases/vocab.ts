import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import {
  LANGUAGE_CODES,
  languageName,
  VOCABULARIES,
  type VocabularyName,
  vocabularyLabelKey,
} from "../../../shared/htcds/index.js";
import { COUNTRY_CODES } from "../../../shared/vocab/countries.js";
import { countryName } from "../../format.js";
import { currentLanguage } from "../../i18n.js";

export interface Option {
  value: string;
  label: string;
}

/**
 * Labels for stored vocabulary codes in the interface language. An unknown code (from an import, an older
 * version) is shown as it is rather than breaking the page.
 */
export function useVocab() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return useMemo(() => {
    const collator = new Intl.Collator(lang);
    const label = (list: VocabularyName, value: string | null | undefined): string => {
      if (!value) return "";
      if (list === "language") return languageName(value, lang);
      const key = vocabularyLabelKey(list, value);
      return key ? t(key, { defaultValue: value }) : value;
    };
    const options = (list: VocabularyName): Option[] =>
      (VOCABULARIES[list] as readonly string[]).map((value) => ({ value, label: label(list, value) }));
    const labels = (list: VocabularyName, values: readonly string[] | null | undefined): string =>
      (values ?? []).map((value) => label(list, value)).join(", ");
    const country = (code: string | null | undefined) => (code ? countryName(code, lang) : "");
    const sorted = (items: Option[]) => items.sort((a, b) => collator.compare(a.label, b.label));
    return {
      lang,
      label,
      labels,
      options,
      country,
      countries: (codes: readonly string[] | null | undefined) => (codes ?? []).map(country).join(", "),
      countryOptions: () => sorted(COUNTRY_CODES.map((code) => ({ value: code, label: countryName(code, lang) }))),
      languageOptions: () => sorted(LANGUAGE_CODES.map((code) => ({ value: code, label: languageName(code, lang) }))),
    };
  }, [t, lang]);
}
