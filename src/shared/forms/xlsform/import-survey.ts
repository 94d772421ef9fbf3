import { type FormItem, fieldName, type Group, type Question, type Repeat } from "../definition.js";
import { SURVEY_LOCALIZED, SURVEY_PLAIN, type SurveyColumn } from "./columns.js";
import type { IssueList } from "./issues.js";
import { localizedCell, type SheetColumns } from "./sheet.js";
import { parseType } from "./survey-types.js";
import type { SheetRow } from "./types.js";

export interface SurveyResult {
  items: FormItem[];
  /** Field name → the survey row that defines it, for reporting later problems at the right place. */
  fieldRows: Map<string, number>;
  /** select_one / select_multiple rows, checked against the choices sheet afterwards. */
  selects: { listName: string; row: number }[];
}

const EXPRESSION_MAX = 10_000;
const SHORT_MAX = 200;
const GROUP_COLUMNS = new Set<SurveyColumn>(["type", "name", "label", "relevant", "appearance", "hxl"]);
const YES = new Set(["yes", "true", "true()", "1"]);
const NO = new Set(["no", "false", "false()", "0"]);

interface Open {
  item: Group | Repeat;
  row: number;
}

/** Builds the item tree of the survey sheet, reporting every row it cannot take. */
export function readSurvey(rows: SheetRow[], columns: SheetColumns, issues: IssueList): SurveyResult {
  const result: SurveyResult = { items: [], fieldRows: new Map(), selects: [] };
  const stack: Open[] = [];
  const header = (column: SurveyColumn) =>
    columns.plain.get(column) ?? columns.localized.get(column)?.[0]?.header ?? column;
  const plain = (row: SheetRow, column: SurveyColumn) => {
    const key = columns.plain.get(column);
    return key === undefined ? undefined : row.cells[key];
  };
  const used = (row: SheetRow, column: SurveyColumn) =>
    plain(row, column) !== undefined || localizedCell(row, columns.localized.get(column)) !== undefined;
  const error = (row: SheetRow, code: Parameters<IssueList["error"]>[1], column: SurveyColumn, detail?: string) =>
    issues.error("survey", code, { row: row.rowNumber, column: header(column), detail });

  /** A plain cell, refused (and reported) when longer than the definition allows. */
  const bounded = (row: SheetRow, column: SurveyColumn, max: number) => {
    const text = plain(row, column);
    if (text !== undefined && text.length > max) {
      error(row, "value_too_long", column, String(max));
      return undefined;
    }
    return text;
  };

  const nameOf = (row: SheetRow): string => {
    const name = plain(row, "name");
    if (name === undefined) error(row, "missing_name", "name");
    else if (!fieldName.safeParse(name).success) error(row, "invalid_name", "name", name);
    else if (result.fieldRows.has(name)) error(row, "duplicate_name", "name", name);
    else result.fieldRows.set(name, row.rowNumber);
    return name ?? "";
  };

  const notApplicable = (row: SheetRow, allowed: (column: SurveyColumn) => boolean) => {
    for (const column of [...SURVEY_PLAIN, ...SURVEY_LOCALIZED])
      if (!allowed(column) && used(row, column))
        issues.warn("survey", "column_not_applicable", { row: row.rowNumber, column: header(column) });
  };

  const add = (item: FormItem) => (stack.at(-1)?.item.items ?? result.items).push(item);

  const container = (row: SheetRow, kind: "group" | "repeat"): Group | Repeat => {
    notApplicable(row, (column) => GROUP_COLUMNS.has(column) || (kind === "repeat" && column === "repeat_count"));
    const item: Group | Repeat = { kind, name: nameOf(row), items: [] };
    const label = localizedCell(row, columns.localized.get("label"));
    const relevant = bounded(row, "relevant", EXPRESSION_MAX);
    const appearance = bounded(row, "appearance", SHORT_MAX);
    const hxl = bounded(row, "hxl", SHORT_MAX);
    if (label) item.label = label;
    if (relevant) item.relevant = relevant;
    if (appearance) item.appearance = appearance;
    if (hxl) item.hxl = hxl;
    const count = kind === "repeat" ? bounded(row, "repeat_count", EXPRESSION_MAX) : undefined;
    if (count && item.kind === "repeat") item.repeatCount = count;
    return item;
  };

  const question = (row: SheetRow, type: Question["type"], listName: string | undefined): Question => {
    const isSelect = type === "select_one" || type === "select_multiple";
    notApplicable(row, (column) => column !== "repeat_count" && (isSelect || column !== "choice_filter"));
    const item: Question = { kind: "question", name: nameOf(row), type };
    if (listName !== undefined) {
      if (listName.length > 120) error(row, "value_too_long", "type", "120");
      item.listName = listName;
      result.selects.push({ listName, row: row.rowNumber });
    }
    for (const [column, key] of [
      ["label", "label"],
      ["hint", "hint"],
      ["required_message", "requiredMessage"],
      ["constraint_message", "constraintMessage"],
    ] as const) {
      const text = localizedCell(row, columns.localized.get(column));
      if (text) item[key] = text;
    }
    for (const [column, key] of [
      ["relevant", "relevant"],
      ["constraint", "constraint"],
      ["calculation", "calculation"],
      ["choice_filter", "choiceFilter"],
      ["default", "default"],
    ] as const) {
      const text = column === "choice_filter" && !isSelect ? undefined : bounded(row, column, EXPRESSION_MAX);
      if (text) item[key] = text;
    }
    const appearance = bounded(row, "appearance", SHORT_MAX);
    const hxl = bounded(row, "hxl", SHORT_MAX);
    if (appearance) item.appearance = appearance;
    if (hxl) item.hxl = hxl;
    const required = bounded(row, "required", EXPRESSION_MAX);
    // "no" is the same as no requirement; every spelling of yes is kept as "yes".
    if (required && !NO.has(required.toLowerCase())) item.required = YES.has(required.toLowerCase()) ? "yes" : required;
    const readOnly = plain(row, "read_only")?.toLowerCase();
    if (readOnly !== undefined && YES.has(readOnly)) item.readOnly = true;
    else if (readOnly !== undefined && !NO.has(readOnly)) error(row, "invalid_value", "read_only", readOnly);
    if (type === "calculate" && !item.calculation) error(row, "missing_calculation", "calculation");
    if (type !== "calculate" && !item.label && !item.hint)
      issues.warn("survey", "missing_label", { row: row.rowNumber, column: header("label") });
    return item;
  };

  for (const row of rows) {
    const typeText = plain(row, "type");
    if (typeText === undefined) {
      if ([...SURVEY_PLAIN, ...SURVEY_LOCALIZED].some((column) => used(row, column)))
        error(row, "missing_type", "type");
      continue;
    }
    const parsed = parseType(typeText);
    switch (parsed.kind) {
      case "unsupported_metadata":
        issues.warn("survey", parsed.kind, { row: row.rowNumber, column: header("type"), detail: parsed.detail });
        break;
      case "unsupported_type":
      case "unknown_type":
        error(row, parsed.kind, "type", parsed.detail);
        break;
      case "missing_list_name":
        error(row, "missing_list_name", "type", typeText);
        break;
      case "begin": {
        const item = container(row, parsed.container);
        add(item);
        stack.push({ item, row: row.rowNumber });
        break;
      }
      case "end": {
        const open = stack.pop();
        if (!open) error(row, "unmatched_end", "type", typeText);
        else if (open.item.kind !== parsed.container) error(row, "mismatched_end", "type", typeText);
        break;
      }
      case "question":
        add(question(row, parsed.type, parsed.listName));
        break;
    }
  }
  for (const open of stack)
    issues.error("survey", open.item.kind === "group" ? "unclosed_group" : "unclosed_repeat", {
      row: open.row,
      column: header("type"),
      detail: open.item.name,
    });
  return result;
}
