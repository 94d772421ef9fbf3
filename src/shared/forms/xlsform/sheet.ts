import type { LocalizedText } from "../definition.js";
import { type HeaderKind, parseHeader } from "./columns.js";
import type { IssueList } from "./issues.js";
import type { FormLanguage } from "./languages.js";
import { type SheetRow, type SheetRows, XLSFORM_LIMITS, type XlsformSheet } from "./types.js";

export interface LocalizedColumn {
  header: string;
  language: FormLanguage;
}

/** The header of one sheet, sorted into the columns the converter reads. */
export interface SheetColumns {
  /** Known single columns: base name → header as written. */
  plain: Map<string, string>;
  /** Translatable columns: base name → one header per language. */
  localized: Map<string, LocalizedColumn[]>;
  /** Headers outside the known set, kept where the sheet has a place for them (choice properties, settings). */
  extra: string[];
  languages: FormLanguage[];
}

interface ColumnRules {
  localized: readonly string[];
  plain: readonly string[];
  /** Whether unknown headers are kept as `extra` (true) or reported. */
  keepUnknown: boolean;
}

/** Sorts the header and reports unknown, unsupported and repeated columns. */
export function readColumns(sheet: XlsformSheet, rows: SheetRows, rules: ColumnRules, issues: IssueList): SheetColumns {
  const columns: SheetColumns = { plain: new Map(), localized: new Map(), extra: [], languages: [] };
  const seen = new Set<string>();
  const at = (column: string) => ({ row: rows.headerRow, column });
  for (const raw of rows.header) {
    const header = raw.trim();
    const parsed: HeaderKind = parseHeader(header, rules.localized, rules.plain);
    if (parsed.kind === "empty" || parsed.kind === "ignored") continue;
    const slot = parsed.kind === "column" ? `${parsed.base}::${parsed.language?.code ?? ""}` : header.toLowerCase();
    if (seen.has(slot)) {
      issues.error(sheet, "duplicate_column", at(header));
      continue;
    }
    seen.add(slot);
    if (parsed.kind === "media") issues.warn(sheet, "media_not_supported", at(header));
    else if (parsed.kind === "bad_language") issues.error(sheet, "invalid_language", at(header));
    else if (parsed.kind === "unknown") {
      if (rules.keepUnknown) columns.extra.push(header);
      else issues.warn(sheet, "unknown_column", at(header));
    }
    if (parsed.kind !== "column") continue;
    const { base, language } = parsed;
    if (!language) {
      columns.plain.set(base, header);
      continue;
    }
    columns.localized.set(base, [...(columns.localized.get(base) ?? []), { header, language }]);
    if (!columns.languages.some((known) => known.code === language.code)) columns.languages.push(language);
  }
  return columns;
}

/** Rows with over-long cells blanked (and reported), and cells outside the header dropped. */
export function checkedRows(sheet: XlsformSheet, rows: SheetRows, issues: IssueList): SheetRow[] {
  const known = new Set(rows.header.map((header) => header.trim()));
  return rows.rows.map((row) => {
    // No prototype: a header such as "constructor" must not read an inherited value.
    const cells: Record<string, string> = Object.create(null);
    for (const [header, value] of Object.entries(row.cells)) {
      const column = header.trim();
      if (!known.has(column)) continue;
      if (value.length > XLSFORM_LIMITS.cellChars) {
        issues.error(sheet, "cell_too_long", { row: row.rowNumber, column, detail: String(XLSFORM_LIMITS.cellChars) });
        continue;
      }
      const text = value.trim();
      if (text !== "") cells[column] = text;
    }
    return { rowNumber: row.rowNumber, cells };
  });
}

/** The text of a translatable column in each language that has some; undefined when none has. */
export function localizedCell(row: SheetRow, columns: LocalizedColumn[] | undefined): LocalizedText | undefined {
  const entries: [string, string][] = [];
  for (const { header, language } of columns ?? []) {
    const text = row.cells[header];
    if (text) entries.push([language.code, text]);
  }
  return entries.length ? Object.fromEntries(entries) : undefined;
}

/** Adds the languages of `more` not yet in `into`, keeping the first name written for each code. */
export function mergeLanguages(into: FormLanguage[], more: FormLanguage[]): void {
  for (const language of more) if (!into.some((known) => known.code === language.code)) into.push(language);
}
