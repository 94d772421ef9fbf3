import type { ImportProblem, ImportReport } from "../../../shared/api/htcds-exchange.js";
import type { Language } from "../../../shared/i18n/languages.js";
import { AppError, forbidden } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { translator } from "../../i18n.js";
import type { Services } from "../../services.js";
import { COLUMNS } from "./htcds-columns.js";
import { buildCase, groupRows, type ImportCase } from "./import-cases.js";
import type { RawRow, RawSheet } from "./import-read.js";
import { type ParsedRow, parseRow } from "./import-rows.js";
import { importThread } from "./import-thread.js";
import { writeCases } from "./import-write.js";

/** A real import refused because of bad rows: nothing was written; the report says what to fix. */
export class ImportRejected extends AppError {
  constructor(readonly report: ImportReport) {
    super("validation");
  }
}

export interface ImportPlan {
  parsed: ParsedRow[];
  cases: ImportCase[];
  skippedRows: number[];
  invalid: number;
}

const COLUMN_ORDER = new Map(COLUMNS.map((column, index) => [column.name, index]));

/** Rows a file needs before half of them are checked in the import thread: fewer are quicker checked here. */
const SHARED_FROM = 1000;

/** Every row checked: the first half in the import thread while this thread checks the second. */
async function parseRows(rows: RawRow[]): Promise<ParsedRow[]> {
  if (rows.length < SHARED_FROM) return rows.map(parseRow);
  const half = Math.floor(rows.length / 2);
  const there = importThread.parse(rows.slice(0, half));
  let here: ParsedRow[];
  try {
    here = rows.slice(half).map(parseRow);
  } finally {
    // Never left unhandled, whichever half fails first.
    there.catch(() => undefined);
  }
  return [...(await there), ...here];
}

/** Validates every row and groups them into cases, before any database work. */
export async function planImport(sheet: RawSheet): Promise<ImportPlan> {
  const parsed = await parseRows(sheet.rows);
  const cases: ImportCase[] = [];
  const skippedRows: number[] = [];
  for (const group of groupRows(parsed)) {
    const built = buildCase(group);
    if (built && group.every((row) => row.log.issues.length === 0)) cases.push(built);
    else skippedRows.push(...group.map((row) => row.row));
  }
  const invalid = parsed.filter((row) => row.log.issues.length > 0).length;
  return { parsed, cases, skippedRows: skippedRows.sort((a, b) => a - b), invalid };
}

function reportOf(
  plan: ImportPlan,
  sheet: RawSheet,
  dryRun: boolean,
  created: number,
  language: Language,
): ImportReport {
  const t = translator(language);
  const problems: ImportProblem[] = plan.parsed
    .flatMap((row) => row.log.issues)
    .sort((a, b) => a.row - b.row || (COLUMN_ORDER.get(a.field) ?? 0) - (COLUMN_ORDER.get(b.field) ?? 0))
    .map((issue) => ({
      row: issue.row,
      field: issue.field,
      problem: issue.problem,
      message: t(`validation.${issue.problem}`, { ...issue.params, field: issue.field }),
    }));
  return {
    dryRun,
    rows: plan.parsed.length,
    valid: plan.parsed.length - plan.invalid,
    invalid: plan.invalid,
    created,
    cases: plan.cases.length,
    skippedRows: plan.skippedRows,
    problems,
    normalised: plan.parsed.flatMap((row) => row.log.normalised),
    ignoredColumns: sheet.ignoredColumns,
  };
}

/**
 * Imports HTCDS case-person rows as cases, through intake's building blocks. A dry run (the default)
 * writes nothing but its audit entry. A real run with bad rows writes nothing unless told to skip them;
 * everything is one transaction, so a failure halfway leaves no partial import behind.
 */
export async function importCases(
  db: ScopedDb,
  services: Services,
  sheet: RawSheet,
  plan: ImportPlan,
  options: { dryRun: boolean; skipBadRows: boolean; language: Language },
): Promise<ImportReport> {
  // As at intake: a role that reaches only shared records would lose sight of what it creates.
  if (db.actor.recordScope === "shared" || db.actor.recordScope === "none") throw forbidden();
  const counts = {
    rows: plan.parsed.length,
    valid: plan.parsed.length - plan.invalid,
    invalid: plan.invalid,
    cases: plan.cases.length,
  };
  if (options.dryRun) {
    db.audit({ action: "case.import_dry_run", detail: counts });
    return reportOf(plan, sheet, true, 0, options.language);
  }
  if (plan.invalid > 0 && !options.skipBadRows) {
    throw new ImportRejected(reportOf(plan, sheet, false, 0, options.language));
  }
  const caseIds = await writeCases(db, services, plan.cases);
  db.audit({
    action: "case.import",
    recordType: "case",
    recordIds: caseIds,
    detail: { ...counts, created: caseIds.length, skippedRows: plan.skippedRows.length },
  });
  return reportOf(plan, sheet, false, caseIds.length, options.language);
}
