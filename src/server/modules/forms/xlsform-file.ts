import ExcelJS from "exceljs";
import type { FormDefinition } from "../../../shared/forms/definition.js";
import {
  definitionToXlsform,
  importXlsform,
  type SheetRow,
  type SheetRows,
  XLSFORM_LIMITS,
  type XlsformImportOptions,
  type XlsformIssue,
  type XlsformSheets,
} from "../../../shared/forms/xlsform/index.js";
import { cellToText } from "../../spreadsheets/cell-text.js";
import { measureWorkbook, type SheetSize } from "../../spreadsheets/workbook-size.js";

export type XlsformFileResult =
  | { ok: true; definition: FormDefinition; warnings: XlsformIssue[] }
  | { ok: false; issues: XlsformIssue[] };

type SheetName = "survey" | "choices" | "settings";

const ROW_LIMITS: Record<SheetName, number> = {
  survey: XLSFORM_LIMITS.surveyRows,
  choices: XLSFORM_LIMITS.choiceRows,
  settings: XLSFORM_LIMITS.settingsRows,
};

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/** Gathers one worksheet: the first non-empty row is the header, later non-empty rows are data. */
class SheetCollector {
  header: string[] | undefined;
  headerRow: number | undefined;
  readonly rows: SheetRow[] = [];
  private readonly unnamed = new Set<number>();

  constructor(
    private readonly sheet: SheetName,
    private readonly issues: XlsformIssue[],
  ) {}

  add(rowNumber: number, values: unknown[]): void {
    const texts = Array.from(values, (value) => cellToText(value));
    if (!this.header) {
      if (texts.some((text) => text !== "")) {
        this.header = texts;
        this.headerRow = rowNumber;
      }
      return;
    }
    const cells: Record<string, string> = Object.create(null);
    texts.forEach((text, index) => {
      if (text === "") return;
      const header = this.header?.[index] ?? "";
      if (header === "") this.noteUnnamed(index, rowNumber);
      else if (!(header in cells)) cells[header] = text;
    });
    if (Object.keys(cells).length > 0) this.rows.push({ rowNumber, cells });
  }

  private noteUnnamed(index: number, rowNumber: number): void {
    if (this.unnamed.has(index)) return;
    this.unnamed.add(index);
    this.issues.push({
      sheet: this.sheet,
      code: "unnamed_column",
      row: rowNumber,
      detail: columnLetter(index + 1),
      severity: "warning",
    });
  }

  result(): SheetRows {
    return { header: this.header ?? [], headerRow: this.headerRow, rows: this.rows };
  }
}

/** "A", "B", … "AA": how the spreadsheet names the column of a cell with no header. */
function columnLetter(index: number): string {
  let rest = index;
  let letters = "";
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

const notXlsx = (detail?: string): XlsformFileResult => ({
  ok: false,
  issues: [{ sheet: "file", code: "not_xlsx", severity: "error", ...(detail ? { detail } : {}) }],
});

const sheetName = (name: string): SheetName | undefined => {
  const key = name.trim().toLowerCase();
  return key === "survey" || key === "choices" || key === "settings" ? key : undefined;
};

/** The issues of sheets too large to load; the header row is not counted as a row. */
function oversized(sizes: SheetSize[]): XlsformIssue[] {
  const issues: XlsformIssue[] = [];
  for (const size of sizes) {
    const known = sheetName(size.name);
    const limit = known ? ROW_LIMITS[known] : XLSFORM_LIMITS.choiceRows;
    const where = known ? { sheet: known } : { sheet: "file" as const };
    if (size.rows - 1 > limit)
      issues.push({ ...where, code: "too_many_rows", detail: known ? String(limit) : size.name, severity: "error" });
    if (size.columns > XLSFORM_LIMITS.columns)
      issues.push({
        ...where,
        code: "too_many_columns",
        detail: known ? String(XLSFORM_LIMITS.columns) : size.name,
        severity: "error",
      });
  }
  return issues;
}

/**
 * Reads the survey, choices and settings sheets of a workbook already measured. The whole workbook is
 * loaded rather than streamed: exceljs's streaming reader splits multi-byte characters at chunk
 * boundaries, which garbles Cyrillic labels.
 */
async function readSheets(bytes: Buffer, issues: XlsformIssue[]): Promise<Partial<XlsformSheets> | undefined> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch {
    return undefined;
  }
  const sheets: Partial<XlsformSheets> = {};
  for (const worksheet of workbook.worksheets) {
    const name = sheetName(worksheet.name);
    if (!name || sheets[name]) {
      issues.push({ sheet: "file", code: "unknown_sheet", detail: worksheet.name, severity: "warning" });
      continue;
    }
    const collector = new SheetCollector(name, issues);
    worksheet.eachRow((row, rowNumber) => {
      const values = Array.isArray(row.values) ? row.values.slice(1) : [];
      collector.add(rowNumber, values);
    });
    sheets[name] = collector.result();
  }
  return sheets;
}

/** Imports an uploaded XLSForm; a file that is not an .xlsx workbook is an issue, never an exception. */
export async function readXlsform(bytes: Buffer, options: XlsformImportOptions = {}): Promise<XlsformFileResult> {
  if (bytes.subarray(0, 4).equals(OLE_MAGIC)) return notXlsx("xls");
  if (!bytes.subarray(0, 4).equals(ZIP_MAGIC)) return notXlsx();
  const sizes = await measureWorkbook(bytes);
  if (!sizes || sizes.length === 0) return notXlsx();
  const tooLarge = oversized(sizes);
  if (tooLarge.length > 0) return { ok: false, issues: tooLarge };
  const readerIssues: XlsformIssue[] = [];
  const sheets = await readSheets(bytes, readerIssues);
  if (!sheets) return notXlsx();
  if (!sheets.survey)
    return { ok: false, issues: [{ sheet: "survey", code: "missing_sheet", severity: "error" }, ...readerIssues] };
  const result = importXlsform({ ...sheets, survey: sheets.survey }, options);
  if (!result.ok) return { ok: false, issues: [...readerIssues, ...result.issues] };
  return { ok: true, definition: result.definition, warnings: [...readerIssues, ...result.warnings] };
}

/** Writes a form definition as an .xlsx XLSForm (survey, choices and settings sheets). */
export async function writeXlsform(definition: FormDefinition): Promise<Buffer> {
  const sheets = definitionToXlsform(definition);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Safepath";
  for (const name of ["survey", "choices", "settings"] as const) {
    const sheet = sheets[name];
    if (!sheet) continue;
    const worksheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
    worksheet.columns = sheet.header.map((header) => ({ width: Math.min(Math.max(header.length + 2, 12), 40) }));
    worksheet.addRow(sheet.header).font = { bold: true };
    for (const row of sheet.rows) worksheet.addRow(sheet.header.map((header) => row.cells[header] ?? null));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
