import type { SitrepFigure } from "../api/sitrep.js";
import { figureText, officeList, type Translate } from "./figure-text.js";
import { periodText } from "./period-text.js";

/**
 * The words a new report starts with: its title and its overview, generated from the period, the offices
 * and the headline figures in the report's language. Both are the author's to rewrite; the same functions
 * tell whether they still read as generated (a refresh then writes them anew from the new figures).
 */

export function defaultTitle(t: Translate, fromMonth: string, toMonth: string, locale: string): string {
  return t("sitrep.defaultTitle", { period: periodText(fromMonth, toMonth, locale) });
}

/** "During the reporting period (May 2022), the offices in Warsaw and Lviv reported: 243 people …; …." */
export function overviewText(
  t: Translate,
  input: { fromMonth: string; toMonth: string; officeNames: readonly string[]; headline: readonly SitrepFigure[] },
  locale: string,
): string {
  const period = periodText(input.fromMonth, input.toMonth, locale);
  if (input.headline.length === 0) return t("sitrep.overview.empty", { period });
  const intro =
    input.officeNames.length > 0
      ? t("sitrep.overview.intro", { period, offices: officeList(input.officeNames, locale) })
      : t("sitrep.overview.introNoOffices", { period });
  const figures = input.headline.map((figure) => figureText(t, figure, locale));
  return `${intro} ${figures.join("; ")}.`;
}
