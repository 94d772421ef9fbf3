import type { Choice } from "../definition.js";
import type { IssueList } from "./issues.js";
import { localizedCell, type SheetColumns } from "./sheet.js";
import type { SheetRow } from "./types.js";

export const CHOICES_LOCALIZED = ["label"] as const;
export const CHOICES_PLAIN = ["list_name", "name"] as const;

const LIST_MAX = 5_000;

/** The key of a choice in `choiceRows`. */
export const choiceKey = (listName: string, name: string) => JSON.stringify([listName, name]);

export interface ChoicesResult {
  lists: Map<string, Choice[]>;
  /** choiceKey(list, name) → row number. */
  choiceRows: Map<string, number>;
}

/** Reads the choices sheet into lists; extra columns become each choice's `properties`. */
export function readChoices(rows: SheetRow[], columns: SheetColumns, issues: IssueList): ChoicesResult {
  const lists = new Map<string, Choice[]>();
  const choiceRows = new Map<string, number>();
  const listHeader = columns.plain.get("list_name");
  const nameHeader = columns.plain.get("name");
  const labels = columns.localized.get("label");
  if (rows.length > 0) {
    if (!listHeader) issues.error("choices", "missing_column", { column: "list_name" });
    if (!nameHeader) issues.error("choices", "missing_column", { column: "name" });
  }
  if (!listHeader || !nameHeader) return { lists, choiceRows };
  const at = (row: SheetRow, column: string, detail?: string) => ({ row: row.rowNumber, column, detail });

  for (const row of rows) {
    const listName = row.cells[listHeader];
    const name = row.cells[nameHeader];
    const label = localizedCell(row, labels);
    const properties = columns.extra
      .filter((header) => row.cells[header] !== undefined)
      .map((header): [string, string] => [header, row.cells[header] ?? ""]);
    if (!listName && !name && !label && properties.length === 0) continue;
    if (!listName) {
      issues.error("choices", "missing_list_name", at(row, listHeader));
      continue;
    }
    if (!name) {
      issues.error("choices", "missing_name", at(row, nameHeader));
      continue;
    }
    if (listName.length > 120) issues.error("choices", "value_too_long", at(row, listHeader, "120"));
    if (name.length > 200) issues.error("choices", "value_too_long", at(row, nameHeader, "200"));
    const key = choiceKey(listName, name);
    if (choiceRows.has(key)) {
      issues.error("choices", "duplicate_choice", at(row, nameHeader, name));
      continue;
    }
    choiceRows.set(key, row.rowNumber);
    if (!label) issues.warn("choices", "missing_label", at(row, labels?.[0]?.header ?? "label"));
    const list = lists.get(listName) ?? [];
    if (list.length === LIST_MAX) issues.error("choices", "too_many_choices", at(row, listHeader, String(LIST_MAX)));
    const choice: Choice = { name, label: label ?? {} };
    if (properties.length) choice.properties = Object.fromEntries(properties);
    list.push(choice);
    lists.set(listName, list);
  }
  return { lists, choiceRows };
}
