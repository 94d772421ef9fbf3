import { Readable } from "node:stream";
import { parse } from "csv-parse";
import ExcelJS from "exceljs";
import { IMPORT_MAX_ROWS } from "../../../shared/api/htcds-exchange.js";
import { invalidField } from "../../access/errors.js";
import { cellToText } from "../../spreadsheets/cell-text.js";
import { measureWorkbook } from "../../spreadsheets/workbook-size.js";
import { type Column, columnNamed, KNOWN_LABELS } from "./htcds-columns.js";

/** One data row: its number as the spreadsheet shows it, and the text of each known column. */
export interface RawRow {
  row: number;
  values: Map<string, string>;
}

export interface RawSheet {
  rows: RawRow[];
  /** Header cells that name no column Safepath imports. */
  ignoredColumns: string[];
}

/** How many rows at the top may come before the row of field names. */
const HEADER_SEARCH_ROWS = 10;

/**
 * A date cell without a date format reaches us as Excel's day count (1900 date system). Only spreadsheet
 * numbers are read so: in a CSV file "1990" stays text and is refused as a date.
 */
function serialDate(serial: number): string {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return String(serial);
  return new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86400000).toISOString().slice(0, 10);
}

/** Turns rows of cells into data rows: finds the header, skips the label row, maps columns. */
class SheetCollector {
  private header: (Column | undefined)[] | undefined;
  private labelRowChecked = false;
  private seen = 0;
  readonly rows: RawRow[] = [];
  readonly ignored = new Set<string>();
  tooMany = false;

  get found(): boolean {
    return this.header !== undefined;
  }

  add(number: number, cells: unknown[]): void {
    if (!this.header) {
      this.seen += 1;
      if (this.seen <= HEADER_SEARCH_ROWS) this.tryHeader(cells.map(cellToText));
      return;
    }
    const values = new Map<string, string>();
    this.header.forEach((column, index) => {
      const cell = cells[index];
      const text = column?.kind === "date" && typeof cell === "number" ? serialDate(cell) : cellToText(cell);
      if (column && text !== "") values.set(column.name, text);
    });
    if (values.size === 0) return;
    if (!this.labelRowChecked) {
      this.labelRowChecked = true;
      const labels = [...values.values()].filter((text) => KNOWN_LABELS.has(text.toLowerCase())).length;
      if (labels * 2 >= values.size) return;
    }
    if (this.rows.length >= IMPORT_MAX_ROWS) {
      this.tooMany = true;
      return;
    }
    this.rows.push({ row: number, values });
  }

  private tryHeader(cells: string[]): void {
    const columns = cells.map((cell) => columnNamed(cell));
    if (columns.filter(Boolean).length < 2) return;
    const taken = new Set<string>();
    this.header = columns.map((column, index) => {
      const text = cells[index] ?? "";
      if (!column || column.notKept || column.exportOnly || taken.has(column.name)) {
        if (text !== "") this.ignored.add(text);
        return undefined;
      }
      taken.add(column.name);
      return column;
    });
  }
}

function finish(collector: SheetCollector): RawSheet {
  if (!collector.found) throw invalidField("body.file", "no_htcds_header");
  if (collector.tooMany) throw invalidField("body.file", "too_many_rows", { max: IMPORT_MAX_ROWS });
  return { rows: collector.rows, ignoredColumns: [...collector.ignored] };
}

/**
 * Reads the first worksheet that has a row of HTCDS field names. The workbook is measured streamed, then
 * loaded whole: exceljs's streaming reader splits multi-byte characters that fall on a chunk boundary,
 * which garbled Cyrillic names in large sheets, so it only counts rows here.
 */
export async function readXlsx(bytes: Buffer): Promise<RawSheet> {
  const sizes = await measureWorkbook(bytes);
  if (!sizes) throw invalidField("body.file", "unreadable_file");
  if (sizes.some((size) => size.rows > IMPORT_MAX_ROWS + HEADER_SEARCH_ROWS)) {
    throw invalidField("body.file", "too_many_rows", { max: IMPORT_MAX_ROWS });
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw invalidField("body.file", "unreadable_file");
  }
  for (const worksheet of workbook.worksheets) {
    const collector = new SheetCollector();
    worksheet.eachRow((row) => {
      const values = Array.isArray(row.values) ? row.values.slice(1) : [];
      collector.add(row.number, Array.from(values));
    });
    if (collector.found) return finish(collector);
  }
  return finish(new SheetCollector());
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** The separator of the header line: spreadsheets in many European locales write ";" instead of ",". */
function delimiterOf(text: string): string {
  const line = text.slice(0, text.search(/\r?\n|$/));
  const counts = [",", ";", "\t"].map((d) => [d, line.split(d).length - 1] as const);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? ",";
}

/** A CSV file with HTCDS field names in its header line; each record is a row as a spreadsheet shows it. */
export async function readCsv(bytes: Buffer): Promise<RawSheet> {
  let text: string;
  try {
    text = strictUtf8.decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    throw invalidField("body.file", "invalid_utf8");
  }
  const parser = Readable.from([text]).pipe(
    parse({ delimiter: delimiterOf(text), relax_column_count: true, skip_empty_lines: false, trim: true }),
  );
  const collector = new SheetCollector();
  let number = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      number += 1;
      collector.add(number, record);
    }
  } catch {
    throw invalidField("body.file", "unreadable_file");
  }
  return finish(collector);
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** By content first (a spreadsheet is a zip), then by name; anything else is refused. */
export async function readSheet(bytes: Buffer, fileName: string): Promise<RawSheet> {
  const name = fileName.toLowerCase();
  if (bytes.subarray(0, 4).equals(ZIP_MAGIC)) {
    if (!name.endsWith(".xlsx")) throw invalidField("body.file", "import_file_type");
    return readXlsx(bytes);
  }
  if (name.endsWith(".csv")) return readCsv(bytes);
  throw invalidField("body.file", "import_file_type");
}
