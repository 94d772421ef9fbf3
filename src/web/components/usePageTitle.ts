import { useEffect } from "react";
import { useTranslation } from "react-i18next";

/** Names the browser tab after the page, which is also what a screen reader announces first. */
export function usePageTitle(title: string): void {
  const { t } = useTranslation();
  const app = t("app.name");
  useEffect(() => {
    document.title = title ? `${title} · ${app}` : app;
  }, [title, app]);
}
