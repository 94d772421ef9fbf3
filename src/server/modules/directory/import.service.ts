import type { DirectoryImportReport } from "../../../shared/api/directory.js";
import { REQUIRED_IMPORT_COLUMNS } from "../../../shared/directory/columns.js";
import type { Language } from "../../../shared/i18n/languages.js";
import { AppError, invalidField } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { translator } from "../../i18n.js";
import type { DirectorySheet } from "./directory-sheet.js";
import { type ImportPlan, planImport } from "./import-plan.js";
import { COLUMN_ORDER, type ImportRow, readImportRow } from "./import-rows.js";
import { providerValues } from "./provider-rows.js";
import { insertServices, writeServiceChange } from "./services.service.js";

/** A real import refused because of bad rows: nothing was written; the report says what to fix. */
export class DirectoryImportRejected extends AppError {
  constructor(readonly report: DirectoryImportReport) {
    super("validation");
  }
}

const INSERT_BATCH = 500;

/** Reads every row on its own, before any database work; a file without the columns that name rows is refused. */
export function readImportRows(sheet: DirectorySheet, language: Language): ImportRow[] {
  const present = new Set(sheet.columns.map((column) => column.key));
  const missing = REQUIRED_IMPORT_COLUMNS.filter((key) => !present.has(key));
  if (missing.length > 0) {
    const t = translator(language);
    const columns = missing.map((key) => t(`directory.columns.${key}`)).join(", ");
    throw invalidField("body.file", "directory_missing_columns", { columns });
  }
  return sheet.rows.map((row) => readImportRow(row, sheet.columns));
}

function countOf(changes: readonly { change: "create" | "update" | "unchanged" }[]) {
  return {
    create: changes.filter((c) => c.change === "create").length,
    update: changes.filter((c) => c.change === "update").length,
    unchanged: changes.filter((c) => c.change === "unchanged").length,
  };
}

function reportOf(plan: ImportPlan, sheet: DirectorySheet, dryRun: boolean, language: Language): DirectoryImportReport {
  const t = translator(language);
  const problems = [...plan.problems]
    .sort((a, b) => a.row - b.row || (COLUMN_ORDER.get(a.field) ?? 0) - (COLUMN_ORDER.get(b.field) ?? 0))
    .map((p) => ({
      row: p.row,
      field: p.field,
      problem: p.problem,
      message: t(`validation.${p.problem}`, { ...p.params, field: t(`directory.columns.${p.field}`) }),
    }));
  return {
    dryRun,
    rows: sheet.rows.length,
    providers: countOf(plan.providers),
    services: countOf(plan.services),
    badRows: [...new Set(problems.map((p) => p.row))],
    problems,
    ignoredColumns: sheet.ignoredColumns,
  };
}

/** Writes a plan without problems: new providers and services in batches, changes one by one. */
async function writePlan(db: ScopedDb, plan: ImportPlan): Promise<string[]> {
  const now = new Date();
  const created = plan.providers.filter((p) => p.change === "create");
  if (created.length > 0) {
    const rows = created.map((p) => ({ organisation_id: db.organisationId, id: p.id, ...providerValues(p.fields) }));
    await db.insertInto("service_providers", rows).execute();
  }
  for (const provider of plan.providers.filter((p) => p.change === "update")) {
    await db
      .updateTable("service_providers")
      .set({ ...providerValues(provider.fields), version: (provider.existing?.version ?? 0) + 1, updated_at: now })
      .where("id", "=", provider.id)
      .execute();
  }
  const newServices = plan.services.filter((s) => s.change === "create");
  const ids: string[] = newServices.map(() => crypto.randomUUID());
  for (let start = 0; start < newServices.length; start += INSERT_BATCH) {
    const batch = newServices.slice(start, start + INSERT_BATCH).map((service, index) => ({
      id: ids[start + index] as string,
      providerId: service.providerId,
      fields: service.fields,
      ...(service.retired ? { retired: true } : {}),
    }));
    await insertServices(db, batch);
  }
  for (const service of plan.services) {
    if (service.change !== "update" || !service.existing) continue;
    await writeServiceChange(db, service.existing, service.fields, service.retired);
    ids.push(service.existing.id);
  }
  return ids;
}

/**
 * Imports the directory's spreadsheet into the caller's organisation's entries. A dry run writes nothing
 * and says what a real run would do; a real run with any bad row writes nothing either (400 with the same
 * report). Everything is one transaction: a failure halfway leaves no partial import behind.
 */
export async function importDirectory(
  db: ScopedDb,
  sheet: DirectorySheet,
  rows: readonly ImportRow[],
  options: { dryRun: boolean; language: Language },
): Promise<DirectoryImportReport> {
  const plan = await planImport(db, rows, sheet.columns);
  const report = reportOf(plan, sheet, options.dryRun, options.language);
  const detail = {
    rows: report.rows,
    badRows: report.badRows.length,
    providers: report.providers,
    services: report.services,
  };
  if (options.dryRun) {
    db.audit({ action: "directory.import_dry_run", detail });
    return report;
  }
  if (plan.problems.length > 0) throw new DirectoryImportRejected(report);
  const written = await writePlan(db, plan);
  db.audit({ action: "directory.import", recordType: "service", recordIds: written, detail });
  return report;
}
