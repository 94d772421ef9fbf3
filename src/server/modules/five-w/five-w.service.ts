import { monthsBetween } from "../../../shared/activities/vocab.js";
import { FIVE_W_COLUMNS, FIVE_W_MAX_MONTHS, type FiveWFormat, type FiveWQuery } from "../../../shared/api/five-w.js";
import type { Language } from "../../../shared/i18n/languages.js";
import { invalidField, notFound } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { activityRows, type Period } from "./five-w-activities.js";
import { assistanceRows } from "./five-w-assistance.js";
import { csvFile, xlsxFile } from "./five-w-files.js";
import { loadLabels } from "./five-w-labels.js";
import { type OfficeInfo, rowCells, sortRows, sumRows } from "./five-w-rows.js";

export interface FiveWFile {
  body: Buffer;
  contentType: string;
  fileName: string;
}

/** The first day of the month after a YYYY-MM. */
function nextMonthDay(month: string): string {
  const [year, number] = month.split("-").map(Number) as [number, number];
  return number === 12 ? `${year + 1}-01-01` : `${year}-${String(number + 1).padStart(2, "0")}-01`;
}

function periodOf(query: FiveWQuery): Period {
  if (query.from > query.to) throw invalidField("query.to", "five_w_period_order");
  if (monthsBetween(query.from, query.to).length > FIVE_W_MAX_MONTHS)
    throw invalidField("query.to", "five_w_period_too_long", { max: FIVE_W_MAX_MONTHS });
  return {
    fromDay: `${query.from}-01`,
    toDayExclusive: nextMonthDay(query.to),
    officeId: query.officeId?.toLowerCase() ?? null,
  };
}

async function officesOf(db: ScopedDb): Promise<Map<string, OfficeInfo>> {
  const rows = await db
    .selectFrom("offices")
    .select(["id", "name", "country", "admin1_name", "admin1_pcode", "sort_order"])
    .execute();
  return new Map(
    rows.map((row) => [
      row.id,
      {
        id: row.id,
        name: row.name,
        country: row.country.trim(),
        admin1Name: row.admin1_name,
        admin1Pcode: row.admin1_pcode,
        sortOrder: row.sort_order,
      },
    ]),
  );
}

/** P-code → name, from the offices that name their first administrative level. */
function admin1NamesOf(offices: ReadonlyMap<string, OfficeInfo>): Map<string, string> {
  const names = new Map<string, string>();
  for (const office of offices.values())
    if (office.admin1Pcode && office.admin1Name) names.set(office.admin1Pcode, office.admin1Name);
  return names;
}

const CONTENT_TYPES: Record<FiveWFormat, string> = {
  csv: "text/csv; charset=utf-8",
  hxl: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};
const EXTENSIONS: Record<FiveWFormat, string> = { csv: "csv", hxl: "hxl.csv", xlsx: "xlsx" };

/**
 * GET /api/five-w.*: the approved activities and the direct assistance of a period of reporting months as
 * the 5W table. Counts only, never a record; people counts from cases withheld when small. Audited as an
 * export of aggregates.
 */
export async function exportFiveW(
  db: ScopedDb,
  query: FiveWQuery,
  format: FiveWFormat,
  callerLanguage: Language,
): Promise<FiveWFile> {
  const period = periodOf(query);
  const offices = await officesOf(db);
  if (period.officeId && !offices.has(period.officeId)) throw notFound();
  const labels = await loadLabels(db, query.language ?? callerLanguage);
  const rows = sortRows(
    [...sumRows(await activityRows(db, period, labels)), ...(await assistanceRows(db, period, labels, offices))],
    offices,
  );
  const admin1Names = admin1NamesOf(offices);
  const cells = rows.map((row) => rowCells(row, labels, offices, admin1Names));
  const names = FIVE_W_COLUMNS.map((column) => labels.t(`fiveW.columns.${column.key}`));
  const body =
    format === "xlsx"
      ? await xlsxFile(names, cells)
      : await csvFile(format === "hxl" ? [names, FIVE_W_COLUMNS.map((column) => column.hxl)] : [names], cells);
  db.audit({
    action: "five_w.export",
    detail: {
      format,
      from: query.from,
      to: query.to,
      officeId: period.officeId,
      rows: rows.length,
      withheld: rows.filter((row) => row.value === null).length,
    },
  });
  return {
    body,
    contentType: CONTENT_TYPES[format],
    fileName: `5w-${query.from}-${query.to}.${EXTENSIONS[format]}`,
  };
}
