import { Readable } from "node:stream";
import { parse } from "csv-parse";
import ExcelJS from "exceljs";
import { DIRECTORY_IMPORT_MAX_ROWS } from "../../../shared/api/directory.js";
import { columnOfHashtag, DIRECTORY_COLUMNS, type DirectoryColumn } from "../../../shared/directory/columns.js";
import { directoryKey } from "../../../shared/directory/place-keys.js";
import { CATALOGUES } from "../../../shared/i18n/catalogues.js";
import { AppError, invalidField } from "../../access/errors.js";
import { cellToText } from "../../spreadsheets/cell-text.js";
import { unguardFormula } from "../../spreadsheets/formula-guard.js";
import { measureWorkbook } from "../../spreadsheets/workbook-size.js";

/** One data row: its number as the spreadsheet shows it, and the text of each directory column it fills. */
export interface SheetRow {
  row: number;
  cells: Map<string, string>;
}

export interface DirectorySheet {
  columns: DirectoryColumn[];
  rows: SheetRow[];
  /** Header cells naming no column the directory imports. */
  ignoredColumns: string[];
}

/** How many rows at the top may come before the HXL row (a title, the column names). */
const HEADER_ROWS = 5;
const MAX_COLUMNS = 200;

/** Column names of every language the directory writes, and the keys themselves, folded: a file may lack HXL. */
const BY_LABEL = new Map<string, DirectoryColumn>();
for (const column of DIRECTORY_COLUMNS) {
  BY_LABEL.set(directoryKey(column.key) ?? column.key, column);
  for (const catalogue of Object.values(CATALOGUES)) {
    const label = (catalogue as { directory?: { columns?: Record<string, string> } }).directory?.columns?.[column.key];
    if (label) BY_LABEL.set(directoryKey(label) ?? label, column);
  }
}

const isHxlRow = (cells: string[]) => {
  const filled = cells.filter((cell) => cell !== "");
  return filled.length > 0 && filled.filter((cell) => cell.startsWith("#")).length * 2 > filled.length;
};

/**
 * Finds the columns: by the HXL row when there is one (whatever the language of the names above it), else
 * by the first non-empty row's names. Data rows follow; empty rows are skipped, their numbers kept.
 */
export function locateColumns(lines: readonly { row: number; cells: string[] }[]): DirectorySheet {
  const top = lines.filter((line) => line.cells.some((cell) => cell !== "")).slice(0, HEADER_ROWS);
  const hxl = top.find((line) => isHxlRow(line.cells));
  const header = hxl ?? top[0];
  if (!header) throw invalidField("body.file", "directory_no_header");
  const byIndex: (DirectoryColumn | undefined)[] = [];
  const ignored: string[] = [];
  const taken = new Set<string>();
  header.cells.forEach((cell, index) => {
    const column = hxl ? columnOfHashtag(cell) : BY_LABEL.get(directoryKey(cell) ?? "");
    if (!column || column.exportOnly || taken.has(column.key)) {
      if (cell !== "") ignored.push(cell);
      return;
    }
    taken.add(column.key);
    byIndex[index] = column;
  });
  if (taken.size < 2) throw invalidField("body.file", "directory_no_header");
  const rows: SheetRow[] = [];
  for (const line of lines) {
    if (line.row <= header.row) continue;
    const cells = new Map<string, string>();
    line.cells.forEach((cell, index) => {
      const column = byIndex[index];
      if (column && cell !== "") cells.set(column.key, cell);
    });
    if (cells.size > 0) rows.push({ row: line.row, cells });
  }
  if (rows.length > DIRECTORY_IMPORT_MAX_ROWS) {
    throw invalidField("body.file", "too_many_rows", { max: DIRECTORY_IMPORT_MAX_ROWS });
  }
  return {
    columns: DIRECTORY_COLUMNS.filter((column) => taken.has(column.key)),
    rows,
    ignoredColumns: ignored,
  };
}

const tooMany = () => invalidField("body.file", "too_many_rows", { max: DIRECTORY_IMPORT_MAX_ROWS });

/**
 * The first worksheet's rows as text. Measured streamed first, so that an oversized workbook is refused
 * before it is loaded; then loaded whole (exceljs's streaming reader garbles multi-byte characters).
 */
async function xlsxLines(bytes: Buffer): Promise<{ row: number; cells: string[] }[]> {
  const sizes = await measureWorkbook(bytes);
  if (!sizes || sizes.length === 0) throw invalidField("body.file", "unreadable_file");
  // Every sheet is loaded, though only the first is read: each must be of a size to load.
  if (sizes.some((size) => size.rows > DIRECTORY_IMPORT_MAX_ROWS + HEADER_ROWS)) throw tooMany();
  if (sizes.some((size) => size.columns > MAX_COLUMNS)) throw invalidField("body.file", "unreadable_file");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch {
    throw invalidField("body.file", "unreadable_file");
  }
  const sheet = workbook.worksheets[0];
  const lines: { row: number; cells: string[] }[] = [];
  sheet?.eachRow((row, number) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    lines.push({ row: number, cells: Array.from(values, (value) => cellToText(value)) });
  });
  return lines;
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** The separator of the first line: spreadsheets in many European locales write ";" instead of ",". */
function delimiterOf(text: string): string {
  const line = text.slice(0, text.search(/\r?\n|$/));
  const counts = [",", ";", "\t"].map((d) => [d, line.split(d).length - 1] as const);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? ",";
}

/** A CSV file's records as rows, numbered as a spreadsheet shows them. */
async function csvLines(bytes: Buffer): Promise<{ row: number; cells: string[] }[]> {
  let text: string;
  try {
    text = strictUtf8.decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    throw invalidField("body.file", "invalid_utf8");
  }
  const parser = Readable.from([text]).pipe(
    parse({ delimiter: delimiterOf(text), relax_column_count: true, skip_empty_lines: false, trim: true }),
  );
  const lines: { row: number; cells: string[] }[] = [];
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      if (lines.length >= DIRECTORY_IMPORT_MAX_ROWS + HEADER_ROWS) throw tooMany();
      if (record.length > MAX_COLUMNS) throw invalidField("body.file", "unreadable_file");
      lines.push({ row: lines.length + 1, cells: record.map(unguardFormula) });
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw invalidField("body.file", "unreadable_file");
  }
  return lines;
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** A .csv or .xlsx file of the directory, by content first (a workbook is a zip), then by name. */
export async function readDirectorySheet(bytes: Buffer, fileName: string): Promise<DirectorySheet> {
  const name = fileName.toLowerCase();
  if (bytes.subarray(0, 4).equals(ZIP_MAGIC)) {
    if (!name.endsWith(".xlsx")) throw invalidField("body.file", "directory_file_type");
    return locateColumns(await xlsxLines(bytes));
  }
  if (name.endsWith(".csv")) return locateColumns(await csvLines(bytes));
  throw invalidField("body.file", "directory_file_type");
}
