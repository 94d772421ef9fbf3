import type { ImportProblem, ImportReport } from "../../../shared/api/htcds-exchange.js";
import type { Language } from "../../../shared/i18n/languages.js";
import { AppError, forbidden } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { translator } from "../../i18n.js";
import type { Services } from "../../services.js";
import { COLUMNS } from "./htcds-columns.js";
import { casesOf, type ImportCase } from "./import-cases.js";
import type { RowLog } from "./import-cells.js";
import type { RawRow, RawSheet } from "./import-read.js";
import { type ParsedRow, parseRow } from "./import-rows.js";
import { CheckedChunks } from "./import-stream.js";
import { importThread } from "./import-thread.js";
import { writeCaseSteps } from "./import-write.js";

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

/** What a report says of a file's rows: every row's log, the cases to create, the rows left out. */
export interface CheckedRows {
  logs: RowLog[];
  cases: number;
  skippedRows: number[];
  invalid: number;
}

const checkedOf = (plan: ImportPlan): CheckedRows => ({
  logs: plan.parsed.map((row) => row.log),
  cases: plan.cases.length,
  skippedRows: plan.skippedRows,
  invalid: plan.invalid,
});

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
  const { cases, skippedRows } = casesOf(parsed);
  const invalid = parsed.filter((row) => row.log.issues.length > 0).length;
  return { parsed, cases, skippedRows: skippedRows.sort((a, b) => a - b), invalid };
}

/** The numbers of a report and of its audit entry. */
const countsOf = (checked: CheckedRows) => ({
  rows: checked.logs.length,
  valid: checked.logs.length - checked.invalid,
  invalid: checked.invalid,
  cases: checked.cases,
});

function reportOf(
  checked: CheckedRows,
  sheet: RawSheet,
  dryRun: boolean,
  created: number,
  language: Language,
): ImportReport {
  const t = translator(language);
  const problems: ImportProblem[] = checked.logs
    .flatMap((log) => log.issues)
    .sort((a, b) => a.row - b.row || (COLUMN_ORDER.get(a.field) ?? 0) - (COLUMN_ORDER.get(b.field) ?? 0))
    .map((issue) => ({
      row: issue.row,
      field: issue.field,
      problem: issue.problem,
      message: t(`validation.${issue.problem}`, { ...issue.params, field: issue.field }),
    }));
  return {
    dryRun,
    ...countsOf(checked),
    created,
    skippedRows: checked.skippedRows,
    problems,
    normalised: checked.logs.flatMap((log) => log.normalised),
    ignoredColumns: sheet.ignoredColumns,
  };
}

// As at intake: a role that reaches only shared records would lose sight of what it creates.
function checkMayCreate(db: ScopedDb): void {
  if (db.actor.recordScope === "shared" || db.actor.recordScope === "none") throw forbidden();
}

/** A dry run: the file checked (planImport) and reported; nothing written but the audit entry. */
export function reportDryRun(db: ScopedDb, sheet: RawSheet, plan: ImportPlan, language: Language): ImportReport {
  checkMayCreate(db);
  const checked = checkedOf(plan);
  db.audit({ action: "case.import_dry_run", detail: countsOf(checked) });
  return reportOf(checked, sheet, true, 0, language);
}

/**
 * Imports HTCDS case-person rows as cases, through intake's building blocks. The rows are checked in
 * the import thread a chunk at a time while the chunk before is written (import-stream.ts). With bad
 * rows nothing is kept unless told to skip them: everything is one transaction, refused at the end with
 * the whole report, so a failure halfway leaves no partial import behind.
 */
export async function importCases(
  db: ScopedDb,
  services: Services,
  sheet: RawSheet,
  options: { skipBadRows: boolean; language: Language },
): Promise<ImportReport> {
  checkMayCreate(db);
  const chunks = new CheckedChunks(sheet.rows, options.skipBadRows);
  let caseIds: string[];
  let checked: CheckedRows;
  try {
    caseIds = await writeCaseSteps(db, services, () => chunks.next());
    checked = await chunks.checked();
  } finally {
    await chunks.close();
  }
  if (checked.invalid > 0 && !options.skipBadRows) {
    throw new ImportRejected(reportOf(checked, sheet, false, 0, options.language));
  }
  const counts = countsOf(checked);
  db.audit({
    action: "case.import",
    recordType: "case",
    recordIds: caseIds,
    detail: { ...counts, created: caseIds.length, skippedRows: checked.skippedRows.length },
  });
  return reportOf(checked, sheet, false, caseIds.length, options.language);
}
