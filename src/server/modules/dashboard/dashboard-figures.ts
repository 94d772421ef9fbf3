import type { Permission } from "../../../shared/access/permissions.js";
import type { DashboardPeriod } from "./dashboard-period.js";

/** The sources a dashboard counts from; each is one grouped statement (dashboard-sources.ts). */
export type SourceName = "activities" | "cases" | "assistance" | "screenings" | "hotline" | "referrals";

export interface FigureDefinition {
  /** Catalogue key under dashboard.figures, and the measure's column in its source. */
  key: string;
  source: SourceName;
  /**
   * Counted from records about people (cases, screenings, contacts, referrals): withheld when small. Activity
   * figures are typed in as totals by staff and name nobody.
   */
  fromRecords: boolean;
}

/** In the dashboard's order: the programme's work first, then the records'. */
export const FIGURES: readonly FigureDefinition[] = [
  { key: "trainings", source: "activities", fromRecords: false },
  { key: "participants_trained", source: "activities", fromRecords: false },
  { key: "campaign_reach", source: "activities", fromRecords: false },
  { key: "materials_distributed", source: "activities", fromRecords: false },
  { key: "meetings", source: "activities", fromRecords: false },
  { key: "people_assisted", source: "assistance", fromRecords: true },
  { key: "cases_opened", source: "cases", fromRecords: true },
  { key: "people_screened", source: "screenings", fromRecords: true },
  { key: "calls", source: "hotline", fromRecords: true },
  { key: "consultations", source: "hotline", fromRecords: true },
  { key: "referrals_sent", source: "referrals", fromRecords: true },
];

/**
 * The permission that lets a caller see a source's own records. Activities name nobody, so reading them is
 * enough; records about people are counted for holders of aggregates.read (the organisation's) or of the
 * records' own read permission (only the records they reach: a screener's own screenings).
 */
const RECORD_PERMISSION: Readonly<Record<SourceName, Permission>> = {
  activities: "activity.read",
  cases: "case.read",
  assistance: "case.read",
  screenings: "screening.read",
  hotline: "hotline.read",
  referrals: "referral.read",
};

export type Permissions = ReadonlySet<Permission>;

export function mayCount(source: SourceName, permissions: Permissions): boolean {
  if (permissions.has(RECORD_PERMISSION[source])) return true;
  return source !== "activities" && permissions.has("aggregates.read");
}

/** The last day of a YYYY-MM. */
function lastDay(month: string): string {
  const [year, number] = month.split("-").map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(year, number, 0)).getUTCDate()).padStart(2, "0")}`;
}

const ACTIVITY_KIND: Readonly<Record<string, string>> = {
  trainings: "training",
  participants_trained: "training",
  campaign_reach: "awareness",
  materials_distributed: "awareness",
  meetings: "coordination",
};

/**
 * The page of the web app that lists what a figure counts in the current month, with the filters that page
 * reads from its address; a page the caller may not open is no link (null). Figures pages where the caller
 * holds aggregates.read, else the records' own list.
 */
export function figureLink(key: string, period: DashboardPeriod, permissions: Permissions): string | null {
  const { month } = period;
  const days = new URLSearchParams({ from: `${month}-01`, to: lastDay(month) }).toString();
  const aggregates = permissions.has("aggregates.read");
  const kind = ACTIVITY_KIND[key];
  if (kind) return `/activities?${new URLSearchParams({ kind, status: "approved", from: month, to: month })}`;
  switch (key) {
    case "cases_opened":
      return permissions.has("case.read")
        ? `/cases?${new URLSearchParams({ openedFrom: `${month}-01`, openedTo: lastDay(month) })}`
        : null;
    case "people_assisted":
      return permissions.has("case.read") ? "/cases" : null;
    case "people_screened":
      if (aggregates) return `/screenings/figures?${days}`;
      return permissions.has("screening.read") ? `/screenings?${days}` : null;
    case "calls":
    case "consultations":
      if (aggregates) return `/hotline/figures?${days}`;
      return permissions.has("hotline.read") ? "/hotline" : null;
    case "referrals_sent":
      if (aggregates) return `/referrals/figures?${days}`;
      return permissions.has("referral.read") ? "/referrals" : null;
    default:
      return null;
  }
}
