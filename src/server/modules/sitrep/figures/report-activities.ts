import { sql } from "kysely";
import type { ActivityDetails } from "../../../../shared/api/activities.js";
import type { SitrepEntry } from "../../../../shared/api/sitrep.js";
import type { Language } from "../../../../shared/i18n/languages.js";
import type { ScopedDb } from "../../../access/scoped-db.js";
import { type ListLabels, parsedDetails } from "./activity-figures.js";
import type { TypeLabels } from "./record-figures.js";
import type { ReportPeriod } from "./report-period.js";

type SitrepPhoto = SitrepEntry["photos"][number];

/** An approved activity of a report's offices and months, as the report draws on it. */
export interface ReportActivity {
  id: string;
  officeId: string;
  kind: string;
  section: string;
  title: string;
  narrative: string;
  startsOn: string;
  endsOn: string;
  details: ActivityDetails | null;
}

/**
 * The approved activities of the offices whose reporting month falls in the period, in the order they
 * happened. Drafts and activities waiting for approval never reach a report.
 */
export async function approvedActivities(
  db: ScopedDb,
  period: ReportPeriod,
  officeIds: readonly string[],
): Promise<ReportActivity[]> {
  if (officeIds.length === 0) return [];
  const rows = await db
    .selectFrom("activities")
    .select(["id", "office_id", "kind", "section", "title", "narrative", "starts_on", "ends_on", "details"])
    .where("period_month", ">=", period.firstMonthStart)
    .where("period_month", "<=", period.lastMonthStart)
    .where(sql<boolean>`office_id = ANY(${[...officeIds]}::uuid[])`)
    .where("status", "=", "approved")
    .orderBy("starts_on")
    .orderBy("ends_on")
    .orderBy("title")
    .orderBy("id")
    .execute();
  return rows.map((row) => ({
    id: row.id,
    officeId: row.office_id,
    kind: row.kind,
    section: row.section,
    title: row.title,
    narrative: row.narrative,
    startsOn: String(row.starts_on).slice(0, 10),
    endsOn: String(row.ends_on).slice(0, 10),
    details: parsedDetails(row.details),
  }));
}

/** The activities' photos as the report names them: id, caption and credit (the image is fetched apart). */
export async function activityPhotos(
  db: ScopedDb,
  activityIds: readonly string[],
): Promise<Map<string, SitrepPhoto[]>> {
  const byActivity = new Map<string, SitrepPhoto[]>();
  if (activityIds.length === 0) return byActivity;
  const rows = await sql<{ id: string; activity_id: string; caption: string; credit: string }>`
    SELECT id, activity_id, caption, credit FROM activity_photos
    WHERE organisation_id = ${db.organisationId} AND activity_id = ANY(${[...activityIds]}::uuid[])
    ORDER BY activity_id, created_at, id
  `.execute(db.tx);
  for (const row of rows.rows) {
    const photo = { id: row.id, activityId: row.activity_id, caption: row.caption, credit: row.credit };
    const photos = byActivity.get(row.activity_id);
    if (photos) photos.push(photo);
    else byActivity.set(row.activity_id, [photo]);
  }
  return byActivity;
}

/** A label in the report's language from a {"en": …, "uk": …} object, English when the language has none. */
function labelIn(labels: unknown, language: Language): string | undefined {
  if (typeof labels !== "object" || labels === null) return undefined;
  const byLanguage = labels as Record<string, unknown>;
  const label = byLanguage[language] ?? byLanguage.en;
  return typeof label === "string" && label !== "" ? label : undefined;
}

/** The organisation's own activity list values' labels, by "<list>:<code>". */
export async function activityListLabels(db: ScopedDb, language: Language): Promise<ListLabels> {
  const rows = await db.selectFrom("activity_list_values").select(["list", "code", "labels"]).execute();
  const labels = new Map<string, string>();
  for (const row of rows) {
    const label = labelIn(row.labels, language);
    if (label) labels.set(`${row.list}:${row.code}`, label);
  }
  return labels;
}

/** The organisation's own assistance types' labels, by code. */
export async function assistanceTypeLabels(db: ScopedDb, language: Language): Promise<TypeLabels> {
  const rows = await db.selectFrom("assistance_types").select(["code", "labels"]).execute();
  const labels = new Map<string, string>();
  for (const row of rows) {
    const label = labelIn(row.labels, language);
    if (label) labels.set(row.code, label);
  }
  return labels;
}
