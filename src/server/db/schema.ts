import type { ColumnType, Generated, Selectable } from "kysely";
import type { ActivitySchema } from "./schema-activities.js";
import type { CaseSchema } from "./schema-cases.js";
import type { DirectorySchema } from "./schema-directory.js";
import type { HotlineSchema } from "./schema-hotline.js";
import type { KnowledgeSchema } from "./schema-knowledge.js";
import type { ReferralSchema } from "./schema-referrals.js";
import type { ScreeningSchema } from "./schema-screening.js";

/** Row types as stored. API shapes live in src/shared; these never leave the server. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface MetaTable {
  key: string;
  value: string;
}

export interface OrganisationsTable {
  id: Generated<string>;
  name: string;
  org_type: string;
  country: string;
  street: string | null;
  city: string | null;
  region: string | null;
  postal_code: string | null;
  latitude: number | null;
  longitude: number | null;
  phone: string | null;
  mfa_required: Generated<boolean>;
  /** Years after closure when identifying data of a case is erased; none: kept until erased by hand. */
  retention_years: number | null;
  /** IANA time zone of the organisation's hotline hours (contacts by hour of day and weekday). */
  time_zone: Generated<string>;
  disabled_at: Date | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface TeamsTable {
  id: Generated<string>;
  organisation_id: string;
  name: string;
  /** The office the team's records count for in reports; none means the organisation's main office. */
  office_id: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: CreatedAt;
}

export interface UsersTable {
  id: Generated<string>;
  organisation_id: string;
  team_id: string | null;
  email: string;
  display_name: string;
  roles: string[];
  locale: Generated<string>;
  password_hash: string;
  password_changed_at: Timestamp;
  must_change_password: Generated<boolean>;
  mfa_secret: string | null;
  mfa_enabled_at: Date | null;
  /** TOTP time step of the last accepted code: a code is accepted once. */
  mfa_last_counter: string | null;
  failed_sign_ins: Generated<number>;
  locked_until: Date | null;
  last_sign_in_at: Date | null;
  /** The sign-in before the current one: shown to the user, so that one they did not make stands out. */
  previous_sign_in_at: Date | null;
  disabled_at: Date | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface RecoveryCodesTable {
  organisation_id: string;
  user_id: string;
  code_hash: string;
  used_at: Date | null;
}

export type MfaState = "complete" | "pending" | "enrol_required";

export interface SessionsTable {
  id: string;
  organisation_id: string;
  user_id: string;
  csrf_token: string;
  mfa_state: MfaState;
  created_at: CreatedAt;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  client_ip: string | null;
  user_agent: string | null;
}

export interface ApiTokensTable {
  id: Generated<string>;
  organisation_id: string;
  user_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  created_at: CreatedAt;
  expires_at: Date | null;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

export interface OrganisationKeysTable {
  organisation_id: string;
  purpose: "data" | "index";
  version: number;
  wrapped_key: string;
  created_at: CreatedAt;
  retired_at: Date | null;
}

export type AuditOutcome = "allowed" | "denied" | "failed";

export interface AuditLogTable {
  seq: ColumnType<string, never, never>;
  chain: string;
  at: Date;
  actor_user_id: string | null;
  actor_label: string;
  organisation_id: string | null;
  action: string;
  record_type: string | null;
  record_id: string | null;
  record_ids: string[] | null;
  outcome: AuditOutcome;
  request_id: string | null;
  client_ip: string | null;
  reason: string | null;
  detail: unknown;
  prev_hash: string | null;
  hash: string;
}

export interface Schema
  extends CaseSchema,
    ScreeningSchema,
    HotlineSchema,
    KnowledgeSchema,
    DirectorySchema,
    ReferralSchema,
    ActivitySchema {
  meta: MetaTable;
  organisations: OrganisationsTable;
  teams: TeamsTable;
  users: UsersTable;
  recovery_codes: RecoveryCodesTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  organisation_keys: OrganisationKeysTable;
  audit_log: AuditLogTable;
}

export type UserRow = Selectable<UsersTable>;
export type OrganisationRow = Selectable<OrganisationsTable>;
