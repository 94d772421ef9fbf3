import type { ReportSection } from "../activities/vocab.js";
import type { MissingFigure, SitrepFigure } from "../api/sitrep.js";
import { SMALL_CELL_THRESHOLD } from "../figures/suppression.js";
import { SEX_PARAMS } from "./figure-keys.js";

/**
 * Words for the situation report's figures in the report's language. Pure (no server or browser code):
 * the document renderers and the web editor call the same functions, so a figure reads the same everywhere.
 */

/** i18next's t, or anything that answers a key with options the same way. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Parameters naming a list value, and the catalogue list its code comes from. */
const LIST_PARAMS: Readonly<Record<string, string>> = {
  type: "htcds.assistanceType",
  group: "activities.lists.target_group",
  material: "activities.lists.material",
};

/** A code as words when no catalogue knows it: "border_guards" → "border guards". */
function spelledOut(code: string): string {
  return code.replaceAll("_", " ");
}

function numberFormat(locale: string): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(locale);
  } catch {
    return new Intl.NumberFormat("en");
  }
}

function listFormat(locale: string): Intl.ListFormat {
  try {
    return new Intl.ListFormat(locale, { style: "long", type: "conjunction" });
  } catch {
    return new Intl.ListFormat("en", { style: "long", type: "conjunction" });
  }
}

/** The figure's number as the report prints it: formatted, "fewer than 5" when withheld, else "not available". */
export function figureValue(t: Translate, figure: Pick<SitrepFigure, "value" | "suppressed">, locale: string): string {
  if (figure.value !== null) return numberFormat(locale).format(figure.value);
  return figure.suppressed ? t("sitrep.withheld", { threshold: SMALL_CELL_THRESHOLD }) : t("sitrep.notAvailable");
}

/** The label of a list value a figure is about: the organisation's own label when the draft kept one. */
function listLabel(t: Translate, param: string, figure: SitrepFigure): string | undefined {
  const code = figure.params[param];
  if (typeof code !== "string") return undefined;
  const own = figure.params.label;
  if (typeof own === "string" && own !== "") return own;
  return t(`${LIST_PARAMS[param]}.${code}`, { defaultValue: spelledOut(code) });
}

/**
 * " (8 men and 2 women)" from the female/male/other parameters; nothing when there are none, and a
 * note instead of the parts when any part is withheld (the others would give it away).
 */
function sexBreakdown(t: Translate, figure: SitrepFigure, locale: string): string {
  const present = SEX_PARAMS.filter((sex) => sex in figure.params);
  if (present.length === 0) return "";
  const values = present.map((sex) => figure.params[sex]);
  if (values.some((value) => value === null)) return t("sitrep.sex.breakdown", { parts: t("sitrep.sex.withheld") });
  const parts = present
    .map((sex) => ({ sex, count: Number(figure.params[sex]) }))
    .filter(({ count }) => count > 0)
    .map(({ sex, count }) => t(`sitrep.sex.${sex}`, { count, value: numberFormat(locale).format(count) }));
  if (parts.length === 0) return "";
  return t("sitrep.sex.breakdown", { parts: listFormat(locale).format(parts) });
}

/** A figure as a sentence in the report's language: "243 people received direct assistance (…)". */
export function figureText(t: Translate, figure: SitrepFigure, locale: string): string {
  const labels: Record<string, string> = {};
  for (const param of Object.keys(LIST_PARAMS)) {
    const label = listLabel(t, param, figure);
    if (label !== undefined) labels[param] = label;
  }
  return t(`sitrep.figures.${figure.key}`, {
    // A withheld count reads "fewer than 5": its words agree with the threshold.
    count: figure.value ?? SMALL_CELL_THRESHOLD,
    value: figureValue(t, figure, locale),
    breakdown: sexBreakdown(t, figure, locale),
    ...labels,
  });
}

/** A short label for a figure, for tables of headline figures: "People assisted", "Shelter and accommodation". */
export function figureLabel(t: Translate, figure: SitrepFigure): string {
  for (const param of Object.keys(LIST_PARAMS)) {
    const label = listLabel(t, param, figure);
    if (label !== undefined) return label;
  }
  return t(`sitrep.labels.${figure.key}`);
}

/** A section's heading in the report's language. */
export function sectionHeading(t: Translate, key: ReportSection): string {
  return t(`sitrep.sections.${key}.heading`);
}

/** The introduction a new report gives a section, until someone writes their own. */
export function defaultSectionIntro(t: Translate, key: ReportSection): string {
  return t(`sitrep.sections.${key}.intro`);
}

/**
 * What is missing and why: "Office in Lviv: helpline — no records in the period". officeName names the
 * office a missing figure is about (the document's offices list has it); without it the line is general.
 */
export function missingText(t: Translate, missing: MissingFigure, officeName?: string | null): string {
  const figure = t(`sitrep.sources.${missing.key}`, {
    defaultValue: t(`sitrep.labels.${missing.key}`, { defaultValue: spelledOut(missing.key) }),
  });
  const reason = t(`sitrep.missing.${missing.reason}`, { defaultValue: spelledOut(missing.reason) });
  return officeName
    ? t("sitrep.missing.lineOffice", { office: officeName, figure, reason })
    : t("sitrep.missing.line", { figure, reason });
}

/** The offices of a report as one phrase: "Warsaw, Lviv and Iasi". */
export function officeList(names: readonly string[], locale: string): string {
  return listFormat(locale).format(names);
}
