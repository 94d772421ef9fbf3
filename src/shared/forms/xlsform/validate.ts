import { compileForm } from "../engine/index.js";
import { engineIssueToXlsform } from "./engine-issues.js";
import { type XlsformImport, type XlsformImportOptions, xlsformToDefinition } from "./import.js";
import { IssueList } from "./issues.js";
import type { XlsformIssue, XlsformSheets } from "./types.js";

const SHEET_ORDER = ["file", "survey", "choices", "settings"];

/** Issues in reading order: by sheet, then by row (whole-sheet issues first). */
function byPlace(a: XlsformIssue, b: XlsformIssue): number {
  return SHEET_ORDER.indexOf(a.sheet) - SHEET_ORDER.indexOf(b.sheet) || (a.row ?? 0) - (b.row ?? 0);
}

/**
 * Converts an XLSForm and compiles the result with the form engine, so that a broken expression, an
 * unknown ${field} or a cycle of calculations is reported at its sheet, row and column like any other
 * problem. An engine issue at a cell that already has one is left out: it is the same mistake.
 */
export function importXlsform(sheets: XlsformSheets, options: XlsformImportOptions = {}): XlsformImport {
  const converted = xlsformToDefinition(sheets, options);
  const target = converted.ok ? converted : converted.partial;
  if (!target) return converted.ok ? converted : { ok: false, issues: converted.issues };
  const compiled = compileForm(target.definition);
  if (compiled.ok) return converted.ok ? converted : { ok: false, issues: converted.issues };
  const earlier = converted.ok ? converted.warnings : converted.issues;
  const taken = new Set(
    earlier.filter((issue) => issue.severity === "error").map((issue) => `${issue.sheet}:${issue.row}:${issue.column}`),
  );
  const list = new IssueList();
  for (const issue of earlier) list.add(issue);
  for (const issue of compiled.issues.map((found) => engineIssueToXlsform(found, target.source)))
    if (!taken.has(`${issue.sheet}:${issue.row}:${issue.column}`)) list.add(issue);
  return { ok: false, issues: list.list().sort(byPlace) };
}
