import { ApiError, type FieldProblem } from "../../api/client.js";
import { currentLanguage } from "../../i18n.js";

/**
 * Sends a file with its fields as multipart/form-data. The shared JSON client cannot send a form, so this
 * does what it does for every other change: the session cookie, the CSRF token and the interface language.
 * The fields go before the file, so that a server reading the stream has them when the file arrives.
 */
export async function postFile<T>(
  path: string,
  file: File,
  fields: Record<string, string | undefined>,
  csrfToken: string | null,
): Promise<T> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) if (value !== undefined && value !== "") form.append(name, value);
  form.append("file", file, file.name);
  const headers: Record<string, string> = { Accept: "application/json", "Accept-Language": currentLanguage() };
  if (csrfToken) headers["X-CSRF-Token"] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, { method: "POST", credentials: "same-origin", headers, body: form });
  } catch {
    throw new ApiError(0, "network", "");
  }
  if (response.ok) return (await response.json()) as T;
  try {
    const answer = (await response.json()) as {
      error?: { code?: string; message?: string; fields?: FieldProblem[]; requestId?: string };
    };
    const error = answer.error;
    if (error?.code)
      throw new ApiError(response.status, error.code, error.message ?? "", error.fields ?? [], error.requestId);
  } catch (error) {
    if (error instanceof ApiError) throw error;
  }
  throw new ApiError(response.status, response.status >= 500 ? "internal" : "unknown", "");
}
