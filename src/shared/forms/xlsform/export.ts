import type { FormDefinition, FormItem, LocalizedText } from "../definition.js";
import { SURVEY_LOCALIZED, type SurveyColumn } from "./columns.js";
import { DEFAULT_LANGUAGE, type FormLanguage, languageSpec } from "./languages.js";
import { typeCell } from "./survey-types.js";
import type { SheetRow, SheetRows, XlsformSheets } from "./types.js";

type Cells = Record<string, string>;

/** Cells without a prototype, so that a property named "constructor" is an ordinary column. */
const newCells = (): Cells => Object.create(null);

const SURVEY_ORDER: SurveyColumn[] = [
  "type",
  "name",
  "label",
  "hint",
  "required",
  "required_message",
  "relevant",
  "constraint",
  "constraint_message",
  "calculation",
  "choice_filter",
  "default",
  "appearance",
  "read_only",
  "repeat_count",
  "hxl",
];

/** The header of a translatable column in one language: "label::English (en)", or "label" for the default. */
function localizedHeader(base: string, language: FormLanguage): string {
  const spec = languageSpec(language);
  return spec === undefined ? base : `${base}::${spec}`;
}

/** Builds a sheet from rows of cells, with the given columns first and any others after them. */
function sheetOf(header: string[], cells: Cells[]): SheetRows {
  const rows: SheetRow[] = cells.map((row, index) => ({ rowNumber: index + 2, cells: row }));
  return { header, headerRow: 1, rows };
}

class LanguageColumns {
  constructor(private readonly languages: FormLanguage[]) {}

  /** The language for a text key; keys without a declared language still get a column. */
  language(code: string): FormLanguage {
    return this.languages.find((language) => language.code === code) ?? { code };
  }

  put(cells: Cells, base: string, text: LocalizedText | undefined, used: Set<string>): void {
    for (const [code, value] of Object.entries(text ?? {})) {
      const header = localizedHeader(base, this.language(code));
      cells[header] = value;
      used.add(header);
    }
  }

  /** Columns of `base` in the order of the form's languages, then any undeclared ones. */
  headers(base: string, used: Set<string>, all: boolean): string[] {
    const declared = this.languages.map((language) => localizedHeader(base, language));
    const prefix = `${base}::`;
    const undeclared = [...used].filter(
      (header) => (header === base || header.startsWith(prefix)) && !declared.includes(header),
    );
    return [...declared.filter((header) => all || used.has(header)), ...undeclared];
  }
}

function surveySheet(definition: FormDefinition, columns: LanguageColumns): SheetRows {
  const rows: Cells[] = [];
  const used = new Set<string>();
  const set = (cells: Cells, column: SurveyColumn, value: string | undefined) => {
    if (value === undefined || value === "") return;
    cells[column] = value;
    used.add(column);
  };
  const walk = (item: FormItem) => {
    const cells = newCells();
    if (item.kind === "question") {
      set(cells, "type", typeCell(item.type, item.listName));
      set(cells, "name", item.name);
      columns.put(cells, "label", item.label, used);
      columns.put(cells, "hint", item.hint, used);
      set(cells, "required", item.required);
      columns.put(cells, "required_message", item.requiredMessage, used);
      set(cells, "relevant", item.relevant);
      set(cells, "constraint", item.constraint);
      columns.put(cells, "constraint_message", item.constraintMessage, used);
      set(cells, "calculation", item.calculation);
      set(cells, "choice_filter", item.choiceFilter);
      set(cells, "default", item.default);
      set(cells, "appearance", item.appearance);
      set(cells, "read_only", item.readOnly ? "yes" : undefined);
      set(cells, "hxl", item.hxl);
      rows.push(cells);
      return;
    }
    const kind = item.kind === "group" ? "group" : "repeat";
    set(cells, "type", `begin_${kind}`);
    set(cells, "name", item.name);
    columns.put(cells, "label", item.label, used);
    set(cells, "relevant", item.relevant);
    set(cells, "appearance", item.appearance);
    set(cells, "hxl", item.hxl);
    if (item.kind === "repeat") set(cells, "repeat_count", item.repeatCount);
    rows.push(cells);
    for (const child of item.items) walk(child);
    const end = newCells();
    end.type = `end_${kind}`;
    rows.push(end);
  };
  for (const item of definition.items) walk(item);
  const header: string[] = [];
  for (const column of SURVEY_ORDER) {
    if ((SURVEY_LOCALIZED as readonly string[]).includes(column))
      header.push(...columns.headers(column, used, column === "label"));
    else if (used.has(column) || column === "type" || column === "name") header.push(column);
  }
  return sheetOf(header, rows);
}

function choicesSheet(definition: FormDefinition, columns: LanguageColumns): SheetRows {
  const rows: Cells[] = [];
  const used = new Set<string>();
  const properties: string[] = [];
  for (const [listName, choices] of Object.entries(definition.choiceLists))
    for (const choice of choices) {
      const cells = newCells();
      cells.list_name = listName;
      cells.name = choice.name;
      columns.put(cells, "label", choice.label, used);
      for (const [key, value] of Object.entries(choice.properties ?? {})) {
        if (key in cells) continue;
        cells[key] = value;
        if (!properties.includes(key)) properties.push(key);
      }
      rows.push(cells);
    }
  return sheetOf(["list_name", "name", ...columns.headers("label", used, true), ...properties], rows);
}

function settingsSheet(definition: FormDefinition, columns: LanguageColumns): SheetRows {
  const cells = newCells();
  const used = new Set<string>();
  columns.put(cells, "form_title", definition.title, used);
  cells.form_id = definition.formId;
  cells.version = definition.version;
  if (definition.defaultLanguage !== DEFAULT_LANGUAGE) {
    const language = columns.language(definition.defaultLanguage);
    cells.default_language = languageSpec(language) ?? language.code;
  }
  const header = [...columns.headers("form_title", used, false), ...Object.keys(cells).filter((key) => !used.has(key))];
  for (const [key, value] of Object.entries(definition.settings ?? {})) {
    if (key in cells) continue;
    cells[key] = value;
    header.push(key);
  }
  return sheetOf(header, [cells]);
}

/** Writes a form definition as XLSForm sheets that import back to the same definition. */
export function definitionToXlsform(definition: FormDefinition): XlsformSheets {
  const columns = new LanguageColumns(definition.languages);
  return {
    survey: surveySheet(definition, columns),
    choices: choicesSheet(definition, columns),
    settings: settingsSheet(definition, columns),
  };
}
