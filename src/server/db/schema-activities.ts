import type { ColumnType, Generated } from "kysely";

/**
 * Row types of activities, reporting periods and situation reports (migration 0011). Nothing here is
 * personal data but a training's participant list (sealed) and the photos (sealed, shown with consent).
 */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type DateText = ColumnType<string, string, string>;
type Json<T> = ColumnType<T, string | undefined, string>;
type TextList = ColumnType<string[], string[] | undefined, string[]>;

export interface OfficesTable {
  organisation_id: string;
  id: Generated<string>;
  name: string;
  country: string;
  admin1_name: string | null;
  admin1_pcode: string | null;
  city: string | null;
  is_main: Generated<boolean>;
  sort_order: Generated<number>;
  retired_at: Date | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface ActivityListValuesTable {
  organisation_id: string;
  id: Generated<string>;
  list: string;
  code: string;
  labels: Json<Record<string, string>>;
  retired_at: Date | null;
  created_at: CreatedAt;
}

export interface ActivitiesTable {
  organisation_id: string;
  id: Generated<string>;
  office_id: string;
  kind: string;
  section: string;
  title: string;
  narrative: ColumnType<string, string | undefined, string>;
  partners: TextList;
  country: string;
  admin1_pcode: string | null;
  place: string | null;
  starts_on: DateText;
  ends_on: DateText;
  /** First day of the reporting month, YYYY-MM-01. */
  period_month: DateText;
  status: ColumnType<"draft" | "submitted" | "approved", "draft" | "submitted" | "approved" | undefined>;
  /** The kind's own fields as validated by src/shared/api/activities.ts. */
  details: Json<Record<string, unknown>>;
  /** Sealed under the organisation's key. */
  participant_list: Buffer | null;
  submitted_at: Date | null;
  submitted_by: string | null;
  approved_at: Date | null;
  approved_by: string | null;
  returned_reason: string | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface ActivityPhotosTable {
  organisation_id: string;
  id: Generated<string>;
  activity_id: string;
  caption: string;
  credit: string;
  consent: "people_shown_agreed" | "nobody_recognisable";
  consent_note: string | null;
  media_type: string;
  size_bytes: number;
  /** Sealed under the organisation's key. */
  content: Buffer;
  uploaded_by: string | null;
  created_at: CreatedAt;
}

export interface ActivityFilesTable {
  organisation_id: string;
  id: Generated<string>;
  activity_id: string;
  version_label: string;
  language: string | null;
  file_name: string;
  media_type: string;
  size_bytes: number;
  /** Sealed under the organisation's key. */
  content: Buffer;
  uploaded_by: string | null;
  created_at: CreatedAt;
}

export interface ReportingPeriodsTable {
  organisation_id: string;
  office_id: string;
  /** YYYY-MM-01 */
  month: DateText;
  locked_at: Date | null;
  locked_by: string | null;
}

export interface PeriodEventsTable {
  organisation_id: string;
  id: Generated<string>;
  office_id: string;
  month: DateText;
  action: "locked" | "unlocked";
  reason: string | null;
  actor_id: string | null;
  created_at: CreatedAt;
}

export interface SitrepsTable {
  organisation_id: string;
  id: Generated<string>;
  title: string;
  from_month: DateText;
  to_month: DateText;
  office_ids: TextList;
  language: string;
  status: ColumnType<"draft" | "published", "draft" | "published" | undefined>;
  current_version: Generated<number>;
  published_version: number | null;
  published_at: Date | null;
  published_by: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface SitrepVersionsTable {
  organisation_id: string;
  sitrep_id: string;
  version: number;
  /** The whole document, figures included (src/shared/api/sitrep.ts SitrepDocument). */
  document: Json<unknown>;
  note: string | null;
  saved_by: string | null;
  saved_at: CreatedAt;
}

export interface ActivitySchema {
  offices: OfficesTable;
  activity_list_values: ActivityListValuesTable;
  activities: ActivitiesTable;
  activity_photos: ActivityPhotosTable;
  activity_files: ActivityFilesTable;
  reporting_periods: ReportingPeriodsTable;
  period_events: PeriodEventsTable;
  sitreps: SitrepsTable;
  sitrep_versions: SitrepVersionsTable;
}
