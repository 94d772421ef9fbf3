import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { expect } from "vitest";
import type { createDemoApp, TestSession } from "../../testing/http.js";
import { send } from "../../testing/http.js";
import { multipart } from "../case-records/case-records.fixture.js";
import { column } from "./htcds-columns.js";

/** Test helpers of the HTCDS exchange tests: cases, exports, files to import and reading them back. */

export type DemoContext = Awaited<ReturnType<typeof createDemoApp>>;

export async function intake(app: FastifyInstance, session: TestSession, body: unknown) {
  const response = await send(app, { method: "POST", url: "/api/cases", session, payload: body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; caseNumber: string; personId: string };
}

export function exportCases(app: FastifyInstance, session: TestSession, body: Record<string, unknown>) {
  return send(app, { method: "POST", url: "/api/cases/export", session, payload: body });
}

export function importFile(
  app: FastifyInstance,
  session: TestSession,
  file: { fileName: string; content: Buffer | string },
  query = "",
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  const body = multipart([{ name: "file", filename: file.fileName, content: file.content }]);
  return send(app, {
    method: "POST",
    url: `/api/cases/import${query}`,
    session,
    payload: body.payload,
    headers: { ...headers, "content-type": body.contentType },
  });
}

/** A CSV file with the given columns as its header line. */
export function csvOf(rows: Record<string, string>[]): string {
  const names = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return stringify([names, ...rows.map((row) => names.map((name) => row[name] ?? ""))]);
}

/**
 * An .xlsx file in the HTCDS template layout: column A numbers the rows, row 1 names the fields (as the
 * template does, typo included when asked), row 2 labels them, data from row 3.
 */
export async function xlsxOf(rows: Record<string, string | number | boolean | Date>[]): Promise<Buffer> {
  const names = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Sheet1");
  sheet.addRow([null, ...names]).hidden = true;
  sheet.addRow([null, ...names.map((name) => column(name).label)]);
  rows.forEach((row, index) => {
    sheet.addRow([index + 1, ...names.map((name) => row[name] ?? null)]);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export interface SheetContent {
  names: string[];
  labels: string[];
  rows: Record<string, string>[];
  notes: string[][];
  nameRowHidden: boolean;
}

/** Reads an exported workbook back with exceljs, as a spreadsheet program would. */
export async function readWorkbook(bytes: Buffer): Promise<SheetContent> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet("Sheet1");
  const notesSheet = workbook.getWorksheet("Export notes");
  if (!sheet || !notesSheet) throw new Error("the export lacks a sheet");
  const texts = (row: ExcelJS.Row) =>
    Array.from({ length: sheet.columnCount }, (_, index) => {
      const value = row.getCell(index + 1).value;
      return value === null || value === undefined ? "" : String(value);
    });
  const names = texts(sheet.getRow(1));
  const rows: Record<string, string>[] = [];
  for (let number = 3; number <= sheet.rowCount; number++) {
    const values = texts(sheet.getRow(number));
    rows.push(Object.fromEntries(names.map((name, index) => [name, values[index] ?? ""]).filter(([name]) => name)));
  }
  const notes: string[][] = [];
  notesSheet.eachRow((row) => {
    notes.push((row.values as unknown[]).slice(1).map((value) => String(value ?? "")));
  });
  return { names, labels: texts(sheet.getRow(2)), rows, notes, nameRowHidden: sheet.getRow(1).hidden };
}

const WRITTEN = [
  "cases",
  "people",
  "case_people",
  "consents",
  "person_search_keys",
  "person_name_trigrams",
  "record_keys",
] as const;

/** Rows of the tables an import writes, and the case-number counters, counted as the owner (past RLS). */
export async function countWritten(
  ctx: DemoContext,
): Promise<Record<(typeof WRITTEN)[number] | "case_number_counters", number>> {
  const db = ctx.testApp.services.database.db;
  const count = async (table: (typeof WRITTEN)[number]) =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const counter = await db
    .selectFrom("case_number_counters")
    .select((eb) => eb.fn.sum<string>("last_number").as("n"))
    .executeTakeFirstOrThrow();
  return {
    cases: await count("cases"),
    people: await count("people"),
    case_people: await count("case_people"),
    consents: await count("consents"),
    person_search_keys: await count("person_search_keys"),
    person_name_trigrams: await count("person_name_trigrams"),
    record_keys: await count("record_keys"),
    case_number_counters: Number(counter.n ?? 0),
  };
}
