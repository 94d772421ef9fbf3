import { ApiError, apiErrorOf, type ErrorBody, errorBodyOf } from "./client.js";

/**
 * A refused spreadsheet import: the server's error, and the report of every bad row when it sent one.
 * Nothing was written.
 */
export class ImportRefused<Report> extends ApiError {
  constructor(
    error: ApiError,
    readonly report: Report,
  ) {
    super(error.status, error.code, error.message, error.fields, error.requestId);
  }
}

/** The report of a refused import, when the error is one; typed by the caller, who knows the endpoint. */
export function refusedReport<Report>(error: unknown): Report | undefined {
  return error instanceof ImportRefused ? (error.report as Report) : undefined;
}

/** The session's CSRF token and the interface language, sent as the JSON client sends them. */
export interface RequestContext {
  csrfToken: string;
  language: string;
}

function headersOf({ csrfToken, language }: RequestContext, accept: string): Record<string, string> {
  return { Accept: accept, "Accept-Language": language, "X-CSRF-Token": csrfToken };
}

async function send(path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(path, { ...init, method: "POST", credentials: "same-origin" });
  } catch {
    throw new ApiError(0, "network", "");
  }
}

/**
 * Sends a spreadsheet import as multipart/form-data: the shared JSON client cannot send a file, so this does
 * what it does for every other change (the session cookie, the CSRF token, the interface language). A
 * refusal that carries the import's report becomes an ImportRefused, so the dialog can list the bad rows.
 */
export async function postImportFile<Report>(path: string, form: FormData, context: RequestContext): Promise<Report> {
  const response = await send(path, { headers: headersOf(context, "application/json"), body: form });
  if (response.ok) return (await response.json()) as Report;
  const body = await errorBodyOf<ErrorBody & { report?: Report }>(response);
  const error = apiErrorOf(response.status, body);
  throw body?.report ? new ImportRefused(error, body.report) : error;
}

export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

/** The file name of an `attachment; filename="…"` header (or its RFC 5987 form), when there is one. */
export function fileNameOf(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded.trim());
    } catch {
      // A malformed encoding: the plain name below, if any.
    }
  }
  return /filename\s*=\s*"?([^";]+)"?/i.exec(disposition)?.[1]?.trim() || undefined;
}

/**
 * Posts a JSON body and takes the answer as a file. Errors come back as JSON like every other request, so
 * field problems (a reason too short, too many cases) can be shown next to the fields.
 */
export async function postForFile(
  path: string,
  json: unknown,
  context: RequestContext,
  fallbackName: string,
): Promise<DownloadedFile> {
  const response = await send(path, {
    headers: { ...headersOf(context, "*/*"), "Content-Type": "application/json" },
    body: JSON.stringify(json),
  });
  if (!response.ok) throw apiErrorOf(response.status, await errorBodyOf(response));
  const blob = await response.blob();
  return { blob, fileName: fileNameOf(response.headers.get("content-disposition")) ?? fallbackName };
}

/** Hands a file to the browser's download, through an object URL that is released afterwards. */
export function saveFile({ blob, fileName }: DownloadedFile): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a moment later is safe.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
