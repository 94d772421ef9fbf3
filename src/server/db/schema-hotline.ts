import type { ColumnType, Generated } from "kysely";
import type { AuthorityKind } from "../../shared/api/law-enforcement.js";

/**
 * Row types of the hotline tables (migration 0008; reports to law enforcement widened to cases in 0010).
 * caller_number, caller_name, caller_email, notes, follow_up_note, a consultation's note and a report's reference,
 * summary and shared values hold ciphertext.
 */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type DateText = ColumnType<string, string, string>;
type Json<T> = ColumnType<T, string, string>;

export type ContactStatus = "queued" | "draft" | "completed";

export interface HotlineTopicsTable {
  organisation_id: string;
  id: Generated<string>;
  code: string;
  labels: Json<Record<string, string>>;
  retired_at: Date | null;
  created_at: CreatedAt;
}

export interface HotlineContactsTable {
  organisation_id: string;
  id: Generated<string>;
  client_key: string | null;
  status: ContactStatus;
  channel: string;
  direction: "incoming" | "outgoing";
  source: "app" | "telephony" | "web_form";
  started_at: Timestamp;
  ended_at: Date | null;
  duration_seconds: number | null;
  operator_user_id: string | null;
  team_id: string | null;
  language: string | null;
  caller_type: string | null;
  caller_country: string | null;
  caller_place: string | null;
  anonymous: Generated<boolean>;
  caller_number: string | null;
  caller_number_key: string | null;
  caller_name: string | null;
  caller_email: string | null;
  notes: string | null;
  outcome: string | null;
  escalation: "exploitation" | "immediate_danger" | null;
  follow_up_on: DateText | null;
  follow_up_note: string | null;
  follow_up_done_at: Date | null;
  follow_up_done_by: string | null;
  person_id: string | null;
  case_id: string | null;
  counted_on: DateText | null;
  caller_ref: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface HotlineConsultationsTable {
  organisation_id: string;
  id: Generated<string>;
  contact_id: string;
  position: number;
  topic: string;
  service: string;
  note: string | null;
}

/**
 * A report to law enforcement, of a hotline contact (0008) or of a case (0010). reference and summary are sealed
 * under the contact's key when a contact is named, else under the case's; shared_values under the person's key.
 */
export interface LawEnforcementReportsTable {
  organisation_id: string;
  id: Generated<string>;
  contact_id: string | null;
  /** The contact's escalation; set whenever contact_id is. */
  kind: "exploitation" | "immediate_danger" | null;
  /** The authority's name. */
  agency: string;
  reported_at: Timestamp;
  consent: boolean;
  reference: string | null;
  summary: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  case_id: ColumnType<string | null, string | null | undefined, never>;
  person_id: ColumnType<string | null, string | null | undefined, never>;
  /** Set whenever case_id is. */
  authority_kind: ColumnType<AuthorityKind | null, AuthorityKind | null | undefined, never>;
  /** Required (in clear: it names a provision of law) when consent is false. */
  legal_basis: ColumnType<string | null, string | null | undefined, never>;
  consent_id: ColumnType<string | null, string | null | undefined, never>;
  shared_fields: ColumnType<string[], string[] | undefined, never>;
  shared_values: string | null;
}

export interface HotlineCountsTable {
  organisation_id: string;
  day: DateText;
  dimension: string;
  key: string;
  count: ColumnType<string, number, number>;
}

export interface HotlineSchema {
  hotline_topics: HotlineTopicsTable;
  hotline_contacts: HotlineContactsTable;
  hotline_consultations: HotlineConsultationsTable;
  law_enforcement_reports: LawEnforcementReportsTable;
  hotline_counts: HotlineCountsTable;
}
