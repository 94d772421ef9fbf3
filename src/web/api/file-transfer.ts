import { ApiError, apiErrorOf, errorBodyOf } from "./client.js";

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

/** The session's CSRF token (none before a sign-in) and the interface language, as the JSON client sends them. */
export interface RequestContext {
  csrfToken: string | null;
  language: string;
}

function headersOf({ csrfToken, language }: RequestContext, accept: string): Record<string, string> {
  const headers: Record<string, string> = { Accept: accept, "Accept-Language": language };
  if (csrfToken) headers["X-CSRF-Token"] = csrfToken;
  return headers;
}

async function send(path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(path, { ...init, method: "POST", credentials: "same-origin" });
  } catch {
    throw new ApiError(0, "network", "");
  }
}

/** A form with a file under "file", after the fields given: a server reading the stream then has them first. */
export function formWithFile(file: File, fields: Record<string, string | undefined> = {}): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) if (value !== undefined && value !== "") form.append(name, value);
  form.append("file", file, file.name);
  return form;
}

/**
 * Sends a form with a file as multipart/form-data: the shared JSON client cannot send a file, so this does
 * what it does for every other change (the session cookie, the CSRF token, the interface language), and a
 * refusal becomes an ApiError the same way. `refused` may make a richer error of the refusal's whole body
 * (an import's report of its bad rows).
 */
export async function postForm<T>(
  path: string,
  form: FormData,
  context: RequestContext,
  refused: (error: ApiError, body: unknown) => ApiError = (error) => error,
): Promise<T> {
  const response = await send(path, { headers: headersOf(context, "application/json"), body: form });
  if (response.ok) return (await response.json()) as T;
  const body = await errorBodyOf(response);
  throw refused(apiErrorOf(response.status, body), body);
}

/** A spreadsheet import: a refusal that carries the import's report becomes an ImportRefused. */
export function postImportFile<Report>(path: string, form: FormData, context: RequestContext): Promise<Report> {
  return postForm<Report>(path, form, context, (error, body) => {
    const report = (body as { report?: Report } | undefined)?.report;
    return report ? new ImportRefused(error, report) : error;
  });
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
