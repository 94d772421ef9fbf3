import type { TFunction } from "i18next";
import type { ReportSection } from "../../../../shared/activities/vocab.js";
import type { MissingFigure, SitrepFigure } from "../../../../shared/api/sitrep.js";
import type { Language } from "../../../../shared/i18n/languages.js";
import {
  figureLabel,
  figureText,
  figureValue,
  missingText,
  officeList,
  sectionHeading,
  type Translate,
} from "../../../../shared/sitrep/figure-text.js";
import { periodText } from "../../../../shared/sitrep/period-text.js";
import { translator } from "../../../i18n.js";

/**
 * The words of a report in its language. Figures, sections, the period and what is missing read through
 * the same functions as the editor in the browser, so that the printed report says what the screen said.
 */
export interface SitrepWords {
  language: Language;
  /** The document's own labels (sitrepDocuments.*). */
  t: TFunction;
  /** A figure as a sentence: "12,000 leaflets printed". */
  figure(figure: SitrepFigure): string;
  /** A figure's number alone, or the words saying it is withheld. */
  value(figure: SitrepFigure): string;
  /** A figure's short name, for a table. */
  label(figure: SitrepFigure): string;
  section(key: ReportSection): string;
  missing(missing: MissingFigure, officeName: string | null): string;
  period(fromMonth: string, toMonth: string): string;
  offices(names: readonly string[]): string;
}

export function sitrepWords(language: Language): SitrepWords {
  const t = translator(language);
  const translate: Translate = (key, options) => t(key, options);
  return {
    language,
    t,
    figure: (figure) => figureText(translate, figure, language),
    value: (figure) => figureValue(translate, figure, language),
    label: (figure) => figureLabel(translate, figure),
    section: (key) => sectionHeading(translate, key),
    missing: (missing, officeName) => missingText(translate, missing, officeName),
    period: (fromMonth, toMonth) => periodText(fromMonth, toMonth, language),
    offices: (names) => officeList(names, language),
  };
}
