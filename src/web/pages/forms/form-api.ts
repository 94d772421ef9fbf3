import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { FormDetail, formImportIssue, formImportResult } from "../../../shared/api/screening.js";
import { ApiError, api } from "../../api/client.js";
import { formWithFile, postForm } from "../../api/file-transfer.js";
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

/** Sends an XLSForm; a refusal with the file's issues becomes an ImportRefused. */
export function importXlsform(file: File, dryRun: boolean, csrfToken: string, language: string): Promise<ImportResult> {
  return postForm<ImportResult>(
    `/api/forms/import?dryRun=${dryRun}`,
    formWithFile(file),
    { csrfToken, language },
    (error, body) => {
      const issues = (body as { issues?: ImportIssue[] } | undefined)?.issues;
      return issues ? new ImportRefused(error, issues) : error;
    },
  );
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
