import { PassThrough } from "node:stream";
import { stringify } from "csv-stringify";
import ExcelJS from "exceljs";
import { DIRECTORY_EXPORT_MAX_ROWS, type DirectoryExportQuery } from "../../../shared/api/directory.js";
import { DIRECTORY_COLUMNS } from "../../../shared/directory/columns.js";
import type { Language } from "../../../shared/i18n/languages.js";
import { invalidField } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { translator } from "../../i18n.js";
import { guardFormula } from "../../spreadsheets/formula-guard.js";
import { type Cell, cellText, entryCells } from "./directory-cells.js";
import { organisationNames } from "./directory-organisations.js";
import { serviceRowsAfter } from "./service-list.service.js";

/*
 * The directory as a file: the services passing the list's filters, one row per service with its provider's
 * columns, under a row of column names in the reader's language and the HXL row. Entries hold no personal
 * data (the verifier's name stays out), so every reader of the directory may export it.
 */

const PAGE = 1000;

export interface ExportFile {
  body: Buffer;
  contentType: string;
  fileName: string;
}

interface RowWriter {
  add(cells: Cell[]): void;
  finish(): Promise<Buffer>;
}

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
 * UTF-8 with a byte-order mark, so that spreadsheet programs show Cyrillic and Romanian letters as they are;
 * cells that would run as formulas are guarded.
 */
function csvWriter(): RowWriter {
  const stringifier = stringify({ bom: true, record_delimiter: "\r\n" });
  const done = collect(stringifier);
  return {
    add: (cells) => stringifier.write(cells.map((cell) => guardFormula(cellText(cell)))),
    finish: async () => {
      stringifier.end();
      return done;
    },
  };
}

/** Rows are committed as they are written, so the workbook never sits in memory; the compressed file does. */
function xlsxWriter(): RowWriter {
  const output = new PassThrough();
  const done = collect(output);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = "Safepath";
  const sheet = workbook.addWorksheet("Directory", { views: [{ state: "frozen", ySplit: 2 }] });
  sheet.columns = DIRECTORY_COLUMNS.map(() => ({ width: 20 }));
  let rows = 0;
  return {
    add(cells) {
      rows += 1;
      const row = sheet.addRow(cells);
      if (rows <= 2) row.font = { bold: rows === 1, italic: rows === 2 };
      row.commit();
    },
    async finish() {
      sheet.commit();
      await workbook.commit();
      return done;
    },
  };
}

export async function exportDirectory(
  db: ScopedDb,
  query: DirectoryExportQuery,
  language: Language,
): Promise<ExportFile> {
  const t = translator(language);
  const writer = query.format === "csv" ? csvWriter() : xlsxWriter();
  writer.add(DIRECTORY_COLUMNS.map((column) => t(`directory.columns.${column.key}`)));
  writer.add(DIRECTORY_COLUMNS.map((column) => column.hxl));
  const now = new Date();
  let after: { nameKey: string; id: string } | undefined;
  let count = 0;
  for (;;) {
    const rows = await serviceRowsAfter(db, query, after, PAGE, now);
    if (rows.length === 0) break;
    count += rows.length;
    if (count > DIRECTORY_EXPORT_MAX_ROWS) {
      throw invalidField("query", "directory_export_too_large", { max: DIRECTORY_EXPORT_MAX_ROWS });
    }
    const providerIds = [...new Set(rows.map((row) => row.provider_id))];
    const providers = new Map(
      (await db.selectFrom("service_providers").selectAll().where("id", "in", providerIds).execute()).map((p) => [
        p.id,
        p,
      ]),
    );
    const keepers = await organisationNames(
      db,
      rows.map((row) => row.organisation_id),
    );
    for (const row of rows) {
      const provider = providers.get(row.provider_id);
      if (!provider) continue;
      const cells = entryCells(row, provider, keepers.get(row.organisation_id) ?? "");
      writer.add(DIRECTORY_COLUMNS.map((column) => cells[column.key] ?? null));
    }
    const last = rows.at(-1);
    if (!last || rows.length < PAGE) break;
    after = { nameKey: last.name_key, id: last.id };
  }
  const body = await writer.finish();
  db.audit({ action: "directory.export", detail: { format: query.format, services: count } });
  const date = now.toISOString().slice(0, 10);
  return query.format === "csv"
    ? { body, contentType: "text/csv; charset=utf-8", fileName: `service-directory-${date}.csv` }
    : {
        body,
        contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        fileName: `service-directory-${date}.xlsx`,
      };
}
