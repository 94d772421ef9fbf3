import { useTranslation } from "react-i18next";
import { currentLanguage } from "../i18n.js";
import { LanguageSelect } from "./LanguageSelect.js";
import { useChangeLanguage } from "./useChangeLanguage.js";

/** The header's language switcher: changes the interface at once and remembers the choice. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const changeLanguage = useChangeLanguage();
  return (
    <LanguageSelect
      aria-label={t("app.language")}
      value={currentLanguage()}
      onChange={(lang) => void changeLanguage(lang)}
      size="sm"
      w={132}
      data-testid="language-switcher"
    />
  );
}
