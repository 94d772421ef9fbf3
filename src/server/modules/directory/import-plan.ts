import type { ProviderInput } from "../../../shared/api/directory.js";
import type { DirectoryColumn } from "../../../shared/directory/columns.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { providerCells, type StoredProvider, type StoredService, serviceCells, valueText } from "./directory-cells.js";
import { type ImportRow, providerColumn, type RowProblem, serviceColumn } from "./import-rows.js";
import type { ServiceFields } from "./service-rows.js";
import { serviceChangeProblems } from "./services.service.js";

/*
 * What an import would do, worked out against the directory before anything is written: which of the
 * caller's providers the rows name (by name; missing ones are created), which services they update (by id,
 * only the caller's own) or create, and every row that cannot be taken as it is.
 */

export interface ProviderPlan {
  key: string;
  /** The caller's provider of that name, if there is one. */
  existing: StoredProvider | undefined;
  fields: Partial<ProviderInput>;
  /** The provider's id: the existing one's, or the one it is created with. */
  id: string;
  change: "create" | "update" | "unchanged";
}

export interface ServicePlan {
  row: number;
  existing: StoredService | undefined;
  providerId: string;
  fields: ServiceFields;
  retired: boolean | undefined;
  change: "create" | "update" | "unchanged";
}

export interface ImportPlan {
  providers: ProviderPlan[];
  services: ServicePlan[];
  problems: RowProblem[];
}

/** Whether the values differ from what is stored, column by column in the form the export writes. */
function differs(fields: Record<string, unknown>, stored: Record<string, unknown>, columnOf: (f: string) => string) {
  return Object.entries(fields).some(([field, value]) => valueText(value) !== valueText(stored[columnOf(field)]));
}

/** Rows of one provider agree on its values: the first row to name it sets them. */
function planProviders(rows: readonly ImportRow[], own: Map<string, StoredProvider>, problems: RowProblem[]) {
  const plans = new Map<string, ProviderPlan & { firstRow: number }>();
  for (const row of rows) {
    if (!row.providerKey || row.problems.some((p) => p.field.startsWith("provider"))) continue;
    const plan = plans.get(row.providerKey);
    if (!plan) {
      const existing = own.get(row.providerKey);
      const change = !existing
        ? "create"
        : differs(row.provider, providerCells(existing), providerColumn)
          ? "update"
          : "unchanged";
      plans.set(row.providerKey, {
        key: row.providerKey,
        existing,
        fields: row.provider,
        id: existing?.id ?? crypto.randomUUID(),
        change,
        firstRow: row.row,
      });
      continue;
    }
    for (const [field, value] of Object.entries(row.provider)) {
      if (valueText(value) !== valueText(plan.fields[field as keyof ProviderInput])) {
        problems.push({
          row: row.row,
          field: providerColumn(field),
          problem: "directory_provider_differs",
          params: { first: plan.firstRow },
        });
      }
    }
  }
  return plans;
}

/** A row naming an existing service: the caller's own, of the provider the row names, at the version read. */
function checkExisting(row: ImportRow, service: StoredService | undefined, provider: ProviderPlan): RowProblem[] {
  const at = (field: string, problem: string, params?: Record<string, string | number>) => [
    { row: row.row, field, problem, ...(params ? { params } : {}) },
  ];
  if (!service) return at("id", "directory_unknown_service");
  if (service.provider_id !== provider.id) {
    const named = provider.existing ? provider.existing.name : String(provider.fields.name ?? "");
    return at("providerName", "directory_service_provider_differs", { provider: named });
  }
  if (row.version !== null && row.version !== service.version) {
    return at("version", "directory_stale_version", { current: service.version });
  }
  return serviceChangeProblems(service, row.service).map((p) => ({
    row: row.row,
    field: serviceColumn(p.field),
    problem: p.problem,
  }));
}

export async function planImport(
  db: ScopedDb,
  rows: readonly ImportRow[],
  columns: readonly DirectoryColumn[],
): Promise<ImportPlan> {
  const problems: RowProblem[] = rows.flatMap((row) => row.problems);
  const ownRows = await db
    .selectFrom("service_providers")
    .selectAll()
    .where("organisation_id", "=", db.organisationId)
    .execute();
  const own = new Map(ownRows.map((provider) => [provider.name_key, provider]));
  const ids = rows.filter((row) => row.id && !row.problems.some((p) => p.field === "id")).map((r) => r.id as string);
  const found = ids.length ? await db.selectFrom("services").selectAll().where("id", "in", ids).execute() : [];
  const services = new Map(found.map((service) => [service.id, service]));
  const providers = planProviders(rows, own, problems);
  // Rows whose provider values disagree with an earlier row's are bad rows: they plan nothing.
  const badRows = new Set(problems.map((problem) => problem.row));
  const firstRowOfId = new Map<string, number>();
  const plans: ServicePlan[] = [];
  const hasRetiredColumn = columns.some((column) => column.key === "retired");
  for (const row of rows) {
    const provider = providers.get(row.providerKey);
    if (!provider || badRows.has(row.row)) continue;
    const rowProblems: RowProblem[] = [];
    const service = row.id ? services.get(row.id) : undefined;
    if (row.id) {
      const first = firstRowOfId.get(row.id);
      if (first !== undefined) {
        rowProblems.push({ row: row.row, field: "id", problem: "directory_duplicate_id", params: { first } });
      } else if (service && service.organisation_id !== db.organisationId) {
        rowProblems.push({ row: row.row, field: "id", problem: "directory_not_kept" });
      } else rowProblems.push(...checkExisting(row, service, provider));
      firstRowOfId.set(row.id, firstRowOfId.get(row.id) ?? row.row);
    }
    // A retired provider gives no services: its rows may only keep or make them retired.
    const staysRetired = row.retired ?? (service ? service.retired_at !== null : false);
    if (provider.existing?.retired_at && !staysRetired) {
      rowProblems.push({ row: row.row, field: "providerName", problem: "directory_provider_retired" });
    }
    problems.push(...rowProblems);
    if (rowProblems.length > 0) continue;
    const stored = service ? serviceCells(service) : undefined;
    const retiredChanged = hasRetiredColumn && stored !== undefined && valueText(row.retired) !== stored.retired;
    plans.push({
      row: row.row,
      existing: service,
      providerId: provider.id,
      fields: row.service,
      retired: row.retired,
      change: !stored
        ? "create"
        : retiredChanged || differs(row.service, stored, serviceColumn)
          ? "update"
          : "unchanged",
    });
  }
  return { providers: [...providers.values()], services: plans, problems };
}
