import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { Language } from "../../shared/i18n/languages.js";
import { api } from "../api/client.js";
import { isReady, SESSION_KEY } from "../api/session.js";
import type { Session } from "../api/types.js";
import { rememberLanguage } from "../i18n.js";

/**
 * Switches the interface at once, then saves the choice: in the account when signed in (so it follows the
 * person to another device), and always in this browser for the sign-in page.
 */
export function useChangeLanguage(): (lang: Language) => Promise<void> {
  const { i18n } = useTranslation();
  const queryClient = useQueryClient();
  return useCallback(
    async (lang: Language) => {
      await i18n.changeLanguage(lang);
      rememberLanguage(lang);
      const session = queryClient.getQueryData<Session | null>(SESSION_KEY);
      if (!isReady(session) || session.user.locale === lang) return;
      const updated: Session = { ...session, user: { ...session.user, locale: lang } };
      queryClient.setQueryData<Session | null>(SESSION_KEY, updated);
      try {
        await api.patch("/api/me", { locale: lang });
      } catch {
        // The screen already shows the new language; the account keeps the old one until the next change.
      }
    },
    [i18n, queryClient],
  );
}
