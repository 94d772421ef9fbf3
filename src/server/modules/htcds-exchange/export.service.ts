import { EXPORT_MAX_CASES, type ExportRequest } from "../../../shared/api/htcds-exchange.js";
import { todayIso } from "../../../shared/dates.js";
import type { Language } from "../../../shared/i18n/languages.js";
import { invalidField } from "../../access/errors.js";
import type { ScopedDb } from "../../access/scoped-db.js";
import { translator } from "../../i18n.js";
import type { Services } from "../../services.js";
import { type CaseQuery, caseListFilters } from "../cases/case-list.service.js";
import { type ExportWriter, jsonWriter, xlsxWriter } from "./export-files.js";
import { loadCases } from "./export-load.js";
import { caseDocument, caseRows } from "./export-record.js";

/** Cases read and written per step: a few queries each, and bounded memory for opened values. */
const CHUNK = 500;

export interface ExportFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

/** The cases to export: in the actor's scope, matching the filters and the named ids, in case-number order. */
async function selectCaseIds(db: ScopedDb, request: ExportRequest): Promise<string[]> {
  let q = caseListFilters(db, db.selectFrom("cases") as CaseQuery, request);
  if (request.caseIds) q = q.where("id", "in", request.caseIds);
  const rows = await q
    .select("id")
    .orderBy("case_number")
    .orderBy("id")
    .limit(EXPORT_MAX_CASES + 1)
    .execute();
  if (rows.length > EXPORT_MAX_CASES) throw invalidField("body", "too_many_cases", { max: EXPORT_MAX_CASES });
  return rows.map((row) => row.id);
}

/**
 * An HTCDS export of the cases the actor reaches. Identifying fields leave only when asked for and only
 * for people whose consent to referral and sharing is in force; everyone else leaves with their
 * statistical fields alone. One audit entry names every case and person and carries the reason.
 */
export async function exportCases(
  db: ScopedDb,
  services: Services,
  request: ExportRequest,
  language: Language,
): Promise<ExportFile> {
  const caseIds = await selectCaseIds(db, request);
  const exportedAt = new Date().toISOString();
  const writer: ExportWriter = request.format === "json" ? jsonWriter(exportedAt) : xlsxWriter();
  const withheld = new Set<string>();
  const erased = new Set<string>();
  const people = new Set<string>();
  for (let start = 0; start < caseIds.length; start += CHUNK) {
    const chunk = caseIds.slice(start, start + CHUNK);
    const cases = await loadCases(db, services, chunk, {
      includeIdentifying: request.includeIdentifying,
      withRecords: request.format === "json",
    });
    for (const exported of cases) {
      for (const p of exported.people) {
        people.add(p.id);
        if (p.withheld === "consent") withheld.add(p.id);
        if (p.withheld === "erased") erased.add(p.id);
      }
      writer.addCase(request.format === "json" ? caseDocument(exported) : {}, caseRows(exported));
    }
  }
  const t = translator(language);
  const body = await writer.finish(
    {
      title: t("exchange.notes.title"),
      lines: [
        [t("exchange.notes.exportedAt"), exportedAt],
        [t("exchange.notes.cases"), caseIds.length],
        [t("exchange.notes.people"), people.size],
        [t("exchange.notes.identifying"), t(request.includeIdentifying ? "exchange.notes.yes" : "exchange.notes.no")],
        [t("exchange.notes.withheld"), withheld.size],
        [t("exchange.notes.erased"), erased.size],
      ],
    },
    withheld.size,
  );
  db.audit({
    action: "case.export",
    recordType: "case",
    recordIds: [...caseIds, ...people],
    reason: request.reason,
    detail: {
      format: request.format,
      count: caseIds.length,
      people: people.size,
      identifying: request.includeIdentifying,
      withheld: withheld.size,
      erased: erased.size,
    },
  });
  return {
    fileName: `htcds-export-${todayIso()}.${request.format}`,
    contentType:
      request.format === "json"
        ? "application/json; charset=utf-8"
        : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    body,
  };
}
