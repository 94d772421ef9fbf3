import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../api/session.js";
import { rememberLanguage } from "../i18n.js";

/** Applies the language saved in the account when a session loads, so it follows the person between devices. */
export function SessionLanguage() {
  const { i18n } = useTranslation();
  const { data: session } = useSession();
  const saved = session?.user.locale;
  useEffect(() => {
    if (!saved || saved === i18n.language) return;
    rememberLanguage(saved);
    void i18n.changeLanguage(saved);
  }, [saved, i18n]);
  return null;
}
