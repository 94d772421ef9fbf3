import { Readable } from "node:stream";
import ExcelJS from "exceljs";

/** Reads of a workbook before it counts as not a workbook (see measureWorkbook). */
const READ_ATTEMPTS = 3;

export interface SheetSize {
  name: string;
  rows: number;
  columns: number;
}

/**
 * Counts the (non-empty) rows and columns of every worksheet, streamed and without keeping any text, so
 * that an oversized workbook is refused before it is loaded whole: 10 MiB of compressed XML can expand a
 * hundredfold. Every sheet is read to its end so that the reader removes its own temporary files.
 * Undefined when the bytes are not a workbook.
 */
export async function measureWorkbook(bytes: Buffer): Promise<SheetSize[] | undefined> {
  // exceljs's streaming reader now and then drops a part of a valid archive (it pauses the unzip stream
  // between parts; exceljs issue 3064, unfixed) and then throws. A damaged file fails every time, so a
  // failure is only believed when it repeats.
  for (let attempt = 1; ; attempt++) {
    const sizes = await measureOnce(bytes);
    if (sizes || attempt === READ_ATTEMPTS) return sizes;
  }
}

async function measureOnce(bytes: Buffer): Promise<SheetSize[] | undefined> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(bytes), {
    worksheets: "emit",
    sharedStrings: "ignore",
    styles: "ignore",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  const sizes: SheetSize[] = [];
  try {
    for await (const worksheet of reader) {
      const size = { name: String((worksheet as { name?: unknown }).name ?? ""), rows: 0, columns: 0 };
      for await (const row of worksheet) {
        const values = Array.isArray(row.values) ? row.values : [];
        if (!values.some((value) => value !== null && value !== undefined && value !== "")) continue;
        size.rows += 1;
        size.columns = Math.max(size.columns, values.length - 1);
      }
      sizes.push(size);
    }
  } catch {
    return undefined;
  }
  return sizes;
}
