import type { MissingFigure, SitrepEntry, SitrepFigure } from "../../../../shared/api/sitrep.js";
import type { Language } from "../../../../shared/i18n/languages.js";
import { RECORD_SOURCES, type RecordSource } from "../../../../shared/sitrep/figure-keys.js";
import type { ScopedDb } from "../../../access/scoped-db.js";
import { activityFigures, type ListLabels } from "./activity-figures.js";
import { type RecordCounts, recordCounts } from "./record-counts.js";
import { recordFigures } from "./record-figures.js";
import {
  activityListLabels,
  activityPhotos,
  approvedActivities,
  assistanceTypeLabels,
  type ReportActivity,
} from "./report-activities.js";
import type { ReportOffice } from "./report-offices.js";
import type { ReportPeriod } from "./report-period.js";

/** Everything a report's draft is made of, computed from the records and the approved activities. */
export interface ReportFigures {
  headline: SitrepFigure[];
  /** Each office's figures from the records (direct assistance, screening, helpline, referrals). */
  recordFiguresByOffice: Map<string, SitrepFigure[]>;
  activities: ReportActivity[];
  photos: Map<string, SitrepEntry["photos"]>;
  listLabels: ListLabels;
  missing: MissingFigure[];
}

const MAX_MISSING = 500;

/** The count that says whether a source has any record for an office (or for all the offices: total). */
function sourceCount(source: RecordSource, cells: Map<string, number> | undefined): number {
  if (!cells) return 0;
  const of = (measure: string) => cells.get(measure) ?? 0;
  switch (source) {
    case "assistance":
      return [...cells.entries()]
        .filter(([measure]) => measure.startsWith("victim:") || measure.startsWith("other:"))
        .reduce((sum, [, count]) => sum + count, 0);
    case "cases":
      return of("cases_opened");
    case "screenings":
      return of("people_screened");
    case "hotline":
      return of("hotline_contacts");
    case "referrals":
      return of("referrals_sent");
  }
}

/**
 * What the report cannot say, and why, instead of failing: an office no team reports for, a source with no
 * record in the period (for every office, or for one office while others have some).
 */
export function missingFigures(offices: readonly ReportOffice[], counts: RecordCounts, hasMainOffice: boolean) {
  const missing: MissingFigure[] = [];
  if (!hasMainOffice) missing.push({ key: "records", reason: "no_main_office", officeId: null });
  const counted = offices.filter((office) => office.isMain || office.hasTeams);
  for (const office of offices) {
    if (!office.isMain && !office.hasTeams)
      missing.push({ key: "records", reason: "office_has_no_teams", officeId: office.id });
  }
  for (const source of RECORD_SOURCES) {
    if (sourceCount(source, counts.total) === 0) {
      if (counted.length > 0) missing.push({ key: source, reason: "no_records_in_period", officeId: null });
      continue;
    }
    for (const office of counted) {
      if (sourceCount(source, counts.byOffice.get(office.id)) === 0)
        missing.push({ key: source, reason: "no_records_in_period", officeId: office.id });
    }
  }
  return missing.slice(0, MAX_MISSING);
}

/** The figures of a period for the offices, in the report's language where labels are the organisation's own. */
export async function reportFigures(
  db: ScopedDb,
  period: ReportPeriod,
  offices: readonly ReportOffice[],
  language: Language,
): Promise<ReportFigures> {
  const officeIds = offices.map((office) => office.id);
  const counts = await recordCounts(db, period, officeIds);
  const records = recordFigures(counts, officeIds, await assistanceTypeLabels(db, language));
  const activities = await approvedActivities(db, period, officeIds);
  const listLabels = await activityListLabels(db, language);
  const main = await db.selectFrom("offices").select("id").where("is_main", "=", true).executeTakeFirst();
  return {
    headline: [...records.headline, ...activityFigures(activities, listLabels, { headline: true })],
    recordFiguresByOffice: records.byOffice,
    activities,
    photos: await activityPhotos(
      db,
      activities.map((activity) => activity.id),
    ),
    listLabels,
    missing: missingFigures(offices, counts, main !== undefined),
  };
}
