import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { type ActivityList, BUILT_IN_LISTS } from "../../../shared/activities/vocab.js";
import type { ActivitySummary } from "../../../shared/api/activities.js";
import type { ListValue } from "../../../shared/api/offices.js";
import { monthName } from "../../format.js";
import { currentLanguage } from "../../i18n.js";
import { formatDate, formatNumber } from "../cases/format.js";
import type { Option } from "../cases/vocab.js";
import { useActivityLists } from "./activity-api.js";

/** Status colours, always beside the status in words. */
export const STATUS_COLOURS: Readonly<Record<string, string>> = {
  draft: "gray",
  submitted: "blue",
  approved: "green",
};

/**
 * Labels for stored codes in the interface language. Built-in codes are named by the catalogues
 * (activities.*); the organisation's own list values carry their names per language, English as fallback.
 * An unknown code is shown as it is rather than breaking the page.
 */
export function useActivityLabels() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const lists = useActivityLists();
  const own = lists.data;
  return useMemo(() => {
    const named = (group: string, code: string | null | undefined) =>
      code ? t(`activities.${group}.${code}`, { defaultValue: code }) : "";
    const ownValue = (list: ActivityList, code: string) =>
      own?.find((value) => value.list === list && value.code === code && !value.builtIn);
    const ownLabel = (value: ListValue) => value.labels?.[lang] || value.labels?.en || value.code;
    const listValue = (list: ActivityList, code: string | null | undefined): string => {
      if (!code) return "";
      const value = ownValue(list, code);
      return value ? ownLabel(value) : t(`activities.lists.${list}.${code}`, { defaultValue: code });
    };
    /** A list's choices: built-in values, then the organisation's, "other" last; retired ones only if in use. */
    const listOptions = (list: ActivityList, inUse: readonly string[] = []): Option[] => {
      const builtIn = BUILT_IN_LISTS[list] as readonly string[];
      const added = (own ?? [])
        .filter((value) => value.list === list && !value.builtIn && !builtIn.includes(value.code))
        .filter((value) => !value.retired || inUse.includes(value.code))
        .map((value) => ({ value: value.code, label: ownLabel(value) }));
      const first = builtIn
        .filter((code) => code !== "other")
        .map((code) => ({ value: code, label: listValue(list, code) }));
      const last = builtIn.includes("other") ? [{ value: "other", label: listValue(list, "other") }] : [];
      const known = new Set([...builtIn, ...added.map((option) => option.value)]);
      // A value no longer on any list still shows under its code, so that saving does not drop it silently.
      const stray = inUse.filter((code) => code && !known.has(code)).map((code) => ({ value: code, label: code }));
      return [...first, ...added, ...last, ...stray];
    };
    const number = (value: number | null | undefined) => formatNumber(value, lang);
    const dates = (startsOn: string, endsOn: string) => {
      if (startsOn === endsOn) return formatDate(startsOn, lang);
      try {
        const format = new Intl.DateTimeFormat(lang, { dateStyle: "medium", timeZone: "UTC" });
        return format.formatRange(new Date(`${startsOn}T00:00:00Z`), new Date(`${endsOn}T00:00:00Z`));
      } catch {
        return `${formatDate(startsOn, lang)} – ${formatDate(endsOn, lang)}`;
      }
    };
    return {
      lang,
      kind: (code: string) => named("kinds", code),
      section: (code: string) => named("sections", code),
      status: (code: string) => named("statuses", code),
      modality: (code: string) => named("modalities", code),
      meetingRole: (code: string) => named("meetingRoles", code),
      researchStatus: (code: string) => named("researchStatuses", code),
      findingUnit: (code: string) => named("findingUnits", code),
      sex: (code: string) => named("sexes", code),
      listValue,
      listValues: (list: ActivityList, codes: readonly string[]) =>
        codes.map((code) => listValue(list, code)).join(", "),
      listOptions,
      /** "Participants: 25" — the list's figure for an activity, named by the catalogue. */
      headline: (headline: ActivitySummary["headline"]) =>
        headline ? `${named("headline", headline.key)}: ${number(headline.value)}` : "",
      consent: (code: string) => named("consents", code),
      number,
      percent: (value: number | null | undefined) =>
        value === null || value === undefined
          ? ""
          : new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: 1 }).format(value / 100),
      date: (value: string | null | undefined) => formatDate(value, lang),
      dates,
      month: (key: string) => monthName(key.slice(0, 7), lang),
    };
  }, [t, lang, own]);
}

export type ActivityLabels = ReturnType<typeof useActivityLabels>;
