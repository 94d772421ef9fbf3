import type { TFunction } from "i18next";
import type { ReferralFigureDirection, ReferralFigures } from "../../../shared/api/referral-figures.js";
import { monthName } from "../../format.js";
import { formatNumber } from "../cases/format.js";

/** The breakdowns the page shows as tables, in the order it shows them. */
export const BREAKDOWNS = [
  "byServiceType",
  "byPartner",
  "byUrgency",
  "byMonth",
  "byStatus",
  "byDeclineReason",
  "byNotCompletedReason",
] as const satisfies readonly (keyof ReferralFigures)[];
export type Breakdown = (typeof BREAKDOWNS)[number];

/** The table's heading; the other organisation is the provider for referrals sent, the referrer for those received. */
export function breakdownTitle(breakdown: Breakdown, direction: ReferralFigureDirection, t: TFunction): string {
  if (breakdown === "byPartner" && direction === "incoming") return t("referralFigures.breakdowns.byReferrer");
  return t(`referralFigures.breakdowns.${breakdown}`);
}

/** A label for each key: vocabulary labels of the referrals and directory parts, months from Intl, names as kept. */
export function breakdownLabel(breakdown: Breakdown, t: TFunction, lang: string): (key: string) => string {
  const vocabulary = (list: string) => (key: string) => t(list + key, { defaultValue: key });
  switch (breakdown) {
    case "byServiceType":
      return vocabulary("serviceTypes.");
    case "byPartner":
      return (key) => key;
    case "byUrgency":
      return vocabulary("referrals.urgency.");
    case "byMonth":
      return (key) => monthName(key, lang);
    case "byStatus":
      return vocabulary("referrals.status.");
    case "byDeclineReason":
      return vocabulary("referrals.declineReason.");
    case "byNotCompletedReason":
      return vocabulary("referrals.notCompletedReason.");
  }
}

/**
 * A count as the page writes it: "fewer than 5" where the server withheld a cell, as the helpline figures
 * do. A sum (a funnel stage, the overdue) is withheld when it would give a withheld cell away, however large
 * it is, so it reads "withheld".
 */
export function countText(
  count: number | null,
  threshold: number,
  t: TFunction,
  lang: string,
  kind: "cell" | "sum" = "cell",
): string {
  if (count !== null) return formatNumber(count, lang);
  return kind === "sum"
    ? t("referralFigures.withheldSum")
    : t("referralFigures.withheld", { threshold: formatNumber(threshold, lang) });
}

/** Hours in words and the language's plural ("3,5 години"), in days once they run past two days. */
export function durationText(hours: number, lang: string): string {
  const days = hours >= 48;
  return new Intl.NumberFormat(lang, {
    style: "unit",
    unit: days ? "day" : "hour",
    unitDisplay: "long",
    maximumFractionDigits: 1,
  }).format(days ? hours / 24 : hours);
}

/** A share as a percentage in the language's own form ("33 %", "33%"). */
export function percentText(share: number, lang: string): string {
  return new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: 0 }).format(share);
}
