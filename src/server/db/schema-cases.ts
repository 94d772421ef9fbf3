import type { ColumnType, Generated } from "kysely";

/** Row types of the case tables (migration 0004). Sealed columns hold ciphertext, never plaintext. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
/** A calendar date: PostgreSQL `date`, read as "YYYY-MM-DD" text (see connect.ts type parsers). */
type DateText = ColumnType<string, string, string>;
type Numeric = ColumnType<string, string | number, string | number>;
type Json<T> = ColumnType<T, string, string>;

export interface Place {
  country: string;
  place?: string | null;
}

export interface RecordKeysTable {
  organisation_id: string;
  subject_id: string;
  wrapped_key: string;
  created_at: CreatedAt;
}

export interface PeopleTable {
  organisation_id: string;
  id: Generated<string>;
  identity: string | null;
  gender: string | null;
  sex: string | null;
  birth_year: number | null;
  birth_year_estimated: Generated<boolean>;
  citizenships: Generated<string[]>;
  primary_language: string | null;
  languages: Generated<string[]>;
  education: string | null;
  marital_status: string | null;
  number_of_children: number | null;
  migration_statuses: Generated<string[]>;
  vulnerability_flags: Generated<string[]>;
  disability: Json<Record<string, string> | null> | null;
  deceased: Generated<boolean>;
  merged_into: string | null;
  erased_at: Date | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface PersonSearchKeysTable {
  organisation_id: string;
  kind: string;
  key: string;
  person_id: string;
}

/** A person's name trigram HMACs together (they score candidates, never find them). */
export interface PersonNameTrigramsTable {
  organisation_id: string;
  person_id: string;
  keys: string[];
}

export interface CaseNumberCountersTable {
  organisation_id: string;
  year: number;
  last_number: number;
}

export interface CasesTable {
  organisation_id: string;
  id: Generated<string>;
  case_number: string;
  stage: Generated<string>;
  status: Generated<string>;
  owner_user_id: string | null;
  team_id: string | null;
  primary_person_id: string | null;
  opened_on: DateText;
  identified_on: DateText | null;
  closed_on: DateText | null;
  closure_referred: Generated<boolean>;
  referring_organisation_id: string | null;
  referring_organisation_name: string | null;
  incoming_referral_date: DateText | null;
  incoming_referral_reason: string | null;
  sealed: string | null;
  exploitation_types: Generated<string[]>;
  vulnerability_flags: Generated<string[]>;
  citizenships: Generated<string[]>;
  identifying_erased_at: Date | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface CasePeopleTable {
  organisation_id: string;
  case_id: string;
  person_id: string;
  role: string;
  trafficking_status: string | null;
  status_decided_by: string | null;
  relationship_to_trafficker: string | null;
  age_when_trafficked: number | null;
  recruitment_methods: Generated<string[]>;
  recruitment_websites: Generated<string[]>;
  control_methods: Generated<string[]>;
  exploitation_types: Generated<string[]>;
  forced_labour_industry: string | null;
  sex_exploitation_types: Generated<string[]>;
  exploitation_websites: Generated<string[]>;
  victim_vulnerabilities: Generated<string[]>;
  recruitment_places: ColumnType<Place[], string | undefined, string>;
  exploitation_places: ColumnType<Place[], string | undefined, string>;
  perpetrator_roles: Generated<string[]>;
  relationship: string | null;
  sealed: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface TraffickingEventsTable {
  organisation_id: string;
  id: Generated<string>;
  case_id: string;
  person_id: string | null;
  event_type: string;
  occurred_on: DateText | null;
  date_estimated: Generated<boolean>;
  country: string | null;
  region: string | null;
  city: string | null;
  sealed: string | null;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface SupportPlansTable {
  organisation_id: string;
  id: Generated<string>;
  case_id: string;
  plan_type: string;
  sealed: string | null;
  planned_end_on: DateText | null;
  actual_end_on: DateText | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface AssistanceTypesTable {
  organisation_id: string;
  code: string;
  labels: Json<Record<string, string>>;
  disabled_at: Date | null;
  created_at: CreatedAt;
}

export interface AssistanceTable {
  organisation_id: string;
  id: Generated<string>;
  case_id: string;
  plan_id: string | null;
  assistance_type: string;
  status: string;
  provided_on: DateText | null;
  provider_organisation_id: string | null;
  provider_name: string | null;
  quantity: Numeric | null;
  unit: string | null;
  cost: Numeric | null;
  currency: string | null;
  sealed: string | null;
  recorded_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface ConsentsTable {
  organisation_id: string;
  id: Generated<string>;
  person_id: string;
  case_id: string | null;
  purpose: string;
  decision: string;
  decided_on: DateText;
  method: string;
  language: string | null;
  guardian_relationship: string | null;
  sealed: string | null;
  signature_attachment_id: string | null;
  recorded_by: string | null;
  created_at: CreatedAt;
}

export interface CaseNotesTable {
  organisation_id: string;
  id: Generated<string>;
  case_id: string;
  body: string;
  author_user_id: string | null;
  created_at: CreatedAt;
}

export interface AttachmentsTable {
  organisation_id: string;
  id: Generated<string>;
  case_id: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  content: Buffer;
  uploaded_by: string | null;
  created_at: CreatedAt;
}

export interface TasksTable {
  organisation_id: string;
  id: Generated<string>;
  /** Null for a task raised outside a case (an urgent screening). */
  case_id: string | null;
  screening_id: string | null;
  /** A follow-up or escalation of a hotline contact. */
  contact_id: string | null;
  /** The overdue referral the task asks its sender to chase. */
  referral_id: string | null;
  priority: Generated<"normal" | "urgent">;
  title: string;
  due_on: DateText;
  assignee_user_id: string | null;
  done_at: Date | null;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface CaseHistoryTable {
  organisation_id: string;
  id: Generated<string>;
  case_id: string;
  at: CreatedAt;
  actor_user_id: string | null;
  action: string;
  changes: Json<Record<string, unknown>>;
}

export interface PersonMergesTable {
  organisation_id: string;
  id: Generated<string>;
  survivor_id: string;
  merged_id: string;
  moved_case_ids: Generated<string[]>;
  moved_consent_ids: Generated<string[]>;
  merged_by: string | null;
  merged_at: CreatedAt;
  undone_by: string | null;
  undone_at: Date | null;
}

/** An intake a device delivered, by the id the device gave it: a second delivery gets the same case. */
export interface IntakeReceiptsTable {
  organisation_id: string;
  client_key: string;
  case_id: string;
  received_at: CreatedAt;
}

export interface CaseSchema {
  record_keys: RecordKeysTable;
  people: PeopleTable;
  person_search_keys: PersonSearchKeysTable;
  person_name_trigrams: PersonNameTrigramsTable;
  case_number_counters: CaseNumberCountersTable;
  cases: CasesTable;
  case_people: CasePeopleTable;
  trafficking_events: TraffickingEventsTable;
  support_plans: SupportPlansTable;
  assistance_types: AssistanceTypesTable;
  assistance: AssistanceTable;
  consents: ConsentsTable;
  case_notes: CaseNotesTable;
  attachments: AttachmentsTable;
  tasks: TasksTable;
  case_history: CaseHistoryTable;
  person_merges: PersonMergesTable;
  intake_receipts: IntakeReceiptsTable;
}
