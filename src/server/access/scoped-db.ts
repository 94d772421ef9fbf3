import {
  type DeleteQueryBuilder,
  type DeleteResult,
  type Expression,
  type Kysely,
  type SelectQueryBuilder,
  type SqlBool,
  sql,
  type UpdateQueryBuilder,
  type UpdateResult,
} from "kysely";
import { type AuditEntry, appendAudit } from "../audit/writer.js";
import type { Database } from "../db/connect.js";
import type { Schema } from "../db/schema.js";
import { type Actor, isDeploymentAdmin, systemActor } from "./actor.js";
import { applyActorSettings, inActorTransaction } from "./actor-transaction.js";
import { AppError, forbidden, notFound } from "./errors.js";

/** Tables that hold one organisation's rows, and the column that says which. */
const TENANT_COLUMN = {
  organisations: "id",
  teams: "organisation_id",
  users: "organisation_id",
  recovery_codes: "organisation_id",
  sessions: "organisation_id",
  api_tokens: "organisation_id",
  organisation_keys: "organisation_id",
  audit_log: "organisation_id",
  record_keys: "organisation_id",
  people: "organisation_id",
  person_search_keys: "organisation_id",
  person_name_trigrams: "organisation_id",
  case_number_counters: "organisation_id",
  cases: "organisation_id",
  case_people: "organisation_id",
  trafficking_events: "organisation_id",
  support_plans: "organisation_id",
  assistance_types: "organisation_id",
  assistance: "organisation_id",
  consents: "organisation_id",
  case_notes: "organisation_id",
  attachments: "organisation_id",
  forms: "organisation_id",
  form_versions: "organisation_id",
  screenings: "organisation_id",
  screening_counts: "organisation_id",
  hotline_topics: "organisation_id",
  hotline_contacts: "organisation_id",
  hotline_consultations: "organisation_id",
  law_enforcement_reports: "organisation_id",
  hotline_counts: "organisation_id",
  tasks: "organisation_id",
  case_history: "organisation_id",
  person_merges: "organisation_id",
  intake_receipts: "organisation_id",
  articles: "organisation_id",
  article_versions: "organisation_id",
  service_providers: "organisation_id",
  services: "organisation_id",
  referral_number_counters: "organisation_id",
  referrals: "organisation_id",
  referral_events: "organisation_id",
  referral_comments: "organisation_id",
  referral_packages: "organisation_id",
  package_keys: "organisation_id",
  offices: "organisation_id",
  activity_list_values: "organisation_id",
  activities: "organisation_id",
  activity_photos: "organisation_id",
  activity_files: "organisation_id",
  reporting_periods: "organisation_id",
  period_events: "organisation_id",
  sitreps: "organisation_id",
  sitrep_versions: "organisation_id",
} as const satisfies Partial<Record<keyof Schema, string>>;

export type TenantTable = keyof typeof TENANT_COLUMN;

/** Administrative tables a deployment administrator manages across organisations. Never personal data. */
const DEPLOYMENT_WIDE: ReadonlySet<TenantTable> = new Set([
  "organisations",
  "teams",
  "users",
  "sessions",
  "api_tokens",
  "audit_log",
]);

/**
 * Tables every organisation of the deployment reads (the service directory: no personal data), while only
 * the organisation that keeps a row (its organisation column) may change it.
 */
const DEPLOYMENT_READABLE: ReadonlySet<TenantTable> = new Set(["service_providers", "services"]);

/**
 * Tables whose rows belong to two organisations: the sender's (organisation_id) and the receiver's
 * (to_organisation_id). Either party reads and writes them; no other organisation sees them.
 */
const TWO_PARTY: ReadonlySet<TenantTable> = new Set(["referrals", "referral_events", "referral_comments"]);

export interface RequestInfo {
  requestId: string;
  clientIp: string | null;
  /** Audit action recorded when the handler names none (the route's operation). */
  action: string;
}

/**
 * The only database handle request code gets: bound to one actor and one transaction. Queries built
 * from it carry the organisation filter; the transaction carries the row-level-security settings.
 */
export class ScopedDb {
  readonly pendingAudit: AuditEntry[] = [];

  constructor(
    /** Bound to the request's one transaction and connection. */
    readonly tx: Kysely<Schema>,
    readonly actor: Actor,
    /** The request, for audit entries written before the end of the transaction (hand-overs). */
    private readonly info: RequestInfo = { requestId: "internal", clientIp: null, action: "internal" },
  ) {}

  /** The actor's organisation; system and anonymous actors have none and may not read tenant rows. */
  get organisationId(): string {
    if (!this.actor.organisationId) throw forbidden();
    return this.actor.organisationId;
  }

  /**
   * The organisation a new record goes to: the actor's own, or the one asked for when the actor manages
   * the deployment. Asking for another organisation otherwise answers 404, as reading it would.
   */
  organisationFor(requested: string | undefined): string {
    if (requested && requested !== this.actor.organisationId) {
      if (!isDeploymentAdmin(this.actor)) throw notFound();
      return requested;
    }
    return requested ?? this.organisationId;
  }

  /** Whether this handle sees every organisation's rows of the table (deployment administrators only). */
  spansOrganisations(table: TenantTable): boolean {
    return isDeploymentAdmin(this.actor) && DEPLOYMENT_WIDE.has(table);
  }

