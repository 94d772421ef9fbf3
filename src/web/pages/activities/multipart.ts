import { formWithFile, postForm } from "../../api/file-transfer.js";
import { currentLanguage } from "../../i18n.js";

/** Sends a file with its fields (a photo's caption and consent, a document's kind). */
export function postFile<T>(
  path: string,
  file: File,
  fields: Record<string, string | undefined>,
  csrfToken: string | null,
): Promise<T> {
  return postForm<T>(path, formWithFile(file, fields), { csrfToken, language: currentLanguage() });
}
