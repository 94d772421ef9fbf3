import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { FormDetail, formImportIssue, formImportResult } from "../../../shared/api/screening.js";
import { ApiError, api, type FieldProblem } from "../../api/client.js";
import { FORMS_KEY, formPath } from "../screening/screening-api.js";

export type ImportIssue = z.infer<typeof formImportIssue>;
export type ImportResult = z.infer<typeof formImportResult>;

/** A refused import: the server's error, and every issue of the file with its sheet, row and column. */
export class ImportRefused extends ApiError {
  constructor(
    error: ApiError,
    readonly issues: ImportIssue[],
  ) {
    super(error.status, error.code, error.message, error.fields, error.requestId);
  }
}

interface ErrorBody {
  error?: { code?: string; message?: string; fields?: FieldProblem[]; requestId?: string };
  issues?: ImportIssue[];
}

/**
 * Sends an XLSForm as multipart/form-data: the shared JSON client cannot send a file, so this does what it
 * does for every other change (the session cookie, the CSRF token, the interface language).
 */
export async function importXlsform(
  file: File,
  dryRun: boolean,
  csrfToken: string,
  language: string,
): Promise<ImportResult> {
  const form = new FormData();
  form.append("file", file, file.name);
  let response: Response;
  try {
    response = await fetch(`/api/forms/import?dryRun=${dryRun}`, {
      method: "POST",
      credentials: "same-origin",
      headers: { Accept: "application/json", "Accept-Language": language, "X-CSRF-Token": csrfToken },
      body: form,
    });
  } catch {
    throw new ApiError(0, "network", "");
  }
  if (response.ok) return (await response.json()) as ImportResult;
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
  throw body.issues ? new ImportRefused(error, body.issues) : error;
}

/** Publishes a version (the latest unless named) or retires a form, then refreshes every form list. */
export function useFormAction(action: "publish" | "retire") {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version?: number }) =>
      api.post<FormDetail>(`${formPath(id)}/${action}`, action === "publish" && version ? { version } : {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: FORMS_KEY }),
  });
}
