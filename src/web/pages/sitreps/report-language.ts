import type { TFunction } from "i18next";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { Language } from "../../../shared/i18n/languages.js";

/**
 * The catalogues in the report's language, whatever language the screen is in: headings, figures and the
 * missing-figure notes read in the editor as the exported document will say them.
 */
export function useReportT(language: Language): TFunction {
  const { i18n } = useTranslation();
  return useMemo(() => i18n.getFixedT(language), [i18n, language]);
}

/** A figure the server did not give because it could point to a person. */
export function isWithheld(figure: { value: number | null; suppressed: boolean }): boolean {
  return figure.suppressed || figure.value === null;
}
