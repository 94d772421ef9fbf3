import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import type { HtcdsRecord, HtcdsValue } from "./export-record.js";
import { COLUMNS } from "./htcds-columns.js";

export const ATTRIBUTION = "Human Trafficking Case Data Standard (HTCDS) by IOM, CC BY 4.0";

/** Multiselect values are joined with ";" as in the HTCDS template; a ";" inside free text would split it. */
const safe = (text: string) => text.replaceAll(";", ",");

/** A value as the spreadsheet shows it: text, or undefined for an empty cell. */
export function cellText(value: HtcdsValue | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return value === "" ? undefined : value;
  if (Array.isArray(value)) {
    if (value.length === 0) return undefined;
    // Positional lists (document types and countries) keep their empty places.
    const parts = value.map((item) =>
      typeof item === "string" ? safe(item) : item.place ? `${item.country}:${safe(item.place)}` : item.country,
    );
    return parts.every((part) => part === "") ? undefined : parts.join(";");
  }
  const entries = Object.entries(value);
  return entries.length ? entries.map(([domain, degree]) => `${domain}:${degree}`).join(";") : undefined;
}

export interface ExportNotes {
  title: string;
  lines: [string, string | number][];
}

export interface ExportWriter {
  addCase(json: Record<string, unknown>, rows: HtcdsRecord[]): void;
  finish(notes: ExportNotes, withheld: number): Promise<Buffer>;
}

/** JSON: the document is written case by case into chunks; only the finished text is joined. */
export function jsonWriter(exportedAt: string): ExportWriter {
  const parts: string[] = [];
  let first = true;
  return {
    addCase(json) {
      parts.push(first ? JSON.stringify(json) : `,${JSON.stringify(json)}`);
      first = false;
    },
    async finish(_notes, withheld) {
      const head = JSON.stringify({
        standard: "HTCDS",
        version: "2.0",
        attribution: ATTRIBUTION,
        exportedAt,
        withheld,
      });
      return Buffer.from(`${head.slice(0, -1)},"cases":[${parts.join("")}]}`, "utf8");
    },
  };
}

/**
 * XLSX in the template's layout: column A numbers the rows, row 1 holds the field names (hidden, as in the
 * template), row 2 the labels, then one row per case-person. Rows are committed as they are written, so
 * the workbook never sits in memory; what is kept is the compressed file.
 */
export function xlsxWriter(): ExportWriter {
  const chunks: Buffer[] = [];
  const output = new PassThrough();
  output.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    output.on("end", resolve);
    output.on("error", reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = "Safepath";
  const sheet = workbook.addWorksheet("Sheet1", { views: [{ state: "frozen", ySplit: 2 }] });
  sheet.columns = [{ width: 6 }, ...COLUMNS.map(() => ({ width: 22 }))];
  const names = sheet.addRow([null, ...COLUMNS.map((column) => column.name)]);
  names.hidden = true;
  names.commit();
  const labels = sheet.addRow([null, ...COLUMNS.map((column) => column.label)]);
  labels.font = { bold: true };
  labels.commit();
  let count = 0;
  return {
    addCase(_json, rows) {
      for (const row of rows) {
        count += 1;
        sheet.addRow([String(count), ...COLUMNS.map((column) => cellText(row[column.name]) ?? null)]).commit();
      }
    },
    async finish(notes) {
      sheet.commit();
      const notesSheet = workbook.addWorksheet("Export notes");
      notesSheet.columns = [{ width: 60 }, { width: 40 }];
      const title = notesSheet.addRow([notes.title]);
      title.font = { bold: true };
      title.commit();
      for (const [label, value] of notes.lines) notesSheet.addRow([label, String(value)]).commit();
      notesSheet.addRow([ATTRIBUTION]).commit();
      notesSheet.commit();
      await workbook.commit();
      await done;
      return Buffer.concat(chunks);
    },
  };
}