  /** Filter expression for a tenant table, for joins and subqueries built by hand. */
  tenantFilter<T extends TenantTable>(table: T, alias: string = table): Expression<SqlBool> {
    if (this.spansOrganisations(table)) return sql<SqlBool>`true`;
    if (TWO_PARTY.has(table))
      return sql<SqlBool>`(${sql.ref(`${alias}.organisation_id`)} = ${this.organisationId} OR ${sql.ref(`${alias}.to_organisation_id`)} = ${this.organisationId})`;
    return sql<SqlBool>`${sql.ref(`${alias}.${TENANT_COLUMN[table]}`)} = ${this.organisationId}`;
  }

  /** Filter expression for reading a tenant table: the tenant filter, or none for deployment-readable tables. */
  readFilter<T extends TenantTable>(table: T, alias: string = table): Expression<SqlBool> {
    return DEPLOYMENT_READABLE.has(table) ? sql<SqlBool>`true` : this.tenantFilter(table, alias);
  }

  // The casts only name the table type Kysely would infer for a literal table name.
  selectFrom<T extends TenantTable>(table: T): SelectQueryBuilder<Schema, T, object> {
    return (this.tx.selectFrom(table) as unknown as SelectQueryBuilder<Schema, T, object>).where(
      this.readFilter(table),
    );
  }

  updateTable<T extends TenantTable>(table: T): UpdateQueryBuilder<Schema, T, T, UpdateResult> {
    return (this.tx.updateTable(table) as unknown as UpdateQueryBuilder<Schema, T, T, UpdateResult>).where(
      this.tenantFilter(table),
    );
  }

  deleteFrom<T extends TenantTable>(table: T): DeleteQueryBuilder<Schema, T, DeleteResult> {
    return (this.tx.deleteFrom(table) as unknown as DeleteQueryBuilder<Schema, T, DeleteResult>).where(
      this.tenantFilter(table),
    );
  }

  /** Inserts only rows of the actor's organisation (or any, for a deployment administrator's admin tables). */
  insertInto<T extends TenantTable>(table: T, rows: Record<string, unknown>[]) {
    const column = TENANT_COLUMN[table];
    for (const row of rows) {
      const party = TWO_PARTY.has(table) && row.to_organisation_id === this.organisationId;
      if (!this.spansOrganisations(table) && !party && row[column] !== this.organisationId) throw forbidden();
    }
    // biome-ignore lint/suspicious/noExplicitAny: rows are checked above; Kysely cannot type a table chosen at run time.
    return this.tx.insertInto(table).values(rows as any);
  }

  /** Queues an audit entry, written in this transaction just before it commits. */
  audit(entry: AuditEntry): void {
    this.pendingAudit.push(entry);
  }

  /**
   * Work one party of a referral does in the other party's records, in the same transaction: a partner
   * completing a referral records the assistance in the sender's case. fn runs as a named system actor of that
   * organisation (row-level security follows), and its audit entries go to that organisation's trail under the
   * real actor, so both trails tell who caused the change. The caller decides that the hand-over is due.
   */
  async onBehalfOf<T>(organisationId: string, job: string, fn: (db: ScopedDb) => Promise<T>): Promise<T> {
    const delegate = systemActor(job, { organisationId });
    await applyActorSettings(this.tx, delegate);
    try {
      const scoped = new ScopedDb(this.tx, delegate, this.info);
      const result = await fn(scoped);
      // Written now, while the transaction speaks for that organisation: its trail accepts no entry otherwise.
      for (const entry of scoped.pendingAudit)
        await appendAudit(this.tx, this.actor, this.info, {
          ...entry,
          organisationId,
          detail: { ...entry.detail, onBehalfOf: job },
        });
      return result;
    } finally {
      await applyActorSettings(this.tx, this.actor);
    }
  }
}

/**
 * Runs fn in one transaction as the actor: switches to the application role (so row-level security
 * applies even to the tables' owner), sets the settings the policies read, then writes the audit
 * entries of the work in the same transaction. On failure nothing is written but a "failed" entry.
 */
export async function runScoped<T>(
  database: Database,
  actor: Actor,
  info: RequestInfo,
  fn: (db: ScopedDb) => Promise<T>,
  options: { defaultAudit: boolean } = { defaultAudit: false },
): Promise<T> {
  try {
    return await inActorTransaction(database, actor, async (tx) => {
      const scoped = new ScopedDb(tx, actor, info);
      const result = await fn(scoped);
      if (options.defaultAudit && scoped.pendingAudit.length === 0) scoped.audit({ action: info.action });
      for (const entry of scoped.pendingAudit) await appendAudit(tx, actor, info, entry);
      return result;
    });
  } catch (error) {
    await recordOutside(database, actor, info, {
      action: info.action,
      outcome: "failed",
      detail: { code: error instanceof AppError ? error.code : "internal" },
    });
    throw error;
  }
}

/** Writes one audit entry in its own transaction: denied requests and failures. */
export async function recordOutside(
  database: Database,
  actor: Actor,
  info: RequestInfo,
  entry: AuditEntry,
): Promise<void> {
  await inActorTransaction(database, actor, (tx) => appendAudit(tx, actor, info, entry));
}

export { applyActorSettings };
