import { ApiError, type FieldProblem } from "../../api/client.js";
import type { Attachment } from "./case-types.js";

/**
 * Uploads one file as multipart/form-data. The shared JSON client cannot send a form, so this does what it
 * does for every other change: the session cookie, the CSRF token and the interface language.
 */
export async function uploadAttachment(
  caseId: string,
  file: File,
  csrfToken: string,
  language: string,
): Promise<Attachment> {
  const form = new FormData();
  form.append("file", file, file.name);
  let response: Response;
  try {
    response = await fetch(`/api/cases/${encodeURIComponent(caseId)}/attachments`, {
      method: "POST",
      credentials: "same-origin",
      headers: { Accept: "application/json", "Accept-Language": language, "X-CSRF-Token": csrfToken },
      body: form,
    });
  } catch {
    throw new ApiError(0, "network", "");
  }
  if (response.ok) return (await response.json()) as Attachment;
  try {
    const body = (await response.json()) as {
      error?: { code?: string; message?: string; fields?: FieldProblem[]; requestId?: string };
    };
    if (body.error?.code)
      throw new ApiError(
        response.status,
        body.error.code,
        body.error.message ?? "",
        body.error.fields ?? [],
        body.error.requestId,
      );
  } catch (error) {
    if (error instanceof ApiError) throw error;
  }
  throw new ApiError(response.status, response.status >= 500 ? "internal" : "unknown", "");
}
