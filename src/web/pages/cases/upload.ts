import { formWithFile, postForm } from "../../api/file-transfer.js";
import type { Attachment } from "./case-types.js";

/** Uploads one file to a case's attachments. */
export function uploadAttachment(caseId: string, file: File, csrfToken: string, language: string): Promise<Attachment> {
  return postForm<Attachment>(`/api/cases/${encodeURIComponent(caseId)}/attachments`, formWithFile(file), {
    csrfToken,
    language,
  });
}
