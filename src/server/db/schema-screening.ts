import type { ColumnType, Generated } from "kysely";

/** Row types of the screening tables (migration 0006). `answers` and `override_reason` hold ciphertext. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Json<T> = ColumnType<T, string, string>;

export type FormStatus = "draft" | "published" | "retired";

export interface FormsTable {
  organisation_id: string;
  id: Generated<string>;
  form_key: string;
  title: Json<Record<string, string>>;
  status: Generated<FormStatus>;
  built_in: Generated<boolean>;
  latest_version: number;
  published_version: number | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface FormVersionsTable {
  organisation_id: string;
  form_id: string;
  version: number;
  version_label: string;
  /** FormDefinition (src/shared/forms/definition.ts). */
  definition: Json<unknown>;
  /** Scoring rules (src/shared/screening/scoring), when the form has any. */
  scoring: Json<unknown> | null;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface ScreeningsTable {
  organisation_id: string;
  id: Generated<string>;
  form_id: string;
  form_version: number;
  client_key: string | null;
  screened_at: Timestamp;
  country: string | null;
  place: string | null;
  site_type: string | null;
  interview_language: string | null;
  screener_user_id: string | null;
  team_id: string | null;
  person_id: string | null;
  case_id: string | null;
  answers: string;
  risk_level: string | null;
  override_level: string | null;
  override_reason: string | null;
  overridden_by: string | null;
  overridden_at: Date | null;
  flags: Generated<string[]>;
  needs: Generated<string[]>;
  services: Generated<string[]>;
  sex: string | null;
  age_band: string | null;
  consent_record: Generated<boolean>;
  consent_refer: Generated<boolean>;
  source: Generated<"app" | "api">;
  created_at: CreatedAt;
}

export interface ScreeningCountsTable {
  organisation_id: string;
  day: ColumnType<string, string, string>;
  form_id: string;
  dimension: string;
  key: string;
  count: number;
}

export interface ScreeningSchema {
  screening_counts: ScreeningCountsTable;
  forms: FormsTable;
  form_versions: FormVersionsTable;
  screenings: ScreeningsTable;
}
