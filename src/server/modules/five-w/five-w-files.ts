import { PassThrough } from "node:stream";
import { stringify } from "csv-stringify";
import ExcelJS from "exceljs";
import { FIVE_W_COLUMN_KEYS } from "../../../shared/api/five-w.js";
import { guardFormula } from "../../spreadsheets/formula-guard.js";
import type { FiveWCell } from "./five-w-rows.js";

/** Collects a stream's chunks; only the finished file is joined. */
function collect(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    stream.on("data", (chunk: Buffer | string) => chunks.push(Buffer.from(chunk)));
    stream.on("end", () => resolve(Buffer.concat(chunks)));
    stream.on("error", reject);
  });
}

/**
 * UTF-8 with a byte-order mark, so that spreadsheet programs show Cyrillic and Romanian letters as they are.
 * Partners and target groups are typed by people: a cell a spreadsheet would run as a formula is guarded.
 */
export async function csvFile(header: readonly string[][], rows: readonly FiveWCell[][]): Promise<Buffer> {
  const stringifier = stringify({ bom: true, record_delimiter: "\r\n" });
  const done = collect(stringifier);
  const text = (cell: FiveWCell) => (cell === null ? "" : typeof cell === "number" ? String(cell) : guardFormula(cell));
  for (const line of header) stringifier.write(line.map(guardFormula));
  for (const row of rows) stringifier.write(row.map(text));
  stringifier.end();
  return done;
}

/**
 * One sheet, the column names in bold, values as numbers. Text goes in as string cells, which a spreadsheet
 * never runs as a formula, so it is written as typed. ActivityInfo's import reads the first row as the
 * column names: the HXL row is for the CSV variant only.
 */
export async function xlsxFile(header: readonly string[], rows: readonly FiveWCell[][]): Promise<Buffer> {
  const output = new PassThrough();
  const done = collect(output);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = "Safepath";
  const sheet = workbook.addWorksheet("5W", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = FIVE_W_COLUMN_KEYS.map((key) => ({ width: key === "indicator" || key === "note" ? 36 : 18 }));
  const first = sheet.addRow([...header]);
  first.font = { bold: true };
  first.commit();
  for (const cells of rows) sheet.addRow(cells.map((cell) => cell ?? null)).commit();
  sheet.commit();
  await workbook.commit();
  return done;
}
