import type { XlsformSource } from "./import.js";
import { choiceKey } from "./import-choices.js";
import type { XlsformIssue } from "./types.js";

/** What the form engine reports about a compiled definition (structurally, to keep this module light). */
export interface EngineIssue {
  /** A field name, or "settings". */
  path: string;
  property?: string;
  code: string;
  detail?: string;
  offset?: number;
}

/** The survey column an engine property was written in. */
const COLUMN_OF: Record<string, string> = {
  relevant: "relevant",
  constraint: "constraint",
  calculation: "calculation",
  choice_filter: "choice_filter",
  default: "default",
  required: "required",
  repeat_count: "repeat_count",
  list_name: "type",
  type: "type",
  name: "name",
};

/**
 * Points an engine issue at the sheet, row and column the author wrote it in. The engine's code is kept
 * as it is: the same problem found in the form builder is then translated with the same key.
 */
export function engineIssueToXlsform(issue: EngineIssue, source: XlsformSource): XlsformIssue {
  const out: XlsformIssue = { sheet: "survey", code: issue.code, severity: "error" };
  if (issue.code === "duplicate_choice" && issue.property === "list_name") {
    // The engine names the list in `path` and the choice in `detail`.
    out.sheet = "choices";
    out.column = "name";
    const row = issue.detail === undefined ? undefined : source.choiceRows.get(choiceKey(issue.path, issue.detail));
    if (row !== undefined) out.row = row;
  } else if (issue.path === "settings") {
    out.sheet = "settings";
    if (source.settingsRow !== undefined) out.row = source.settingsRow;
  } else {
    const row = source.fieldRows.get(issue.path);
    if (row !== undefined) out.row = row;
    const canonical = issue.property ? COLUMN_OF[issue.property] : undefined;
    if (canonical) out.column = source.surveyColumns.get(canonical) ?? canonical;
  }
  // Without a row the field name is the only pointer left, so it travels as the detail.
  const detail = issue.detail ?? (out.row === undefined ? issue.path : undefined);
  if (detail !== undefined) out.detail = detail;
  if (issue.offset !== undefined) out.offset = issue.offset;
  return out;
}
