import type { ExportRequest, ImportReport } from "../../../../shared/api/htcds-exchange.js";
import { toQueryString } from "../../../api/client.js";
import { type DownloadedFile, postForFile, postImportFile, type RequestContext } from "../../../api/file-transfer.js";

const CASES_PATH = "/api/cases";

export interface CaseImportOptions {
  /** Check only: the server reads and validates the whole file and writes nothing. */
  dryRun: boolean;
  /** Write the good rows and leave out the bad ones (and the rest of their case) instead of refusing the file. */
  skipBadRows: boolean;
}

/**
 * Sends an HTCDS spreadsheet (CSV or XLSX). A real run with bad rows and without skipBadRows is refused as a
 * whole: an ImportRefused with the same report a check gives, and nothing written.
 */
export function importCases(file: File, options: CaseImportOptions, context: RequestContext): Promise<ImportReport> {
  const form = new FormData();
  form.append("file", file, file.name);
  const query = toQueryString({ dryRun: options.dryRun, skipBadRows: options.skipBadRows });
  return postImportFile<ImportReport>(`${CASES_PATH}/import${query}`, form, context);
}

/** The HTCDS file of the matching cases, named as the server names it (htcds-export-<date>.<format>). */
export function exportCases(request: ExportRequest, context: RequestContext): Promise<DownloadedFile> {
  return postForFile(`${CASES_PATH}/export`, request, context, `htcds-export.${request.format}`);
}
