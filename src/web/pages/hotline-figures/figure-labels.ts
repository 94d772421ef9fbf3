import type { TFunction } from "i18next";
import type { HotlineFigures } from "../../../shared/api/hotline-figures.js";
import { languageName } from "../../../shared/htcds/index.js";
import { countryName, monthName } from "../../format.js";

/** The breakdowns the page shows, in the order it shows them. */
export const BREAKDOWNS = [
  "byChannel",
  "byLanguage",
  "byTopic",
  "byService",
  "byCallerType",
  "byOutcome",
  "byCountry",
  "byDirection",
  "byEscalation",
  "byMonth",
  "byWeekday",
  "byHour",
] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

/** The hour as the language writes a time ("13:00", "1:00 PM"): the row counts the hour from then. */
export function hourLabel(hour: number, lang: string): string {
  return new Intl.DateTimeFormat(lang, { hour: "numeric", minute: "2-digit", timeZone: "UTC" }).format(
    new Date(Date.UTC(2024, 0, 1, hour)),
  );
}

/** ISO weekday 1 (Monday) … 7 as the language names it. */
export function weekdayName(isoDay: number, lang: string): string {
  // 1 January 2024 was a Monday.
  return new Intl.DateTimeFormat(lang, { weekday: "long", timeZone: "UTC" }).format(
    new Date(Date.UTC(2024, 0, isoDay)),
  );
}

/** A label for each key of each breakdown: vocabulary labels from the "hotline" part, names from Intl. */
export function breakdownLabel(
  breakdown: Breakdown,
  t: TFunction,
  lang: string,
  customTopics: HotlineFigures["customTopics"],
): (key: string) => string {
  const unknown = t("hotlineFigures.unknown");
  const vocabulary = (list: string) => (key: string) =>
    key === "unknown" ? unknown : t(`hotline.${list}.${key}`, { defaultValue: key });
  switch (breakdown) {
    case "byChannel":
      return vocabulary("channel");
    case "byDirection":
      return vocabulary("direction");
    case "byCallerType":
      return vocabulary("callerType");
    case "byService":
      return vocabulary("service");
    case "byOutcome":
      return vocabulary("outcome");
    case "byEscalation":
      return vocabulary("escalation");
    case "byTopic":
      return (key) => {
        const custom = customTopics.find((topic) => topic.code === key);
        if (custom) return custom.labels[lang] ?? custom.labels.en ?? key;
        return t(`hotline.topic.${key}`, { defaultValue: key });
      };
    case "byLanguage":
      return (key) => (key === "unknown" ? unknown : languageName(key, lang));
    case "byCountry":
      return (key) => (key === "unknown" ? unknown : countryName(key, lang));
    case "byMonth":
      return (key) => monthName(key, lang);
    case "byWeekday":
      return (key) => weekdayName(Number(key), lang);
    case "byHour":
      return (key) => hourLabel(Number(key), lang);
  }
}
