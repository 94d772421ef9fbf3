/** One worksheet as rows of text: `rowNumber` is the row as the spreadsheet shows it (1-based). */
export interface SheetRows {
  header: string[];
  /** Row number of the header, for issues about a column as a whole. */
  headerRow?: number;
  rows: SheetRow[];
}

export interface SheetRow {
  rowNumber: number;
  /** Non-empty cells, keyed by the header text as written. */
  cells: Record<string, string>;
}

export interface XlsformSheets {
  survey: SheetRows;
  choices?: SheetRows;
  settings?: SheetRows;
}

export type XlsformSheet = "survey" | "choices" | "settings" | "file";

export const XLSFORM_ISSUE_CODES = [
  // file and sheet level
  "not_xlsx",
  "missing_sheet",
  "empty_sheet",
  "unknown_sheet",
  "too_many_rows",
  "too_many_columns",
  "too_many_issues",
  "cell_too_long",
  // columns
  "missing_column",
  "duplicate_column",
  "unknown_column",
  "unnamed_column",
  "media_not_supported",
  "invalid_language",
  "too_many_languages",
  "column_not_applicable",
  // survey rows
  "missing_type",
  "unknown_type",
  "unsupported_type",
  "unsupported_metadata",
  "missing_name",
  "invalid_name",
  "duplicate_name",
  "missing_label",
  "missing_list_name",
  "unknown_list",
  "missing_calculation",
  "invalid_value",
  "value_too_long",
  "unmatched_end",
  "mismatched_end",
  "unclosed_group",
  "unclosed_repeat",
  "no_questions",
  // choices
  "duplicate_choice",
  "too_many_choices",
  // settings
  "invalid_form_id",
  "missing_form_id",
  "unknown_default_language",
  "extra_settings_row",
] as const;
export type XlsformIssueCode = (typeof XLSFORM_ISSUE_CODES)[number];

/**
 * A problem found in an XLSForm. `code` is a translation key; `detail` carries the offending value
 * (a type, a name, a limit) as data, never a sentence.
 */
export interface XlsformIssue {
  sheet: XlsformSheet;
  row?: number;
  column?: string;
  /** An XlsformIssueCode, or the form engine's own code for a problem in an expression. */
  code: string;
  detail?: string;
  /** Character position inside the cell, when the engine reports one. */
  offset?: number;
  severity: "error" | "warning";
}

/** Limits that keep a hostile or mistaken upload from tying up the server. */
export const XLSFORM_LIMITS = {
  surveyRows: 5_000,
  choiceRows: 20_000,
  settingsRows: 50,
  columns: 300,
  cellChars: 20_000,
  /** After this many, the rest are summarised as one "too_many_issues". */
  issues: 500,
} as const;
