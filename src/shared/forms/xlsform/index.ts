export { type EngineIssue, engineIssueToXlsform } from "./engine-issues.js";
export { definitionToXlsform } from "./export.js";
export { sheetFromGrid } from "./grid.js";
export { type XlsformImport, type XlsformImportOptions, type XlsformSource, xlsformToDefinition } from "./import.js";
export { FALLBACK_FORM_ID, FALLBACK_VERSION } from "./import-settings.js";
export { codeForName, DEFAULT_LANGUAGE, type FormLanguage, languageFromSpec } from "./languages.js";
export {
  type SheetRow,
  type SheetRows,
  XLSFORM_ISSUE_CODES,
  XLSFORM_LIMITS,
  type XlsformIssue,
  type XlsformIssueCode,
  type XlsformSheet,
  type XlsformSheets,
} from "./types.js";
export { importXlsform } from "./validate.js";
