import { NativeSelect, type NativeSelectProps } from "@mantine/core";
import { isLanguage, LANGUAGES, type Language } from "../../shared/i18n/languages.js";
import { LANGUAGE_NAMES } from "../i18n.js";

type LanguageSelectProps = Omit<NativeSelectProps, "value" | "onChange" | "data" | "children"> & {
  value: Language;
  onChange: (language: Language) => void;
};

/**
 * The five interface languages, each named in itself. A native select: it works the same with a
 * keyboard, a screen reader and a phone's own picker.
 */
export function LanguageSelect({ value, onChange, ...props }: LanguageSelectProps) {
  return (
    <NativeSelect
      {...props}
      value={value}
      onChange={(event) => {
        const lang = event.currentTarget.value;
        if (isLanguage(lang)) onChange(lang);
      }}
    >
      {LANGUAGES.map((lang) => (
        <option key={lang} value={lang} lang={lang}>
          {LANGUAGE_NAMES[lang]}
        </option>
      ))}
    </NativeSelect>
  );
}
