import { NativeSelect } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { isLanguage, LANGUAGES } from "../../shared/i18n/languages.js";
import { currentLanguage, LANGUAGE_NAMES } from "../i18n.js";
import { useChangeLanguage } from "./useChangeLanguage.js";

/** A native select: it works the same with a keyboard, a screen reader and a phone's own picker. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const changeLanguage = useChangeLanguage();
  return (
    <NativeSelect
      aria-label={t("app.language")}
      value={currentLanguage()}
      onChange={(event) => {
        const lang = event.currentTarget.value;
        if (isLanguage(lang)) void changeLanguage(lang);
      }}
      size="sm"
      w={132}
      data-testid="language-switcher"
    >
      {LANGUAGES.map((lang) => (
        <option key={lang} value={lang} lang={lang}>
          {LANGUAGE_NAMES[lang]}
        </option>
      ))}
    </NativeSelect>
  );
}
