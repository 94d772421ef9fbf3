import { type Choice, type FormDefinition, formDefinitionSchema } from "../definition.js";
import { SURVEY_LOCALIZED, SURVEY_PLAIN } from "./columns.js";
import { CHOICES_LOCALIZED, CHOICES_PLAIN, readChoices } from "./import-choices.js";
import { readSettings, SETTINGS_LOCALIZED, SETTINGS_PLAIN } from "./import-settings.js";
import { readSurvey } from "./import-survey.js";
import { IssueList } from "./issues.js";
import { DEFAULT_LANGUAGE, type FormLanguage } from "./languages.js";
import { checkedRows, mergeLanguages, readColumns, type SheetColumns } from "./sheet.js";
import { type SheetRows, XLSFORM_LIMITS, type XlsformIssue, type XlsformSheet, type XlsformSheets } from "./types.js";

/** Where each part of the definition came from, so later checks can point at a cell. */
export interface XlsformSource {
  /** Field name → survey row number. */
  fieldRows: Map<string, number>;
  /** Survey column (canonical name) → header as written. */
  surveyColumns: Map<string, string>;
  /** choiceKey(list, name) → choices row number. */
  choiceRows: Map<string, number>;
  settingsRow?: number;
}

export type XlsformImport =
  | { ok: true; definition: FormDefinition; warnings: XlsformIssue[]; source: XlsformSource }
  | {
      ok: false;
      issues: XlsformIssue[];
      /**
       * What could be built despite the issues, when it is still a valid definition: the expression
       * engine checks it too, so that one upload reports every problem rather than the first kind.
       */
      partial?: { definition: FormDefinition; source: XlsformSource };
    };

export interface XlsformImportOptions {
  /** form_id to use when the settings sheet has none (e.g. from the file name). */
  fallbackFormId?: string;
}

const EMPTY: SheetRows = { header: [], rows: [] };
const MAX_LANGUAGES = 50;

/** Refuses sheets over the row and column limits before any of their content is looked at. */
function withinLimits(sheet: XlsformSheet, rows: SheetRows, maxRows: number, issues: IssueList): boolean {
  let fine = true;
  if (rows.rows.length > maxRows) {
    issues.error(sheet, "too_many_rows", { detail: String(maxRows) });
    fine = false;
  }
  if (rows.header.length > XLSFORM_LIMITS.columns) {
    issues.error(sheet, "too_many_columns", { row: rows.headerRow, detail: String(XLSFORM_LIMITS.columns) });
    fine = false;
  }
  return fine;
}

/** Converts the three sheets of an XLSForm into a form definition, or reports why it cannot. */
export function xlsformToDefinition(sheets: XlsformSheets, options: XlsformImportOptions = {}): XlsformImport {
  const issues = new IssueList();
  const survey = sheets.survey;
  const choices = sheets.choices ?? EMPTY;
  const settings = sheets.settings ?? EMPTY;
  const fine = [
    withinLimits("survey", survey, XLSFORM_LIMITS.surveyRows, issues),
    withinLimits("choices", choices, XLSFORM_LIMITS.choiceRows, issues),
    withinLimits("settings", settings, XLSFORM_LIMITS.settingsRows, issues),
  ].every(Boolean);
  if (!fine) return { ok: false, issues: issues.list() };

  const surveyColumns = readColumns(
    "survey",
    survey,
    { localized: SURVEY_LOCALIZED, plain: SURVEY_PLAIN, keepUnknown: false },
    issues,
  );
  const choiceColumns = readColumns(
    "choices",
    choices,
    { localized: CHOICES_LOCALIZED, plain: CHOICES_PLAIN, keepUnknown: true },
    issues,
  );
  const settingsColumns = readColumns(
    "settings",
    settings,
    { localized: SETTINGS_LOCALIZED, plain: SETTINGS_PLAIN, keepUnknown: true },
    issues,
  );
  const languages: FormLanguage[] = [];
  mergeLanguages(languages, surveyColumns.languages);
  mergeLanguages(languages, choiceColumns.languages);
  // A bare form_title is the usual XLSForm title; it should not make "default" a language of the questions.
  mergeLanguages(
    languages,
    settingsColumns.languages.filter((language) => language.code !== DEFAULT_LANGUAGE),
  );
  if (languages.length > MAX_LANGUAGES) issues.error("survey", "too_many_languages", { detail: String(MAX_LANGUAGES) });
  if (languages.length === 0) languages.push({ code: DEFAULT_LANGUAGE });

  const surveyRows = checkedRows("survey", survey, issues);
  if (surveyRows.length === 0) issues.error("survey", "empty_sheet");
  // Without these columns every row would be reported; one issue for the column says it all.
  const readable = surveyRows.length > 0 && requireColumns(surveyColumns, ["type", "name"], survey.headerRow, issues);
  const { items, fieldRows, selects } = readSurvey(readable ? surveyRows : [], surveyColumns, issues);
  if (readable && items.length === 0) issues.error("survey", "no_questions");

  const { lists, choiceRows } = readChoices(checkedRows("choices", choices, issues), choiceColumns, issues);
  const typeHeader = surveyColumns.plain.get("type") ?? "type";
  for (const select of selects)
    if (!lists.has(select.listName))
      issues.error("survey", "unknown_list", { row: select.row, column: typeHeader, detail: select.listName });

  const settingsRows = checkedRows("settings", settings, issues);
  const read = readSettings(settingsRows, settingsColumns, languages, issues, options.fallbackFormId);

  const definition: FormDefinition = {
    formId: read.formId,
    version: read.version,
    title: read.title,
    defaultLanguage: read.defaultLanguage,
    languages,
    items,
    choiceLists: Object.fromEntries(lists) as Record<string, Choice[]>,
  };
  if (read.settings) definition.settings = read.settings;
  const surveyHeaders = new Map<string, string>(surveyColumns.plain);
  for (const [base, list] of surveyColumns.localized) if (list[0]) surveyHeaders.set(base, list[0].header);
  const source: XlsformSource = {
    fieldRows,
    surveyColumns: surveyHeaders,
    choiceRows,
    settingsRow: settingsRows.find((row) => Object.keys(row.cells).length > 0)?.rowNumber,
  };
  const valid = formDefinitionSchema.safeParse(definition).success;
  if (issues.hasErrors)
    return { ok: false, issues: issues.list(), ...(valid ? { partial: { definition, source } } : {}) };
  // A safety net: every limit of the schema should already have been reported at its cell above.
  if (!valid) {
    for (const problem of formDefinitionSchema.safeParse(definition).error?.issues ?? [])
      issues.error("file", "invalid_value", { detail: problem.path.map(String).join(".") });
    return { ok: false, issues: issues.list() };
  }
  return { ok: true, definition, warnings: issues.list(), source };
}

function requireColumns(columns: SheetColumns, names: string[], headerRow: number | undefined, issues: IssueList) {
  const missing = names.filter((name) => !columns.plain.has(name));
  for (const name of missing) issues.error("survey", "missing_column", { row: headerRow, column: name });
  return missing.length === 0;
}
