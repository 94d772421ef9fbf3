import type { ColumnType, Generated } from "kysely";
import type { AssistanceType, AssistanceUnit } from "../../shared/htcds/extensions/assistance.js";

/**
 * Row types of referrals (migration 0010). Each row belongs to two parties: the sender (organisation_id) and
 * the receiver (to_organisation_id, null outside the deployment). Shared values and comments are sealed under
 * the referral's own key.
 */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Json<T> = ColumnType<T, string | undefined, string>;

export type ReferralStatus =
  | "draft"
  | "sent"
  | "acknowledged"
  | "accepted"
  | "declined"
  | "in_progress"
  | "completed"
  | "not_completed"
  | "withdrawn"
  | "expired";

/** One item of what a service provided, as the case's assistance record counts it. */
export interface ProvidedItem {
  assistanceType: AssistanceType;
  providedOn: string;
  quantity: number | null;
  unit: AssistanceUnit | null;
}

export interface ReferralNumberCountersTable {
  organisation_id: string;
  year: number;
  last_number: number;
}

export interface ReferralsTable {
  organisation_id: string;
  id: Generated<string>;
  number: string;
  kind: Generated<"service" | "transfer">;
  to_organisation_id: string | null;
  from_organisation_name: string;
  to_organisation_name: string;
  case_id: string | null;
  screening_id: string | null;
  person_id: string | null;
  team_id: string | null;
  created_by: string | null;
  service_id: string | null;
  provider_id: string;
  service_type: string;
  urgency: "emergency" | "high" | "normal" | "low";
  reason: string;
  status: ReferralStatus;
  shared_fields: ColumnType<string[], string[] | undefined, string[]>;
  shared_payload: string | null;
  wrapped_key: string | null;
  consent_id: string | null;
  override_by: string | null;
  override_reason: string | null;
  due_at: Date | null;
  sent_at: Date | null;
  acknowledged_at: Date | null;
  decided_at: Date | null;
  started_at: Date | null;
  finished_at: Date | null;
  decline_reason: string | null;
  not_completed_reason: string | null;
  provided: Json<ProvidedItem[]>;
  receiver_case_id: string | null;
  receiver_user_id: string | null;
  overdue_task_id: string | null;
  imported_at: Date | null;
  imported_from: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface ReferralEventsTable {
  organisation_id: string;
  to_organisation_id: string | null;
  id: Generated<string>;
  referral_id: string;
  at: CreatedAt;
  by_organisation_id: string | null;
  by_user_id: string | null;
  by_label: string;
  action: string;
  from_status: ReferralStatus | null;
  to_status: ReferralStatus;
  detail: Json<Record<string, unknown>> | null;
}

export interface ReferralCommentsTable {
  organisation_id: string;
  to_organisation_id: string | null;
  id: Generated<string>;
  referral_id: string;
  author_organisation_id: string;
  author_user_id: string | null;
  author_label: string;
  body: string;
  created_at: CreatedAt;
}

export interface ReferralPackagesTable {
  organisation_id: string;
  id: Generated<string>;
  referral_id: string;
  token_hash: string;
  method: "password" | "public_key";
  recipient: string | null;
  language: string;
  content: Buffer | null;
  size_bytes: number;
  expires_at: Date;
  downloaded_at: Date | null;
  refused_attempts: Generated<number>;
  last_refused_at: Date | null;
  delivered_at: Date | null;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface PackageKeysTable {
  organisation_id: string;
  public_key: string;
  sealed_private_key: string;
  created_at: CreatedAt;
}

export interface ReferralSchema {
  package_keys: PackageKeysTable;
  referral_packages: ReferralPackagesTable;
  referral_number_counters: ReferralNumberCountersTable;
  referrals: ReferralsTable;
  referral_events: ReferralEventsTable;
  referral_comments: ReferralCommentsTable;
}
