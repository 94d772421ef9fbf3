import type { DirectoryImportReport } from "../../../../shared/api/directory.js";
import { ApiError, type FieldProblem } from "../../../api/client.js";
import { DIRECTORY_PATH } from "../directory-api.js";

/** A refused import: the server's error, and the report of every bad row when it sent one. Nothing was written. */
export class ImportRefused extends ApiError {
  constructor(
    error: ApiError,
    readonly report: DirectoryImportReport,
  ) {
    super(error.status, error.code, error.message, error.fields, error.requestId);
  }
}

interface ErrorBody {
  error?: { code?: string; message?: string; fields?: FieldProblem[]; requestId?: string };
  report?: DirectoryImportReport;
}

/**
 * Sends a directory spreadsheet (CSV or XLSX) as multipart/form-data: the shared JSON client cannot send a
 * file, so this does what it does for every other change (the session cookie, the CSRF token, the interface
 * language). A dry run reads and checks the whole file and writes nothing.
 */
export async function importDirectory(
  file: File,
  dryRun: boolean,
  csrfToken: string,
  language: string,
): Promise<DirectoryImportReport> {
  const form = new FormData();
  // Before the file: a streaming reader knows whether to write before it reads the rows.
  form.append("dryRun", String(dryRun));
  form.append("file", file, file.name);
  let response: Response;
  try {
    response = await fetch(`${DIRECTORY_PATH}/import`, {
      method: "POST",
      credentials: "same-origin",
      headers: { Accept: "application/json", "Accept-Language": language, "X-CSRF-Token": csrfToken },
      body: form,
    });
  } catch {
    throw new ApiError(0, "network", "");
  }
  if (response.ok) return (await response.json()) as DirectoryImportReport;
  let body: ErrorBody = {};
  try {
    body = (await response.json()) as ErrorBody;
  } catch {
    // Not our JSON (a proxy page, say): a generic error below.
  }
  const error = body.error?.code
    ? new ApiError(
        response.status,
        body.error.code,
        body.error.message ?? "",
        body.error.fields ?? [],
        body.error.requestId,
      )
    : new ApiError(response.status, response.status >= 500 ? "internal" : "unknown", "");
  throw body.report ? new ImportRefused(error, body.report) : error;
}
