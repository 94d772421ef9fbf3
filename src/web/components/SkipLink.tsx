import type { CSSProperties } from "react";
import { useTranslation } from "react-i18next";

const hiddenUntilFocused: CSSProperties = {
  position: "absolute",
  left: 8,
  top: -48,
  zIndex: 1000,
  padding: "8px 12px",
  background: "var(--mantine-color-body)",
  color: "var(--mantine-color-text)",
  border: "2px solid var(--mantine-color-blue-9)",
  borderRadius: 4,
};

/** Lets keyboard users jump past the header and navigation straight to the page content. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a
      href="#main"
      style={hiddenUntilFocused}
      onFocus={(event) => {
        event.currentTarget.style.top = "8px";
      }}
      onBlur={(event) => {
        event.currentTarget.style.top = "-48px";
      }}
    >
      {t("app.skipToContent")}
    </a>
  );
}
